package org.rightsacademy.credentials;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Private signing keys are stored sealed under a secret kept outside the database, and open again
 * with it only.
 */
class SealedKeysTest {

  @TempDir Path dataDir;

  @Test
  void theStoredKeyIsNotThePlainKeyAndOpensToTheSameKey() throws Exception {
    SealedKeys sealed = new SealedKeys(KeySecret.load(Optional.empty(), dataDir));
    KeyPair pair = Ed25519Keys.generate();
    SigningKey key = new SigningKey(pair, Instant.now(), sealed);
    String stored = (String) field(key, "privateKey");
    String plain = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    assertTrue(stored.startsWith("aes-gcm:"), stored);
    assertFalse(stored.contains(plain), "the plain key is not in what is stored");
    assertFalse(stored.contains(plain.substring(plain.length() - 44)), "nor its 32 secret bytes");
    byte[] data = "a credential".getBytes();
    byte[] signature = Ed25519Keys.sign(key.privateKey(sealed).orElseThrow(), data);
    assertTrue(
        Ed25519Keys.verify(pair.getPublic(), data, signature),
        "the opened key signs as the original");
    assertArrayEquals(
        pair.getPrivate().getEncoded(), key.privateKey(sealed).orElseThrow().getEncoded());
  }

  @Test
  void anotherSecretOrAnotherRowDoesNotOpenIt() {
    SealedKeys sealed = new SealedKeys(KeySecret.load(Optional.empty(), dataDir));
    SealedKeys other = new SealedKeys(new byte[32]);
    String stored = sealed.seal("kid-1", new byte[] {1, 2, 3});
    assertEquals(
        Optional.empty(), other.open("kid-1", stored).map(b -> b.length), "another secret");
    assertEquals(
        Optional.empty(),
        sealed.open("kid-2", stored).map(b -> b.length),
        "copied to another key's row");
    String tampered =
        stored.substring(0, stored.length() - 4) + (stored.endsWith("AAAA") ? "BBBB" : "AAAA");
    assertEquals(Optional.empty(), sealed.open("kid-1", tampered).map(b -> b.length), "altered");
    assertArrayEquals(new byte[] {1, 2, 3}, sealed.open("kid-1", stored).orElseThrow());
  }

  @Test
  void aPlainKeyFromBeforeIsSealedWithoutChangingItsPublicHalf() throws Exception {
    SealedKeys sealed = new SealedKeys(KeySecret.load(Optional.empty(), dataDir));
    KeyPair pair = Ed25519Keys.generate();
    SigningKey key = new SigningKey(pair, Instant.now(), sealed);
    String plain = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    set(key, "privateKey", plain); // as V12 stored it
    String publicBefore = (String) field(key, "publicKey");
    assertTrue(key.seal(sealed));
    assertFalse(key.seal(sealed), "sealed once");
    assertNotEquals(plain, field(key, "privateKey"));
    assertEquals(publicBefore, field(key, "publicKey"));
    assertEquals(Ed25519Keys.kid(pair.getPublic()), key.kid());
    assertArrayEquals(
        pair.getPrivate().getEncoded(), key.privateKey(sealed).orElseThrow().getEncoded());
  }

  @Test
  void theSecretFileIsMadeOnceReadableByTheOwnerOnly() throws Exception {
    byte[] first = KeySecret.load(Optional.empty(), dataDir.resolve("data"));
    Path file = dataDir.resolve("data").resolve(KeySecret.FILE);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertArrayEquals(
        first,
        KeySecret.load(Optional.empty(), dataDir.resolve("data")),
        "the same secret at the next start");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    KeySecret.load(Optional.empty(), dataDir.resolve("data"));
    assertEquals(
        "rw-------",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
        "taken back from others");
  }

  @Test
  void aSecretFromTheEnvironmentWinsAndMustBe32Bytes() {
    byte[] secret = new byte[32];
    secret[0] = 7;
    assertArrayEquals(
        secret, KeySecret.load(Optional.of(Base64.getEncoder().encodeToString(secret)), dataDir));
    assertFalse(
        Files.exists(dataDir.resolve(KeySecret.FILE)),
        "no file when the environment gives the secret");
    assertThrows(
        IllegalStateException.class, () -> KeySecret.load(Optional.of("a passphrase"), dataDir));
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    java.lang.reflect.Field field = owner.getClass().getDeclaredField(name);
    field.setAccessible(true);
    return field.get(owner);
  }

  private static void set(Object owner, String name, Object value)
      throws ReflectiveOperationException {
    java.lang.reflect.Field field = owner.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(owner, value);
  }
}

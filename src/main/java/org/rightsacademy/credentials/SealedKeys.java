package org.rightsacademy.credentials;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Private signing keys sealed for the database with AES-256-GCM under a key kept outside it ({@link
 * KeySecret}): {@code aes-gcm:<secret id>:<base64 of nonce, ciphertext and tag>}. The signing key's
 * id is bound in as associated data, so a sealed value copied to another row does not open. The
 * secret id (a hash of the secret, not the secret) says which secret a value needs.
 */
final class SealedKeys {

  static final String PREFIX = "aes-gcm:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** This server's, read once per deployment. */
  private static SealedKeys ofServer;

  private final SecretKeySpec secret;
  private final String id;

  SealedKeys(byte[] secret) {
    if (secret.length != KeySecret.BYTES) {
      throw new IllegalArgumentException(
          "the key secret has " + KeySecret.BYTES + " bytes, not " + secret.length);
    }
    this.secret = new SecretKeySpec(secret.clone(), "AES");
    this.id = idOf(secret);
  }

  /**
   * Under this server's secret: {@code RA_SIGNING_KEY_SECRET}, or the file in {@code RA_DATA_DIR}.
   */
  static synchronized SealedKeys ofServer() {
    if (ofServer == null) {
      Config config = ConfigProvider.getConfig();
      ofServer =
          new SealedKeys(
              KeySecret.load(
                  config.getOptionalValue("ra.signing-key.secret", String.class),
                  Path.of(config.getOptionalValue("ra.data.dir", String.class).orElse("./data"))));
    }
    return ofServer;
  }

  /** Which secret this is, safe to print and store: the start of a hash of it. */
  String id() {
    return id;
  }

  static boolean isSealed(String stored) {
    return stored.startsWith(PREFIX);
  }

  String seal(String kid, byte[] plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, secret, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain);
      return PREFIX
          + id
          + ":"
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot seal with AES-GCM", e);
    }
  }

  /** The plain key, or empty when the value was sealed under another secret or has been altered. */
  Optional<byte[]> open(String kid, String stored) {
    String[] parts = stored.split(":", 3);
    if (parts.length != 3 || !stored.startsWith(PREFIX) || !parts[1].equals(id)) {
      return Optional.empty();
    }
    try {
      byte[] all = Base64.getDecoder().decode(parts[2]);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, secret, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
      return Optional.of(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES));
    } catch (AEADBadTagException | IllegalArgumentException e) {
      return Optional.empty();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot open AES-GCM", e);
    }
  }

  /** The id a sealed value names, to say which secret it needs. */
  static String secretIdOf(String stored) {
    String[] parts = stored.split(":", 3);
    return parts.length == 3 ? parts[1] : "";
  }

  private static String idOf(byte[] secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("rights-academy key secret id".getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(Arrays.copyOf(sha.digest(secret), 8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.rightsacademy.credentials;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The secret that seals the private signing keys ({@link SealedKeys}), kept away from the database
 * they are stored in: {@code RA_SIGNING_KEY_SECRET} (32 random bytes in base64, the same on every
 * node of a cluster), or else the file {@code signing-key.secret} in the data folder, made on first
 * start and readable by the server's user only.
 */
final class KeySecret {

  static final int BYTES = 32;
  static final String FILE = "signing-key.secret";

  private static final Logger LOG = Logger.getLogger(KeySecret.class.getName());
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private KeySecret() {}

  /**
   * The secret from the setting when there is one, otherwise from (or newly into) the file in
   * {@code dataDir}.
   */
  static byte[] load(Optional<String> configured, Path dataDir) {
    if (configured.isPresent() && !configured.get().isBlank()) {
      return decode(configured.get().strip(), "RA_SIGNING_KEY_SECRET");
    }
    Path file = dataDir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      ownerOnly(file);
      return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the signing key secret " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] secret = new byte[BYTES];
    new SecureRandom().nextBytes(secret);
    try {
      if (posix(file.toAbsolutePath().getParent())) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createFile(file);
        LOG.warning(
            () ->
                file
                    + " is on a file system without POSIX permissions: make it readable by the server's user only");
      }
    } catch (FileAlreadyExistsException e) {
      return; // another node sharing this folder made it first: use theirs
    }
    Files.writeString(
        file, Base64.getEncoder().encodeToString(secret) + "\n", StandardCharsets.US_ASCII);
    LOG.info(
        () ->
            "Made the signing key secret "
                + file
                + ": back it up with the database (README, Certificates)");
  }

  /** A secret others can read protects nothing: take their access away, and say so. */
  private static void ownerOnly(Path file) throws IOException {
    if (!posix(file)) {
      return;
    }
    Set<PosixFilePermission> now = Files.getPosixFilePermissions(file);
    if (!OWNER_ONLY.containsAll(now)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
      LOG.warning(
          () ->
              file
                  + " was readable by others ("
                  + PosixFilePermissions.toString(now)
                  + "); now rw------- (owner only)");
    }
  }

  private static boolean posix(Path path) {
    return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
  }

  private static byte[] decode(String text, String source) {
    byte[] secret;
    try {
      secret = Base64.getDecoder().decode(text.replace('-', '+').replace('_', '/'));
    } catch (IllegalArgumentException e) {
      secret = new byte[0];
    }
    if (secret.length != BYTES) {
      throw new IllegalStateException(
          source
              + " must hold "
              + BYTES
              + " random bytes in base64 (make them with: openssl rand -base64 32)");
    }
    return secret;
  }
}

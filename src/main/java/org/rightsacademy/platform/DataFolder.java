package org.rightsacademy.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The folder of the embedded database, readable by the server's user only. H2 creates its files
 * itself with whatever the process umask allows (often world-readable), so the folder's 0700 is
 * what keeps other users of the machine out of the accounts and answers; the database's own files
 * already there are set to 0600 as well. Permissions are set explicitly after creation, so they do
 * not depend on the umask. On a file system without POSIX permissions (Windows) nothing is changed.
 */
public final class DataFolder {

  private static final Logger LOG = Logger.getLogger(DataFolder.class.getName());

  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

  private DataFolder() {}

  /**
   * Creates the folder of {@code database} (a path without H2's {@code .mv.db}) if needed and makes
   * it and the database's files owner-only. A folder that is also the working directory or a home
   * directory (a database URL such as {@code jdbc:h2:./ra}) is not changed, only warned about: the
   * server does not own it.
   */
  public static void prepare(Path database) {
    Path folder = database.toAbsolutePath().normalize().getParent();
    if (folder == null) {
      return;
    }
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      createDirectories(folder);
      return;
    }
    try {
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
        Files.setPosixFilePermissions(folder, FOLDER);
      } else if (!Files.getPosixFilePermissions(folder).equals(FOLDER)) {
        if (sharedFolder(folder)) {
          LOG.warning(
              () ->
                  "The database is in "
                      + folder
                      + ", which others may read; give it a folder of its own (RA_DATA_DIR).");
        } else {
          LOG.info(
              () ->
                  "Making the data folder "
                      + folder
                      + " readable by the server's user only (0700).");
          Files.setPosixFilePermissions(folder, FOLDER);
        }
      }
      String prefix = database.getFileName() + ".";
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          if (file.getFileName().toString().startsWith(prefix)
              && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
              && !Files.getPosixFilePermissions(file).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
          }
        }
      }
    } catch (IOException e) {
      // e.g. a mounted volume owned by another user: H2 says itself whether it can work there
      LOG.warning(
          () ->
              "Could not make the data folder "
                  + folder
                  + " readable by the server's user only: "
                  + e);
    }
  }

  private static boolean sharedFolder(Path folder) {
    Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
    Path working = Path.of("").toAbsolutePath().normalize();
    return folder.equals(home) || folder.equals(working) || folder.getParent() == null;
  }

  private static void createDirectories(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + folder, e);
    }
  }
}

package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's folder and files are readable by the server's user only. */
class DataFolderTest {

  @TempDir Path temp;

  @BeforeEach
  void posixOnly() {
    assumeTrue(
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "POSIX permissions");
  }

  @Test
  void aFreshDataFolderIsTheOwnersOnly() throws Exception {
    Path folder = temp.resolve("fresh/data");
    DataFolder.prepare(folder.resolve("rights-academy"));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
  }

  @Test
  void aFolderAndDatabaseFileLeftOpenByAWideUmaskAreClosed() throws Exception {
    Path folder = Files.createDirectory(temp.resolve("data"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path database = Files.writeString(folder.resolve("rights-academy.mv.db"), "H2");
    Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-rw-rw-"));
    Path other = Files.writeString(folder.resolve("notes.txt"), "not the database");
    Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));
    DataFolder.prepare(folder.resolve("rights-academy"));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    assertEquals(
        "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(database)));
    assertEquals(
        "rw-r--r--",
        PosixFilePermissions.toString(Files.getPosixFilePermissions(other)),
        "only the database's own files");
  }

  @Test
  void theDefaultDataSourceCreatesItsFolderOwnerOnlyBeforeH2WritesInIt() throws Exception {
    Path folder = temp.resolve("ra-data");
    DatabaseSettings settings = DatabaseSettings.of(null, folder.toString(), null, null);
    try (var connection = ConfiguredDataSource.open(settings).getConnection()) {
      connection.createStatement().execute("CREATE TABLE t(x INT)");
    }
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    assertEquals(true, Files.exists(folder.resolve("rights-academy.mv.db")));
  }
}

package org.rightsacademy.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A backup of the running embedded H2 database, taken through the application's own connection
 * pool, without stopping the server: H2's {@code BACKUP TO} writes a zip of the database file while
 * others keep writing, and the copy holds every transaction committed before it began (the MVStore
 * is read at one version). The zip goes to {@code backups/} in the data folder, named by the moment
 * (UTC), readable by the server's user only. Restore it with the server stopped: {@code java -cp
 * h2.jar org.h2.tools.Restore -file <zip> -dir <data folder>} (README). PostgreSQL has its own
 * tools (pg_dump), so there is nothing to do here for it.
 */
@Stateless
public class DatabaseBackup {

  static final String FOLDER = "backups";
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private Clock clock;
  @EJB private AuditLog audit;

  /** A backup made: its file name and size in bytes. */
  public record Made(String fileName, long bytes) {}

  /** The folder backups go to, when the database is an embedded H2 file; empty otherwise. */
  public Optional<Path> folder() {
    return DatabaseSettings.from(ConfigProvider.getConfig())
        .h2File()
        .map(file -> file.toAbsolutePath().normalize().getParent().resolve(FOLDER));
  }

  /** Backs the database up now; audited. Outside any transaction: the backup is its own. */
  @RolesAllowed("ADMIN")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Made backUp() {
    Path folder =
        folder().orElseThrow(() -> new IllegalStateException("not an embedded H2 database"));
    Made made;
    try (Connection connection = dataSource.getConnection()) {
      made = backUp(connection, folder, clock.instant());
    } catch (SQLException e) {
      throw new IllegalStateException("backup failed: " + e.getMessage(), e);
    }
    audit.record("DATABASE_BACKUP", made.fileName(), made.bytes() + " bytes");
    return made;
  }

  /** Runs {@code BACKUP TO} on this H2 connection into a new file of {@code folder}. */
  static Made backUp(Connection connection, Path folder, Instant now) throws SQLException {
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        if (!Files.isDirectory(folder)) {
          Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(DataFolder.FOLDER));
        }
        Files.setPosixFilePermissions(folder, DataFolder.FOLDER);
      } else {
        Files.createDirectories(folder);
      }
      String base = "rights-academy-" + STAMP.format(now);
      Path file = folder.resolve(base + ".zip");
      for (int n = 2; Files.exists(file); n++) {
        file = folder.resolve(base + "-" + n + ".zip");
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
      }
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, DataFolder.FILE);
      }
      return new Made(file.getFileName().toString(), Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

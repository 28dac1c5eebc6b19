package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder written by an earlier H2 still opens with the H2 we ship now, in place: its
 * migrations validate, nothing is pending, what was written is read back and new writes work. The
 * fixture {@code h2-2.3.232/rights-academy.mv.db} was made by H2 2.3.232 (the version before 2.5)
 * with every migration up to V17 applied and one audit event written. When H2 changes its file
 * format (it may between minor versions), this test fails first: then document the dump and restore
 * in README ("Where the data lives") and keep this test for the new version's fixture.
 */
class H2UpgradeTest {

  @TempDir Path data;

  @Test
  void aDataFolderWrittenByH2_2_3OpensMigratesAndWritesWithTheCurrentH2()
      throws IOException, SQLException {
    try (InputStream old =
        H2UpgradeTest.class.getResourceAsStream("/h2-2.3.232/rights-academy.mv.db")) {
      Files.copy(old, data.resolve("rights-academy.mv.db"));
    }
    JdbcDataSource database = new JdbcDataSource();
    database.setURL(DatabaseSettings.embeddedUrl(data.toString()));
    database.setUser("sa");

    try (Connection connection = database.getConnection()) {
      CorrectedMigrations.apply(connection);
    }
    // As SchemaMigration configures it at start-up.
    Flyway flyway =
        Flyway.configure()
            .dataSource(database)
            .locations("classpath:db/migration")
            .placeholders(Map.of("binary", "BLOB"))
            .failOnMissingLocations(true)
            .load();
    flyway.migrate();
    assertEquals(0, flyway.info().pending().length, "every migration applied");
    assertTrue(
        flyway.info().current().getVersion().isAtLeast("17"), "the fixture's V17 is recorded");

    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO audit_event (id, occurred_at, actor, action, subject, detail)"
              + " VALUES (NEXT VALUE FOR audit_event_seq, CURRENT_TIMESTAMP, 'admin', 'SIGN_IN', 'admin', 'written by H2 "
              + org.h2.engine.Constants.VERSION
              + "')");
      List<String> details = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT detail FROM audit_event ORDER BY id")) {
        while (rows.next()) {
          details.add(rows.getString(1));
        }
      }
      assertEquals(
          List.of("written by H2 2.3.232", "written by H2 " + org.h2.engine.Constants.VERSION),
          details);
    }
  }
}

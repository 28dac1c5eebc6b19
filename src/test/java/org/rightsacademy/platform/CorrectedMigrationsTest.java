package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V12's comment was corrected after release. A database migrated with the text as shipped still
 * starts; any other difference between an applied migration and its file still stops the start.
 */
class CorrectedMigrationsTest {

  private final JdbcDataSource database = new JdbcDataSource();
  private final Flyway flyway;

  CorrectedMigrationsTest() {
    database.setURL("jdbc:h2:mem:corrected-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    database.setUser("sa");
    flyway =
        Flyway.configure()
            .dataSource(database)
            .locations("classpath:db/migration")
            .placeholders(Map.of("binary", "BLOB"))
            .load();
  }

  @Test
  void aDatabaseMigratedWithV12AsShippedStartsAfterItsCommentWasCorrected() throws SQLException {
    flyway.migrate();
    setV12Checksum(CorrectedMigrations.ALL.get(0).shipped()); // as an earlier release recorded it
    assertThrows(
        FlywayException.class, flyway::migrate, "Flyway refuses the changed file on its own");
    try (Connection connection = database.getConnection()) {
      assertEquals(1, CorrectedMigrations.apply(connection));
    }
    flyway.migrate();
    assertEquals(CorrectedMigrations.ALL.get(0).corrected(), v12Checksum());
  }

  @Test
  void anyOtherDifferenceStillStopsTheStart() throws SQLException {
    flyway.migrate();
    setV12Checksum(123456789); // V12 as someone changed it, not as we shipped it
    try (Connection connection = database.getConnection()) {
      assertEquals(0, CorrectedMigrations.apply(connection));
    }
    assertThrows(FlywayException.class, flyway::migrate);
  }

  @Test
  void anEmptyDatabaseHasNothingToCorrect() throws SQLException {
    try (Connection connection = database.getConnection()) {
      assertEquals(0, CorrectedMigrations.apply(connection));
    }
    flyway.migrate();
  }

  @Test
  void theChecksumsAreThoseOfV12AsShippedAndAsItIsNow() throws SQLException, IOException {
    flyway.migrate();
    assertEquals(
        CorrectedMigrations.ALL.get(0).corrected(),
        v12Checksum(),
        "the file now (a further edit needs a new correction)");
    try (InputStream shipped =
        getClass().getResourceAsStream("/db/shipped/V12__signing_keys.sql")) {
      String text = new String(shipped.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(
          CorrectedMigrations.ALL.get(0).shipped(),
          org.flywaydb.core.internal.resolver.ChecksumCalculator.calculate(
              new org.flywaydb.core.internal.resource.StringResource(text)),
          "the file as released");
    }
  }

  private void setV12Checksum(int checksum) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      assertEquals(
          1,
          statement.executeUpdate(
              "UPDATE \"flyway_schema_history\" SET \"checksum\" = "
                  + checksum
                  + " WHERE \"version\" = '12'"));
    }
  }

  private int v12Checksum() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '12'")) {
      row.next();
      return row.getInt(1);
    }
  }
}

package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Every migration also runs on PostgreSQL, the production database. Needs a server: `.ci/run`
 * starts one and sets RA_TEST_PG_URL / RA_TEST_PG_USER / RA_TEST_PG_PASSWORD; without them this
 * test is skipped, and says so.
 */
class PostgresMigrationIT {

  /** A fresh schema on the test server, migrated by Flyway, dropped after the test. */
  private record Scratch(PGSimpleDataSource postgres, String schema, Flyway flyway)
      implements AutoCloseable {

    static Scratch open() {
      String url = System.getenv("RA_TEST_PG_URL");
      assumeTrue(
          url != null && !url.isBlank(),
          "RA_TEST_PG_URL not set: no PostgreSQL to migrate (bash .ci/run provides one)");
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(url);
      postgres.setUser(System.getenv("RA_TEST_PG_USER"));
      postgres.setPassword(System.getenv("RA_TEST_PG_PASSWORD"));
      String schema = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      Flyway flyway =
          Flyway.configure()
              .dataSource(postgres)
              .schemas(schema)
              .createSchemas(true)
              .locations("classpath:db/migration")
              .placeholders(java.util.Map.of("binary", "BYTEA"))
              .load();
      return new Scratch(postgres, schema, flyway);
    }

    /** A connection whose unqualified names are the scratch schema's. */
    Connection connect() throws SQLException {
      Connection connection = postgres.getConnection();
      try (Statement statement = connection.createStatement()) {
        statement.execute("SET search_path TO " + schema);
      }
      return connection;
    }

    @Override
    public void close() throws SQLException {
      try (Connection connection = postgres.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
  }

  @Test
  void allMigrationsApplyToAnEmptyPostgresSchemaAndTheSequencesSuitEclipseLink()
      throws SQLException {
    try (Scratch scratch = Scratch.open()) {
      scratch.flyway().migrate();
      MigrationInfo[] applied = scratch.flyway().info().applied();
      assertTrue(applied.length >= 2, "migrations applied: " + applied.length);
      for (MigrationInfo migration : applied) {
        assertTrue(
            migration.getState().isApplied() && !migration.getState().isFailed(),
            migration.getScript());
      }
      try (Connection connection = scratch.connect();
          Statement statement = connection.createStatement()) {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + scratch.schema()
                    + "' ORDER BY table_name")) {
          while (rows.next()) {
            tables.add(rows.getString(1));
          }
        }
        assertTrue(
            tables.containsAll(
                List.of(
                    "account",
                    "account_role",
                    "account_scope_country",
                    "audit_event",
                    "course_version")),
            tables.toString());
        // EclipseLink reads a drawn value as the end of a block of 50 ids.
        try (ResultSet next = statement.executeQuery("SELECT nextval('account_seq')")) {
          next.next();
          assertEquals(50, next.getLong(1));
        }
      }
    }
  }

  @Test
  void aSchemaMigratedWithV12AsShippedStillStartsAfterItsCommentWasCorrected() throws SQLException {
    try (Scratch scratch = Scratch.open()) {
      scratch.flyway().migrate();
      try (Connection connection = scratch.connect();
          Statement statement = connection.createStatement()) {
        statement.executeUpdate(
            "UPDATE flyway_schema_history SET checksum = "
                + CorrectedMigrations.ALL.get(0).shipped()
                + " WHERE version = '12'");
        assertEquals(
            1, CorrectedMigrations.apply(connection), "the shipped checksum is recognised");
      }
      scratch.flyway().migrate(); // validates every applied migration against its file
    }
  }
}

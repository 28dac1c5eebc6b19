package org.rightsacademy.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway migrations in
 * {@code db/migration} are the only way the schema changes; EclipseLink never generates DDL.
 */
@Startup
@Singleton
public class SchemaMigration {

  /** The JNDI name of the application's pooled data source, declared in web.xml. */
  public static final String DATA_SOURCE = "java:app/jdbc/rightsacademy";

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private volatile String schemaVersion;
  private volatile String failure;

  // Flyway commits its own work; a container transaction around it would forbid that.
  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    try {
      try (Connection connection = dataSource.getConnection()) {
        CorrectedMigrations.apply(connection);
      }
      Flyway flyway =
          Flyway.configure(SchemaMigration.class.getClassLoader())
              .dataSource(dataSource)
              .locations("classpath:db/migration")
              .placeholders(Map.of("binary", binaryType()))
              .failOnMissingLocations(true)
              .load();
      MigrateResult result = flyway.migrate();
      schemaVersion =
          Optional.ofNullable(flyway.info().current())
              .map(MigrationInfo::getVersion)
              .map(Object::toString)
              .orElse("none");
      LOG.info(
          () ->
              "Database schema at version "
                  + schemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
    } catch (RuntimeException | SQLException e) {
      // Keep the app up so /health/ready can say what is wrong instead of a dead port.
      failure = e.getMessage();
      LOG.log(Level.SEVERE, "Database migration failed; the application is not ready", e);
    }
  }

  /** The one column type that differs between our databases: large binary values. */
  private String binaryType() {
    try (Connection connection = dataSource.getConnection()) {
      return connection
              .getMetaData()
              .getDatabaseProductName()
              .toLowerCase(Locale.ROOT)
              .contains("postgres")
          ? "BYTEA"
          : "BLOB";
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
    }
  }

  /** The version of the newest applied migration, or empty while (or if) migration failed. */
  public Optional<String> schemaVersion() {
    return Optional.ofNullable(schemaVersion);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}

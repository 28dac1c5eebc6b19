package org.rightsacademy.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready means: the database answers and its schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private SchemaMigration migration;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder health = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      health
          .withData(
              "product", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion())
          .withData("reachable", connection.isValid(TIMEOUT_SECONDS));
    } catch (SQLException e) {
      return health.down().withData("error", e.getMessage()).build();
    }
    migration.failure().ifPresent(problem -> health.withData("migration", problem));
    return migration
        .schemaVersion()
        .map(version -> health.withData("schema", version).up())
        .orElseGet(health::down)
        .build();
  }
}

package org.rightsacademy.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/**
 * Notes each start in the audit log with the schema it runs on: the first thing an admin checks
 * after an upgrade.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class ApplicationStart {

  public static final String STARTED = "APPLICATION_STARTED";

  @EJB private SchemaMigration migration;
  @EJB private AuditLog audit;

  @PostConstruct
  void recordStart() {
    migration
        .schemaVersion()
        .ifPresent(
            version -> audit.record(AuditEvent.SYSTEM, STARTED, null, "schema " + version, null));
  }
}

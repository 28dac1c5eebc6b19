package org.rightsacademy.credentials;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rightsacademy.platform.SchemaMigration;

/**
 * At start: reads (or makes) the secret that seals the private signing keys, and seals any key a
 * database from before V15 still holds in plain text. The public keys do not change, so every
 * credential issued before still checks out.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class SigningKeyProtection {

  private static final Logger LOG = Logger.getLogger(SigningKeyProtection.class.getName());

  @EJB private SchemaMigration migration;
  @EJB private CredentialKeys keys;

  @PostConstruct
  void start() {
    if (migration.schemaVersion().isEmpty()) {
      return; // the schema is not there: /health/ready says why
    }
    try {
      int count = keys.sealPlainKeys();
      if (count > 0) {
        LOG.info(
            () ->
                "Sealed "
                    + count
                    + " signing key(s) that were stored in plain text; the published keys are unchanged");
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE,
          "Signing keys are not protected; signed credentials cannot be issued until this is fixed",
          e);
    }
  }
}

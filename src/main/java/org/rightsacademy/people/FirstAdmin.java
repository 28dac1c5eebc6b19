package org.rightsacademy.people;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightsacademy.platform.ClusterLock;
import org.rightsacademy.platform.Language;

/**
 * On a fresh installation there is nobody to sign in as: create the first admin from {@code
 * RA_ADMIN_USER} / {@code RA_ADMIN_PASSWORD}, or generate a password and print it once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdmin {

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @EJB private AccountService accounts;
  @EJB private ClusterLock lock;

  @Inject
  @ConfigProperty(name = "ra.admin.user", defaultValue = "admin")
  String username;

  @Inject
  @ConfigProperty(name = "ra.admin.password")
  Optional<String> password;

  @PostConstruct
  void createIfNone() {
    // Nodes of a cluster starting together: the first creates the account, the others wait here
    // and then find it.
    lock.hold(ClusterLock.Name.FIRST_ADMIN);
    if (accounts.anyActiveAdmin() || accounts.findByUsername(username).isPresent()) {
      return;
    }
    Optional<PasswordPolicy.Problem> problem = password.flatMap(PasswordPolicy::check);
    problem.ifPresent(
        p -> LOG.severe(() -> "RA_ADMIN_PASSWORD is refused (" + p + "): generating one instead."));
    boolean generate = password.isEmpty() || problem.isPresent();
    String chosen = generate ? PasswordPolicy.oneTimePassword() : password.get();
    AccountDraft draft =
        new AccountDraft(
            username,
            "Administrator",
            null,
            null,
            null,
            null,
            Language.DEFAULT,
            EnumSet.of(Role.ADMIN),
            Scope.ALL);
    accounts.createWithPassword(draft, chosen, generate);
    if (generate) {
      // Printed once, on the only start that creates the account; it must be changed at first
      // sign-in.
      LOG.warning(
          "\n==============================================================\n"
              + " First administrator created.\n"
              + "   username: "
              + username
              + "\n"
              + "   password: "
              + chosen
              + "\n"
              + " Sign in at /login.xhtml; you will be asked to choose a new password.\n"
              + "==============================================================");
    } else {
      LOG.info(
          () ->
              "First administrator '"
                  + username
                  + "' created from RA_ADMIN_USER / RA_ADMIN_PASSWORD.");
    }
  }
}

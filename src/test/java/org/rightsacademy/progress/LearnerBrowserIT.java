package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import java.net.URL;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Language;

/**
 * A learner enrols in the Migrant Workers Convention course, reads, leaves, comes back and
 * continues where they stopped, watching the progress bar move: in French on a desktop, and in
 * Arabic on a phone, right to left. The browser steps live in {@link LearnerJourney}, so that
 * this class loads inside the server (which has no Selenium) for its fixture method.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearnerBrowserIT {

  static final String PASSWORD = "reading by the window";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shippedWar().addClass(LearnerBrowserIT.class);
  }

  @EJB private AccountService accounts;

  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void readersExist() {
    for (Language language : new Language[] {Language.FR, Language.AR}) {
      String username = "it-reader-" + language.code();
      if (accounts.findByUsername(username).isEmpty()) {
        accounts.createWithPassword(
            new AccountDraft(username, "Reader " + language.code(), null, null, null, null, language, EnumSet.of(Role.LEARNER), Scope.NONE),
            PASSWORD,
            false);
      }
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void aFrenchLearnerReadsLeavesAndContinues() {
    LearnerJourney.readLeaveAndContinue(Deployments.local(base).toString(), Language.FR, false);
  }

  @Test
  @Order(3)
  @RunAsClient
  void anArabicLearnerOnAPhoneDoesTheSameRightToLeft() {
    LearnerJourney.readLeaveAndContinue(Deployments.local(base).toString(), Language.AR, true);
  }
}

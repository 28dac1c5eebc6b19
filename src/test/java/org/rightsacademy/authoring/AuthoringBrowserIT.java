package org.rightsacademy.authoring;

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
 * A trainer brings in a course, adds a module with a lesson and a quiz, translates the lesson to
 * French, watches the translation go out of date when the English changes, previews as a learner
 * and publishes; a learner then finds the new module. The browser steps are in {@link AuthoringJourney}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthoringBrowserIT {

  static final String TRAINER = "it-author";
  static final String LEARNER = "it-author-learner";
  static final String PASSWORD = "lessons written in the browser";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shippedWar().addClass(AuthoringBrowserIT.class);
  }

  @EJB private AccountService accounts;

  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void trainerAndLearnerExist() {
    create(TRAINER, "Awa Trainer", Role.TRAINER);
    create(LEARNER, "Omar Learner", Role.LEARNER);
  }

  private void create(String username, String name, Role role) {
    if (accounts.findByUsername(username).isEmpty()) {
      accounts.createWithPassword(new AccountDraft(username, name, null, null, null, null, Language.EN, EnumSet.of(role), Scope.NONE), PASSWORD, false);
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void aTrainerWritesTranslatesPreviewsAndPublishesAndALearnerSeesIt() throws Exception {
    AuthoringJourney.writeTranslatePreviewPublish(Deployments.local(base).toString(), TRAINER, LEARNER, PASSWORD);
  }

  @Test
  @Order(3)
  @RunAsClient
  void theEditorWorksRightToLeftInArabicOnAPhone() {
    AuthoringJourney.arabicOnAPhone(Deployments.local(base).toString(), TRAINER, PASSWORD);
  }
}

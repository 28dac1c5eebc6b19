package org.rightsacademy.authoring;

import java.net.URL;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;

/**
 * A trainer brings in a course, adds a module with a lesson and a quiz, translates the lesson to
 * French, watches the translation go out of date when the English changes, previews as a learner
 * and publishes; a learner then finds the new module. The browser steps are in {@link
 * AuthoringJourney}.
 */
@ExtendWith(ArquillianExtension.class)
class AuthoringBrowserIT {

  static final String TRAINER = "it-author";
  static final String LEARNER = "it-author-learner";
  static final String PASSWORD = "lessons written in the browser";

  @ArquillianResource private URL base;

  @Test
  @RunAsClient
  void aTrainerWritesTranslatesPreviewsAndPublishesAndALearnerSeesIt() throws Exception {
    Fixtures.account(base, account(TRAINER, "Awa Trainer", Role.TRAINER), PASSWORD);
    Fixtures.account(base, account(LEARNER, "Omar Learner", Role.LEARNER), PASSWORD);
    AuthoringJourney.writeTranslatePreviewPublish(
        Deployments.local(base).toString(), TRAINER, LEARNER, PASSWORD);
  }

  @Test
  @RunAsClient
  void theEditorWorksRightToLeftInArabicOnAPhone() throws Exception {
    Fixtures.account(base, account(TRAINER, "Awa Trainer", Role.TRAINER), PASSWORD);
    AuthoringJourney.arabicOnAPhone(Deployments.local(base).toString(), TRAINER, PASSWORD);
  }

  private static AccountDraft account(String username, String name, Role role) {
    return new AccountDraft(
        username, name, null, null, null, null, Language.EN, EnumSet.of(role), Scope.NONE);
  }
}

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
 * A trainer creates a course in the browser, adds a lesson with a picture (alt text in English and
 * Arabic) and translates it, gives its pre-test and final test questions of their own, translates
 * both tests into Arabic, types a wrong number in a quiz setting and reads the message beside the
 * field, and publishes with gaps; an Arabic learner then takes both tests in Arabic and sees the
 * picture with its Arabic alt text. The browser steps are in {@link TranslatedTestsJourney} and
 * {@link TranslatedTestsPicture}.
 */
@ExtendWith(ArquillianExtension.class)
class TranslatedTestsBrowserIT {

  static final String TRAINER = "it-tests-author";
  static final String TRAINER_AR = "it-tests-author-ar";
  static final String LEARNER_AR = "it-tests-learner-ar";
  static final String PASSWORD = "tests translated in the browser";

  @ArquillianResource private URL base;

  @Test
  @RunAsClient
  void aTrainerTranslatesThePreTestAndFinalTestIntoArabicAndAnArabicLearnerTakesThem()
      throws Exception {
    Fixtures.account(base, account(TRAINER, "Salif Trainer", Role.TRAINER, Language.EN), PASSWORD);
    Fixtures.account(
        base, account(TRAINER_AR, "Rania Trainer", Role.TRAINER, Language.AR), PASSWORD);
    Fixtures.account(
        base, account(LEARNER_AR, "Karim Learner", Role.LEARNER, Language.AR), PASSWORD);
    TranslatedTestsJourney.run(Deployments.local(base).toString(), PASSWORD);
  }

  private static AccountDraft account(String username, String name, Role role, Language language) {
    return new AccountDraft(
        username, name, null, null, null, null, language, EnumSet.of(role), Scope.NONE);
  }
}

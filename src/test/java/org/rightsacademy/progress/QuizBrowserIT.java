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
 * A learner takes a module quiz in Arabic on a phone, loses the connection in the middle, leaves,
 * comes back to the same attempt with every saved answer, finishes and reads the review. The
 * browser steps are in {@link QuizJourney}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuizBrowserIT {

  static final String USER = "it-quiz-ar";
  static final String PASSWORD = "answers survive the road";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shippedWar().addClass(QuizBrowserIT.class);
  }

  @EJB private AccountService accounts;

  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void learnerExists() {
    if (accounts.findByUsername(USER).isEmpty()) {
      accounts.createWithPassword(
          new AccountDraft(USER, "قارئ الاختبار", null, null, null, null, Language.AR, EnumSet.of(Role.LEARNER), Scope.NONE), PASSWORD, false);
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void anArabicLearnerLosesTheConnectionComesBackAndFinishes() {
    QuizJourney.offlineAndBack(Deployments.local(base).toString(), USER, PASSWORD);
  }

  @Test
  @Order(3)
  @RunAsClient
  void theTrainerSeesTheAttemptAndEachQuestionsStatistics() {
    for (Language language : new Language[] {Language.EN, Language.AR}) {
      QuizJourney.resultsForTheTrainer(Deployments.local(base).toString(), System.getProperty("it.admin.user"), System.getProperty("it.admin.password"), language);
    }
  }
}

package org.rightsacademy.progress;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;

/**
 * A learner takes a module quiz in Arabic on a phone, loses the connection in the middle, leaves,
 * comes back to the same attempt with every saved answer, finishes and reads the review. The
 * browser steps are in {@link QuizJourney}.
 */
@ExtendWith(ArquillianExtension.class)
class QuizBrowserIT {

  static final String USER = "it-quiz-ar";
  static final String PASSWORD = "answers survive the road";
  static final String LEARNER_NAME = "قارئ الاختبار";

  @ArquillianResource private URL base;

  /**
   * One test, not two: what the trainer sees is this learner's attempt (a full score, then one
   * answer graded down), so it is checked right after the attempt is made, never by a later test.
   */
  @Test
  @RunAsClient
  void
      anArabicLearnerLosesTheConnectionComesBackAndFinishesAndTheTrainerSeesTheAttemptAndEachQuestionsStatistics() {
    Fixtures.learner(base, USER, LEARNER_NAME, Language.AR, PASSWORD);
    QuizJourney.offlineAndBack(Deployments.local(base).toString(), USER, PASSWORD);
    for (Language language : new Language[] {Language.EN, Language.AR}) {
      QuizJourney.resultsForTheTrainer(
          Deployments.local(base).toString(),
          System.getProperty("it.admin.user"),
          System.getProperty("it.admin.password"),
          language);
    }
  }
}

package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.platform.Language;

/**
 * Right answers for in-server tests that need a learner to pass a quiz through the real service.
 */
public final class RightAnswers {

  private RightAnswers() {}

  /** The right answer to a question, in the stored form the page sends. */
  public static String rightAnswer(Question question) {
    return switch (question.key()) {
      case AnswerKey.Choices key -> String.join(",", key.correct());
      case AnswerKey.Sequence key -> String.join(",", key.order());
      case AnswerKey.Pairs key ->
          String.join(
              ",",
              key.pairs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
      case AnswerKey.Accepted key -> question.texts().get(Language.EN).accepted().getFirst();
      case AnswerKey.Numbers key ->
          key.answers().stream()
              .filter(a -> a.weight() == 100)
              .map(a -> java.math.BigDecimal.valueOf(a.low() + (a.high() - a.low()) / 2))
              .map(n -> n.stripTrailingZeros().toPlainString())
              .findFirst()
              .orElseThrow();
      case AnswerKey.Open key -> "An essay: Part III covers every migrant worker.";
    };
  }

  /** Saves the right answer to every question of the attempt. */
  public static void answerAll(AttemptService attempts, long account, QuizAttempt attempt) {
    CoursePackage course = attempts.course(attempt);
    for (AttemptItem item : attempts.items(attempt.getId())) {
      Question question =
          Paper.question(course, item.getOriginQuiz(), item.getQuestionId()).orElseThrow();
      assertEquals(
          SaveResult.Outcome.SAVED,
          attempts
              .save(account, attempt.getId(), item.getPosition(), 10, rightAnswer(question))
              .outcome());
    }
  }
}

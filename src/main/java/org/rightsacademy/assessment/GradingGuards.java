package org.rightsacademy.assessment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.function.Predicate;

/**
 * What a grader's change shares: its checks (the attempt locked and allowed, the score in range)
 * and the name it is audited under.
 */
final class GradingGuards {

  private GradingGuards() {}

  /**
   * The attempt, locked for writing, when it exists and {@code allowed} holds for it; otherwise not
   * found (nothing says whether it exists), with {@code what} for the log.
   */
  static QuizAttempt lockedAttempt(
      EntityManager em, long attemptId, Predicate<QuizAttempt> allowed, String what) {
    QuizAttempt attempt = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (attempt == null || !allowed.test(attempt)) {
      throw new AttemptException(AttemptException.Reason.NOT_FOUND, what);
    }
    return attempt;
  }

  /** Refuses a score outside 0 to 100 per cent. */
  static void percent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new AttemptException(
          AttemptException.Reason.INVALID_ANSWER,
          "a score is between 0 and 100 per cent: " + percent);
    }
  }

  /** An answer as the audit log names it: {@code attempt 12 (course/quiz) question 3}. */
  static String audited(QuizAttempt attempt, int position) {
    return "attempt "
        + attempt.getId()
        + " ("
        + attempt.getCourseCode()
        + "/"
        + attempt.getQuizId()
        + ") question "
        + position;
  }
}

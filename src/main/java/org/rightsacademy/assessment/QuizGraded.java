package org.rightsacademy.assessment;

/**
 * Fired once when an attempt is submitted and graded — as {@link QuizPassed} or {@link QuizFailed}
 * — and again if a trainer changes one of its question's score. Fired inside the grading
 * transaction: observe with {@code during = TransactionPhase.AFTER_SUCCESS} to act only once it is
 * committed. Observing {@code QuizGraded} receives both.
 */
public sealed interface QuizGraded permits QuizPassed, QuizFailed {

  long attemptId();

  long accountId();

  String courseCode();

  String quizId();

  QuizAttempt.Kind kind();

  double score();

  default boolean passed() {
    return this instanceof QuizPassed;
  }

  static QuizGraded of(QuizAttempt attempt) {
    return attempt.isPassed()
        ? new QuizPassed(
            attempt.getId(),
            attempt.getAccountId(),
            attempt.getCourseCode(),
            attempt.getQuizId(),
            attempt.getKind(),
            attempt.getPercent())
        : new QuizFailed(
            attempt.getId(),
            attempt.getAccountId(),
            attempt.getCourseCode(),
            attempt.getQuizId(),
            attempt.getKind(),
            attempt.getPercent());
  }
}

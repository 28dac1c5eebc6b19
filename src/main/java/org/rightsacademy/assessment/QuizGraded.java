package org.rightsacademy.assessment;

/**
 * Fired once when an attempt is submitted and graded (QuizPassed / QuizFailed in one event:
 * {@link #passed()} says which), and again if a trainer changes a question's score; inside the
 * transaction that grades, so observe with
 * {@code during = TransactionPhase.AFTER_SUCCESS} to act only once it is committed.
 */
public record QuizGraded(long attemptId, long accountId, String courseCode, String quizId, QuizAttempt.Kind kind, double score, boolean passed) {}

package org.rightsacademy.assessment;

/**
 * Fired once when an attempt is submitted with essays for a trainer to grade: it counts for nothing
 * yet ({@link QuizGraded} follows when the last essay is graded), but the learner has taken part in
 * the course. Fired inside the submitting transaction; observe {@code AFTER_SUCCESS}.
 */
public record QuizAwaiting(long attemptId, long accountId, String courseCode, String quizId) {}

package org.rightsacademy.assessment;

/**
 * Fired when a learner starts a new attempt at a quiz: nothing is graded yet, but the learner has
 * taken part in the course (an open attempt makes a course started, as a rebuild of completions
 * says). Fired inside the starting transaction; observe {@code AFTER_SUCCESS}.
 */
public record QuizStarted(long attemptId, long accountId, String courseCode, String quizId) {}

package org.rightsacademy.assessment;

/** An attempt graded at or above the quiz's pass mark. */
public record QuizPassed(
    long attemptId,
    long accountId,
    String courseCode,
    String quizId,
    QuizAttempt.Kind kind,
    double score)
    implements QuizGraded {}

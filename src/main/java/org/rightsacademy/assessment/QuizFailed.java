package org.rightsacademy.assessment;

/** An attempt graded below the quiz's pass mark. */
public record QuizFailed(
    long attemptId,
    long accountId,
    String courseCode,
    String quizId,
    QuizAttempt.Kind kind,
    double score)
    implements QuizGraded {}

package org.rightsacademy.reporting;

import java.time.Instant;
import java.util.List;

/**
 * A learner's record: who they are (as far as reports need), and per course the version they
 * follow, their completion and every submitted attempt with its score. Titles are in the language
 * the transcript was made for (English where a course has no translation).
 */
public record Transcript(
    long accountId,
    String name,
    String username,
    String country,
    String institution,
    String gender,
    List<Course> courses) {

  /**
   * One course as the learner followed it; the scores and knowledge gain are those of its
   * completion (as on the dashboard).
   */
  public record Course(
      String code,
      String title,
      int revision,
      Instant enrolledAt,
      String status,
      Instant completedAt,
      int lessonsDone,
      int lessonsTotal,
      int quizzesPassed,
      int quizzesTotal,
      Double preScore,
      Double finalScore,
      Double gain,
      List<Attempt> attempts,
      Certificate certificate) {}

  /**
   * The newest certificate issued for the course version, if any: its number (as printed and as
   * stored) and whether it stands.
   */
  public record Certificate(String number, String code, boolean revoked) {}

  /**
   * One submitted attempt: the quiz's id and its title in the transcript's language ("Final test",
   * "Quiz: Definitions"), which part of the course it is, and how it went.
   */
  public record Attempt(
      String quiz,
      String quizTitle,
      String kind,
      int number,
      Instant submittedAt,
      double score,
      boolean passed) {}
}

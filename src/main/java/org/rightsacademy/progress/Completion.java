package org.rightsacademy.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** Where one enrolment stands: the stored result of {@link CompletionRule} for it. */
@Entity
@Table(name = "course_completion")
@NamedQuery(name = Completion.ALL, query = "SELECT c FROM Completion c ORDER BY c.enrolmentId")
@NamedQuery(
    name = Completion.OF_ACCOUNT,
    query = "SELECT c FROM Completion c WHERE c.accountId = :account")
@NamedQuery(
    name = Completion.OF_ENROLMENTS,
    query = "SELECT c FROM Completion c WHERE c.enrolmentId IN :enrolments")
public class Completion {

  public static final String ALL = "Completion.all";
  public static final String OF_ACCOUNT = "Completion.ofAccount";
  public static final String OF_ENROLMENTS = "Completion.ofEnrolments";

  @Id
  @Column(name = "enrolment_id", nullable = false, updatable = false)
  private Long enrolmentId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "course_code", nullable = false, updatable = false, length = 60)
  private String courseCode;

  @Column(name = "course_version_id", nullable = false, updatable = false)
  private long courseVersionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private CompletionRule.Status status;

  @Column(name = "lessons_done", nullable = false)
  private int lessonsDone;

  @Column(name = "lessons_total", nullable = false)
  private int lessonsTotal;

  @Column(name = "quizzes_passed", nullable = false)
  private int quizzesPassed;

  @Column(name = "quizzes_total", nullable = false)
  private int quizzesTotal;

  @Column(name = "final_passed", nullable = false)
  private boolean finalPassed;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  @Column(name = "workshop_id")
  private Long workshopId;

  @Column(length = 2)
  private String country;

  @Column(name = "enrolled_at")
  private OffsetDateTime enrolledAt;

  @Column(name = "seconds_to_complete")
  private Long secondsToComplete;

  @Column(name = "pre_score")
  private java.math.BigDecimal preScore;

  @Column(name = "final_score")
  private java.math.BigDecimal finalScore;

  /**
   * What reports group and average by: where the course was taken (workshop and country), when the
   * learner enrolled, how long completion took, the first pre-test score and the final grade.
   */
  public record Facts(
      Long workshopId,
      String country,
      Instant enrolledAt,
      Long secondsToComplete,
      Double preScore,
      Double finalScore) {

    /**
     * Knowledge gain, in points: the final grade minus the first pre-test score, as stored (see
     * {@link CompletionRule#scores}); null unless the learner took both. The one value the review,
     * the transcript and the dashboard show.
     */
    public Double gain() {
      return preScore == null || finalScore == null
          ? null
          : score(finalScore).subtract(score(preScore)).doubleValue();
    }
  }

  protected Completion() {}

  Completion(Enrolment enrolment) {
    this.enrolmentId = enrolment.getId();
    this.accountId = enrolment.getAccountId();
    this.courseCode = enrolment.getCourseCode();
    this.courseVersionId = enrolment.getCourseVersionId();
  }

  /** Takes a new outcome and facts; true when anything changed. */
  boolean record(CompletionRule.Outcome outcome, Facts facts) {
    Facts before = facts();
    workshopId = facts.workshopId();
    country = facts.country();
    enrolledAt = facts.enrolledAt() == null ? null : facts.enrolledAt().atOffset(ZoneOffset.UTC);
    secondsToComplete = facts.secondsToComplete();
    preScore = score(facts.preScore());
    finalScore = score(facts.finalScore());
    return record(outcome) | !before.equals(facts());
  }

  /** Scores as stored: two decimals (also on certificates). */
  public static java.math.BigDecimal score(Double value) {
    return value == null
        ? null
        : java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
  }

  public Facts facts() {
    return new Facts(
        workshopId,
        country,
        enrolledAt == null ? null : enrolledAt.toInstant(),
        secondsToComplete,
        preScore == null ? null : preScore.doubleValue(),
        finalScore == null ? null : finalScore.doubleValue());
  }

  private boolean record(CompletionRule.Outcome outcome) {
    OffsetDateTime at =
        outcome.completedAt() == null ? null : outcome.completedAt().atOffset(ZoneOffset.UTC);
    boolean changed =
        status != outcome.status()
            || lessonsDone != outcome.lessonsDone()
            || lessonsTotal != outcome.lessonsTotal()
            || quizzesPassed != outcome.quizzesPassed()
            || quizzesTotal != outcome.quizzesTotal()
            || finalPassed != outcome.finalPassed()
            || !Objects.equals(getCompletedAt(), outcome.completedAt());
    status = outcome.status();
    lessonsDone = outcome.lessonsDone();
    lessonsTotal = outcome.lessonsTotal();
    quizzesPassed = outcome.quizzesPassed();
    quizzesTotal = outcome.quizzesTotal();
    finalPassed = outcome.finalPassed();
    completedAt = at;
    return changed;
  }

  /** The stored figures, for comparing one state of the table with another. */
  public CompletionRule.Outcome outcome() {
    return new CompletionRule.Outcome(
        status,
        lessonsDone,
        lessonsTotal,
        quizzesPassed,
        quizzesTotal,
        finalPassed,
        getCompletedAt());
  }

  public Long getEnrolmentId() {
    return enrolmentId;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public long getCourseVersionId() {
    return courseVersionId;
  }

  public CompletionRule.Status getStatus() {
    return status;
  }

  public Instant getCompletedAt() {
    return completedAt == null ? null : completedAt.toInstant();
  }
}

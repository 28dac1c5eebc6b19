package org.rightsacademy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.rightsacademy.platform.Language;

/** One try at one quiz by one learner, pinned to the course version it started on. */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(
    name = QuizAttempt.OF_LEARNER_QUIZ,
    query =
        "SELECT a FROM QuizAttempt a WHERE a.accountId = :account AND a.courseCode = :code AND a.quizId = :quiz ORDER BY a.number")
@NamedQuery(
    name = QuizAttempt.OF_LEARNER_COURSE,
    query =
        "SELECT a FROM QuizAttempt a WHERE a.accountId = :account AND a.courseCode = :code ORDER BY a.startedAt")
@NamedQuery(
    name = QuizAttempt.OF_LEARNERS_COURSES,
    query =
        "SELECT a FROM QuizAttempt a WHERE a.accountId IN :accounts AND a.courseCode IN :codes ORDER BY a.startedAt")
@NamedQuery(
    name = QuizAttempt.OVERDUE,
    query =
        "SELECT a.id FROM QuizAttempt a WHERE a.status = org.rightsacademy.assessment.QuizAttempt.Status.OPEN AND a.deadline < :now")
public class QuizAttempt {

  public static final String OF_LEARNER_QUIZ = "QuizAttempt.ofLearnerQuiz";
  public static final String OF_LEARNER_COURSE = "QuizAttempt.ofLearnerCourse";
  public static final String OF_LEARNERS_COURSES = "QuizAttempt.ofLearnersCourses";
  public static final String OVERDUE = "QuizAttempt.overdue";

  /** Which part of the course the quiz is: the pre-test does not count for completion. */
  public enum Kind {
    MODULE,
    PRE_TEST,
    FINAL_TEST
  }

  /**
   * Open while the learner answers; submitted once graded; awaiting grading when submitted with an
   * essay a trainer has yet to grade (it counts for nothing yet: no pass, no completion, no
   * figure).
   */
  public enum Status {
    OPEN,
    SUBMITTED,
    AWAITING
  }

  @Id
  @SequenceGenerator(
      name = "quiz_attempt_seq",
      sequenceName = "quiz_attempt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "course_code", nullable = false, updatable = false, length = 60)
  private String courseCode;

  @Column(name = "course_version_id", nullable = false, updatable = false)
  private long courseVersionId;

  @Column(name = "quiz_id", nullable = false, updatable = false, length = 60)
  private String quizId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 12)
  private Kind kind;

  @Column(name = "attempt_number", nullable = false, updatable = false)
  private int number;

  @Column(name = "language", nullable = false, length = 2)
  private String language;

  @Column(name = "started_at", nullable = false, updatable = false)
  private OffsetDateTime startedAt;

  @Column(name = "deadline", updatable = false)
  private OffsetDateTime deadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private Status status;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "score", precision = 5, scale = 2)
  private BigDecimal score;

  @Column(name = "passed")
  private Boolean passed;

  @Version private int version;

  protected QuizAttempt() {}

  QuizAttempt(
      long accountId,
      String courseCode,
      long courseVersionId,
      String quizId,
      Kind kind,
      int number,
      Language language,
      Instant now,
      Instant deadline) {
    this.accountId = accountId;
    this.courseCode = courseCode;
    this.courseVersionId = courseVersionId;
    this.quizId = quizId;
    this.kind = kind;
    this.number = number;
    this.language = language.code();
    this.startedAt = now.atOffset(ZoneOffset.UTC);
    this.deadline = deadline == null ? null : deadline.atOffset(ZoneOffset.UTC);
    this.status = Status.OPEN;
  }

  /**
   * An answer given at {@code now} counts if the attempt is open and its deadline, if any, not
   * passed.
   */
  boolean acceptsAnswersAt(Instant now) {
    return status == Status.OPEN && !isOverdue(now);
  }

  /** Past its deadline: an answer exactly at the deadline still counts. */
  boolean isOverdue(Instant now) {
    return deadline != null && now.isAfter(deadline.toInstant());
  }

  void submit(Instant now, double percent, boolean pass) {
    this.status = Status.SUBMITTED;
    this.submittedAt = now.atOffset(ZoneOffset.UTC);
    this.score = BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP);
    this.passed = pass;
  }

  /**
   * Submitted with essays for a trainer to grade: closed to answers, its provisional score counts
   * for nothing until {@link #submit} records the graded one.
   */
  void awaitGrading(Instant now, double percent) {
    this.status = Status.AWAITING;
    this.submittedAt = now.atOffset(ZoneOffset.UTC);
    this.score = BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP);
    this.passed = false;
  }

  public Long getId() {
    return id;
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

  public String getQuizId() {
    return quizId;
  }

  public Kind getKind() {
    return kind;
  }

  public int getNumber() {
    return number;
  }

  public Language getLanguage() {
    return Language.fromCode(language).orElse(Language.EN);
  }

  void setLanguage(Language language) {
    this.language = language.code();
  }

  public Instant getStartedAt() {
    return startedAt.toInstant();
  }

  public Optional<Instant> getDeadline() {
    return Optional.ofNullable(deadline).map(OffsetDateTime::toInstant);
  }

  public Status getStatus() {
    return status;
  }

  /** Graded: submitted and, if it had essays, every one graded. */
  public boolean isSubmitted() {
    return status == Status.SUBMITTED;
  }

  /** Closed to answers: submitted, graded or waiting for a trainer to grade its essays. */
  public boolean isClosed() {
    return status != Status.OPEN;
  }

  /** Submitted with an essay a trainer has yet to grade. */
  public boolean isAwaitingGrading() {
    return status == Status.AWAITING;
  }

  public Optional<Instant> getSubmittedAt() {
    return Optional.ofNullable(submittedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<Double> getScore() {
    return Optional.ofNullable(score).map(BigDecimal::doubleValue);
  }

  /** The score for pages (EL unwraps no Optional here): null until submitted. */
  public Double getPercent() {
    return score == null ? null : score.doubleValue();
  }

  public boolean isPassed() {
    return Boolean.TRUE.equals(passed);
  }
}

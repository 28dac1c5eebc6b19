package org.rightsacademy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One question of an attempt's paper, and the learner's latest saved answer to it. */
@Entity
@Table(name = "attempt_item")
@IdClass(AttemptItem.Key.class)
@NamedQuery(
    name = AttemptItem.OF_ATTEMPT,
    query = "SELECT i FROM AttemptItem i WHERE i.attemptId = :attempt ORDER BY i.position")
@NamedQuery(
    name = AttemptItem.SEEN_IN_COURSE,
    query =
        "SELECT DISTINCT a.quizId, i.originQuiz, i.questionId FROM QuizAttempt a, AttemptItem i"
            + " WHERE i.attemptId = a.id AND a.accountId = :account AND a.courseCode = :code")
@NamedQuery(
    name = AttemptItem.SAVE,
    query =
        "UPDATE AttemptItem i SET i.response = :response, i.seq = :seq, i.savedAt = :now"
            + " WHERE i.attemptId = :attempt AND i.position = :position AND i.seq < :seq AND i.checkedAt IS NULL")
public class AttemptItem {

  public static final String OF_ATTEMPT = "AttemptItem.ofAttempt";
  public static final String SAVE = "AttemptItem.save";

  /**
   * Rows (attempt's quiz, item's quiz, question id) of every item the learner was shown in the
   * course.
   */
  public static final String SEEN_IN_COURSE = "AttemptItem.seenInCourse";

  /** The composite key: attempt and position on its paper. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long attemptId;
    private Integer position;

    public Key() {}

    public Key(long attemptId, int position) {
      this.attemptId = attemptId;
      this.position = position;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(attemptId, key.attemptId)
          && java.util.Objects.equals(position, key.position);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(attemptId, position);
    }
  }

  @Id
  @Column(name = "attempt_id", nullable = false, updatable = false)
  private Long attemptId;

  @Id
  @Column(name = "position", nullable = false, updatable = false)
  private Integer position;

  @Column(name = "origin_quiz", nullable = false, updatable = false, length = 60)
  private String originQuiz;

  @Column(name = "question_id", nullable = false, updatable = false, length = 60)
  private String questionId;

  @Column(name = "option_order", nullable = false, updatable = false, length = 2000)
  private String optionOrder;

  @Column(name = "match_order", nullable = false, updatable = false, length = 2000)
  private String matchOrder;

  @Column(name = "response", length = org.rightsacademy.catalog.model.Question.Essay.MAX_LENGTH)
  private String response;

  @Column(name = "seq", nullable = false)
  private long seq;

  @Column(name = "saved_at")
  private OffsetDateTime savedAt;

  @Column(name = "checked_at")
  private OffsetDateTime checkedAt;

  @Column(name = "score", precision = 6, scale = 5)
  private BigDecimal score;

  /** An essay's grade: the trainer's comment to the learner, who gave it and when. */
  @Column(name = "grader_comment", length = GRADER_COMMENT_LENGTH)
  private String comment;

  @Column(name = "graded_by")
  private Long gradedBy;

  @Column(name = "graded_at")
  private OffsetDateTime gradedAt;

  /** Longest comment a trainer may write on an essay. */
  public static final int GRADER_COMMENT_LENGTH = 2_000;

  protected AttemptItem() {}

  AttemptItem(long attemptId, int position, Paper.Item item) {
    this.attemptId = attemptId;
    this.position = position;
    this.originQuiz = item.quiz();
    this.questionId = item.questionId();
    this.optionOrder = String.join(",", item.optionOrder());
    this.matchOrder = String.join(",", item.matchOrder());
    this.seq = 0;
  }

  /** Immediate feedback: the answer is checked, graded now, and final. */
  void check(Instant now, double value) {
    this.checkedAt = now.atOffset(ZoneOffset.UTC);
    grade(value);
  }

  public boolean isChecked() {
    return checkedAt != null;
  }

  void grade(double value) {
    this.score = BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP);
  }

  /** A trainer's grade of an essay, with a comment for the learner. */
  void gradeEssay(double value, String comment, long trainer, Instant now) {
    grade(value);
    this.comment = comment;
    this.gradedBy = trainer;
    this.gradedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Left without a score when the attempt was submitted: an essay waiting for a trainer. */
  void awaitTrainer() {
    this.score = null;
  }

  public Optional<String> getComment() {
    return Optional.ofNullable(comment);
  }

  public Optional<Long> getGradedBy() {
    return Optional.ofNullable(gradedBy);
  }

  public Optional<Instant> getGradedAt() {
    return Optional.ofNullable(gradedAt).map(OffsetDateTime::toInstant);
  }

  public int getPosition() {
    return position;
  }

  public String getOriginQuiz() {
    return originQuiz;
  }

  public String getQuestionId() {
    return questionId;
  }

  public List<String> getOptionOrder() {
    return split(optionOrder);
  }

  public List<String> getMatchOrder() {
    return split(matchOrder);
  }

  public Optional<String> getResponse() {
    return Optional.ofNullable(response);
  }

  public long getSeq() {
    return seq;
  }

  public Optional<Instant> getSavedAt() {
    return Optional.ofNullable(savedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<Double> getScore() {
    return Optional.ofNullable(score).map(BigDecimal::doubleValue);
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Stream.of(joined.split(",")).toList();
  }
}

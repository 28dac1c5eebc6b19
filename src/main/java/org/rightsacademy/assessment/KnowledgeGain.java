package org.rightsacademy.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** How much one learner learned in one course: final test grade minus pre-test score, in points. */
@Entity
@Table(name = "knowledge_gain")
@IdClass(KnowledgeGain.Key.class)
public class KnowledgeGain {

  /** The composite key: learner and course. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long accountId;
    private String courseCode;

    public Key() {}

    public Key(long accountId, String courseCode) {
      this.accountId = accountId;
      this.courseCode = courseCode;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Objects.equals(accountId, key.accountId) && Objects.equals(courseCode, key.courseCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, courseCode);
    }
  }

  @Id
  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Id
  @Column(name = "course_code", nullable = false, updatable = false, length = 60)
  private String courseCode;

  @Column(name = "pre_attempt_id", nullable = false)
  private long preAttemptId;

  @Column(name = "final_attempt_id", nullable = false)
  private long finalAttemptId;

  @Column(name = "pre_score", nullable = false, precision = 5, scale = 2)
  private BigDecimal preScore;

  @Column(name = "final_score", nullable = false, precision = 5, scale = 2)
  private BigDecimal finalScore;

  @Column(name = "gain", nullable = false, precision = 6, scale = 2)
  private BigDecimal gain;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected KnowledgeGain() {}

  KnowledgeGain(long accountId, String courseCode, long preAttemptId, long finalAttemptId, double preScore, double finalScore, Instant now) {
    this.accountId = accountId;
    this.courseCode = courseCode;
    update(preAttemptId, finalAttemptId, preScore, finalScore, now);
  }

  void update(long preAttemptId, long finalAttemptId, double preScore, double finalScore, Instant now) {
    this.preAttemptId = preAttemptId;
    this.finalAttemptId = finalAttemptId;
    this.preScore = points(preScore);
    this.finalScore = points(finalScore);
    this.gain = this.finalScore.subtract(this.preScore);
    this.recordedAt = now.atOffset(ZoneOffset.UTC);
  }

  private static BigDecimal points(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  public double getPreScore() {
    return preScore.doubleValue();
  }

  public double getFinalScore() {
    return finalScore.doubleValue();
  }

  public double getGain() {
    return gain.doubleValue();
  }

  public long getPreAttemptId() {
    return preAttemptId;
  }

  public long getFinalAttemptId() {
    return finalAttemptId;
  }
}

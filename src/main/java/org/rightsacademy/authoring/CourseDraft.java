package org.rightsacademy.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The draft of one course: the version it started from; its files are {@link DraftFile}s. */
@Entity
@Table(name = "course_draft")
@NamedQuery(
    name = CourseDraft.BY_CODE,
    query = "SELECT d FROM CourseDraft d WHERE d.courseCode = :code")
@NamedQuery(name = CourseDraft.ALL, query = "SELECT d FROM CourseDraft d ORDER BY d.courseCode")
public class CourseDraft {

  public static final String BY_CODE = "CourseDraft.byCode";
  public static final String ALL = "CourseDraft.all";

  @Id
  @SequenceGenerator(
      name = "course_draft_seq",
      sequenceName = "course_draft_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_draft_seq")
  private Long id;

  @Column(name = "course_code", nullable = false, updatable = false, length = 60)
  private String courseCode;

  /** The published version it was started from; null for a course not yet published. */
  @Column(name = "base_version_id", updatable = false)
  private Long baseVersionId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 60)
  private String createdBy;

  protected CourseDraft() {}

  CourseDraft(String courseCode, Long baseVersionId, String createdBy, Instant now) {
    this.courseCode = courseCode;
    this.baseVersionId = baseVersionId;
    this.createdBy = createdBy;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public Long getBaseVersionId() {
    return baseVersionId;
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }

  public String getCreatedBy() {
    return createdBy;
  }
}

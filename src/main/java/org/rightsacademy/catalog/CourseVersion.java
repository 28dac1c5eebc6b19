package org.rightsacademy.catalog;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One loaded version of a learning package: its files, exactly as validated, never changed
 * afterwards. A changed package becomes a new revision; learners keep the revision they started.
 */
@Entity
@Table(name = "course_version")
@NamedQuery(
    name = CourseVersion.LATEST_PER_COURSE,
    query =
        "SELECT v FROM CourseVersion v WHERE v.revision = "
            + "(SELECT MAX(w.revision) FROM CourseVersion w WHERE w.courseCode = v.courseCode) ORDER BY v.courseCode")
@NamedQuery(
    name = CourseVersion.LATEST_REVISIONS,
    query =
        "SELECT v.id, v.courseCode, v.revision FROM CourseVersion v WHERE v.revision = "
            + "(SELECT MAX(w.revision) FROM CourseVersion w WHERE w.courseCode = v.courseCode)")
@NamedQuery(
    name = CourseVersion.BY_COURSE,
    query = "SELECT v FROM CourseVersion v WHERE v.courseCode = :code ORDER BY v.revision DESC")
public class CourseVersion {

  public static final String LATEST_PER_COURSE = "CourseVersion.latestPerCourse";
  public static final String BY_COURSE = "CourseVersion.byCourse";
  public static final String LATEST_REVISIONS = "CourseVersion.latestRevisions";

  @Id
  @SequenceGenerator(
      name = "course_version_seq",
      sequenceName = "course_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_version_seq")
  private Long id;

  @Column(name = "course_code", nullable = false, updatable = false, length = 60)
  private String courseCode;

  @Column(nullable = false, updatable = false)
  private int revision;

  @Column(name = "declared_version", nullable = false, updatable = false)
  private int declaredVersion;

  @Column(nullable = false, updatable = false, length = 64)
  private String checksum;

  @Column(name = "loaded_at", nullable = false, updatable = false)
  private OffsetDateTime loadedAt;

  /** Where it came from: a folder of courses/ or an upload. */
  @Column(nullable = false, updatable = false, length = 200)
  private String origin;

  // Bound as plain bytes (no @Lob): a BLOB on H2 and a BYTEA on PostgreSQL take them alike.
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "package_zip", nullable = false, updatable = false)
  private byte[] packageZip;

  protected CourseVersion() {}

  CourseVersion(
      CoursePackage course, int revision, PackageFiles files, String origin, Instant now) {
    this.courseCode = course.code();
    this.revision = revision;
    this.declaredVersion = course.version();
    this.checksum = course.checksum();
    this.origin = origin.length() > 200 ? origin.substring(origin.length() - 200) : origin;
    this.packageZip = files.toZip();
    this.loadedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long getId() {
    return id;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public int getRevision() {
    return revision;
  }

  public int getDeclaredVersion() {
    return declaredVersion;
  }

  public String getChecksum() {
    return checksum;
  }

  public Instant getLoadedAt() {
    return loadedAt.toInstant();
  }

  public String getOrigin() {
    return origin;
  }

  PackageFiles files() {
    return PackageFiles.fromZip(packageZip);
  }
}

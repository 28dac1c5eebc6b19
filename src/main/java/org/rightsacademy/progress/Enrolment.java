package org.rightsacademy.progress;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A learner in one course, pinned to the course version they started: later versions of the package
 * never change what they are working through. Remembers each lesson opened and done, and the last
 * lesson, for "continue where I left off".
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(
    name = Enrolment.OF_ACCOUNT,
    query =
        "SELECT e FROM Enrolment e WHERE e.accountId = :account ORDER BY e.lastVisitedAt DESC, e.enrolledAt DESC")
@NamedQuery(
    name = Enrolment.OF_ACCOUNT_IN_COURSE,
    query = "SELECT e FROM Enrolment e WHERE e.accountId = :account AND e.courseCode = :code")
@NamedQuery(name = Enrolment.ALL, query = "SELECT e FROM Enrolment e ORDER BY e.id")
@NamedQuery(
    name = Enrolment.OF_ACCOUNTS_IN_COURSES,
    query = "SELECT e FROM Enrolment e WHERE e.accountId IN :accounts AND e.courseCode IN :codes",
    hints = {
      @jakarta.persistence.QueryHint(name = "eclipselink.batch", value = "e.lessons"),
      @jakarta.persistence.QueryHint(name = "eclipselink.batch.type", value = "IN")
    })
public class Enrolment {

  public static final String ALL = "Enrolment.all";

  public static final String OF_ACCOUNT = "Enrolment.ofAccount";
  public static final String OF_ACCOUNT_IN_COURSE = "Enrolment.ofAccountInCourse";
  public static final String OF_ACCOUNTS_IN_COURSES = "Enrolment.ofAccountsInCourses";

  /** The key of a lesson within its course: lesson ids are unique within their module only. */
  public static String lessonKey(String moduleId, String lessonId) {
    return moduleId + "/" + lessonId;
  }

  @Id
  @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "course_code", nullable = false, updatable = false, length = 60)
  private String courseCode;

  @Column(name = "course_version_id", nullable = false, updatable = false)
  private long courseVersionId;

  @Column(name = "enrolled_at", nullable = false, updatable = false)
  private OffsetDateTime enrolledAt;

  @Column(name = "last_lesson", length = 121)
  private String lastLesson;

  @Column(name = "last_visited_at")
  private OffsetDateTime lastVisitedAt;

  @Version private int version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "lesson_progress", joinColumns = @JoinColumn(name = "enrolment_id"))
  @MapKeyColumn(name = "lesson", length = 121)
  private Map<String, LessonProgress> lessons = new HashMap<>();

  protected Enrolment() {}

  Enrolment(long accountId, String courseCode, long courseVersionId, Instant now) {
    this.accountId = accountId;
    this.courseCode = courseCode;
    this.courseVersionId = courseVersionId;
    this.enrolledAt = at(now);
  }

  /** The learner opened the lesson: it is started (once) and becomes the place to continue from. */
  void open(String lesson, Instant now) {
    lessons.computeIfAbsent(lesson, key -> new LessonProgress(at(now)));
    lastLesson = lesson;
    lastVisitedAt = at(now);
  }

  /** The learner finished the lesson; finishing it again keeps the first date. */
  void complete(String lesson, Instant now) {
    open(lesson, now);
    lessons.get(lesson).complete(at(now));
  }

  public LessonStatus status(String lesson) {
    LessonProgress progress = lessons.get(lesson);
    if (progress == null) {
      return LessonStatus.NOT_STARTED;
    }
    return progress.isDone() ? LessonStatus.DONE : LessonStatus.IN_PROGRESS;
  }

  /** Each finished lesson with when it was finished. */
  public java.util.Map<String, Instant> lessonsDone() {
    java.util.Map<String, Instant> done = new java.util.HashMap<>();
    lessons.forEach(
        (lesson, progress) -> {
          if (progress.isDone()) {
            done.put(lesson, progress.getCompletedAt().toInstant());
          }
        });
    return done;
  }

  /** Whether any lesson was opened. */
  public boolean started() {
    return !lessons.isEmpty();
  }

  /** How many lessons were opened. */
  int openedCount() {
    return lessons.size();
  }

  public long doneCount() {
    return lessons.values().stream().filter(LessonProgress::isDone).count();
  }

  public Optional<String> lastLesson() {
    return Optional.ofNullable(lastLesson);
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

  public Instant getEnrolledAt() {
    return enrolledAt.toInstant();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** not started, in progress (opened), done. */
  public enum LessonStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
  }
}

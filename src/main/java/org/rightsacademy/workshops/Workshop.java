package org.rightsacademy.workshops;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightsacademy.people.FieldProblem;
import org.rightsacademy.platform.DirectionControls;
import org.rightsacademy.platform.Language;

/** A workshop: where, when, in which language, for which courses, with which trainers and code. */
@Entity
@Table(name = "workshop")
@NamedQuery(name = Workshop.BY_CODE, query = "SELECT w FROM Workshop w WHERE w.joinCode = :code")
// Lists of workshops read their courses and trainers with one IN query each, not one per workshop.
@NamedQuery(
    name = Workshop.ALL,
    query = "SELECT w FROM Workshop w ORDER BY w.startsOn DESC, w.id DESC",
    hints = {
      @QueryHint(name = "eclipselink.batch", value = "w.courses"),
      @QueryHint(name = "eclipselink.batch", value = "w.trainers"),
      @QueryHint(name = "eclipselink.batch.type", value = "IN")
    })
@NamedQuery(
    name = Workshop.OF_TRAINER,
    query =
        "SELECT w FROM Workshop w WHERE :trainer MEMBER OF w.trainers ORDER BY w.startsOn DESC, w.id DESC",
    hints = {
      @QueryHint(name = "eclipselink.batch", value = "w.courses"),
      @QueryHint(name = "eclipselink.batch", value = "w.trainers"),
      @QueryHint(name = "eclipselink.batch.type", value = "IN")
    })
@NamedQuery(
    name = Workshop.IN_COUNTRIES,
    query =
        "SELECT w FROM Workshop w WHERE w.country IN :countries ORDER BY w.startsOn DESC, w.id DESC",
    hints = {
      @QueryHint(name = "eclipselink.batch", value = "w.courses"),
      @QueryHint(name = "eclipselink.batch", value = "w.trainers"),
      @QueryHint(name = "eclipselink.batch.type", value = "IN")
    })
public class Workshop {

  public static final String BY_CODE = "Workshop.byCode";
  public static final String ALL = "Workshop.all";
  public static final String OF_TRAINER = "Workshop.ofTrainer";
  public static final String IN_COUNTRIES = "Workshop.inCountries";
  public static final int TITLE_LENGTH = 200;
  public static final int CITY_LENGTH = 100;
  public static final int VENUE_LENGTH = 200;

  public enum Status {
    PLANNED,
    RUNNING,
    CLOSED
  }

  /** The fields a trainer fills in. */
  public record Details(
      String title,
      String country,
      String city,
      String venue,
      LocalDate startsOn,
      LocalDate endsOn,
      Language language,
      Integer expectedParticipants,
      Status status,
      boolean attendanceRequired,
      Set<String> courses,
      Set<Long> trainers) {

    /**
     * Title, city and venue with a direction control in them (see {@link DirectionControls}), each
     * named.
     */
    public List<FieldProblem> directionControls() {
      List<FieldProblem> problems = new ArrayList<>();
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("title", title);
      fields.put("city", city);
      fields.put("venue", venue);
      fields.forEach(
          (field, text) ->
              DirectionControls.first(text)
                  .ifPresent(
                      control ->
                          problems.add(
                              new FieldProblem(
                                  0,
                                  field,
                                  "workshop.problem.direction_control." + field,
                                  control))));
      return problems;
    }
  }

  @Id
  @SequenceGenerator(name = "workshop_seq", sequenceName = "workshop_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workshop_seq")
  private Long id;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(nullable = false, length = 2)
  private String country;

  @Column(nullable = false, length = CITY_LENGTH)
  private String city;

  @Column(length = VENUE_LENGTH)
  private String venue;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 2)
  private Language language;

  @Column(name = "expected_participants")
  private Integer expectedParticipants;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Status status;

  @Column(name = "join_code", nullable = false, length = JoinCode.LENGTH)
  private String joinCode;

  @Column(name = "attendance_required", nullable = false)
  private boolean attendanceRequired;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "workshop_course", joinColumns = @JoinColumn(name = "workshop_id"))
  @Column(name = "course_code", length = 60)
  private Set<String> courses = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "workshop_trainer", joinColumns = @JoinColumn(name = "workshop_id"))
  @Column(name = "account_id")
  private Set<Long> trainers = new LinkedHashSet<>();

  @Version private int version;

  protected Workshop() {}

  Workshop(Details details, String joinCode, Instant now) {
    this.joinCode = joinCode;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
    change(details);
  }

  void change(Details details) {
    title = details.title().strip();
    country = details.country();
    city = details.city().strip();
    venue = details.venue() == null || details.venue().isBlank() ? null : details.venue().strip();
    startsOn = details.startsOn();
    endsOn = details.endsOn();
    language = details.language();
    expectedParticipants = details.expectedParticipants();
    status = details.status();
    attendanceRequired = details.attendanceRequired();
    courses.clear();
    courses.addAll(details.courses());
    trainers.clear();
    trainers.addAll(details.trainers());
  }

  /** A new code; the old one stops working at once. */
  void newCode(String code) {
    joinCode = code;
  }

  /** Whether a participant may join now: not once the workshop is closed. */
  public boolean isOpenForJoining() {
    return status != Status.CLOSED;
  }

  public Details details() {
    return new Details(
        title,
        country,
        city,
        venue,
        startsOn,
        endsOn,
        language,
        expectedParticipants,
        status,
        attendanceRequired,
        Set.copyOf(courses),
        Set.copyOf(trainers));
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getCountry() {
    return country;
  }

  public String getCity() {
    return city;
  }

  public String getVenue() {
    return venue;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public Language getLanguage() {
    return language;
  }

  public Integer getExpectedParticipants() {
    return expectedParticipants;
  }

  public Status getStatus() {
    return status;
  }

  public String getJoinCode() {
    return joinCode;
  }

  public String getDisplayCode() {
    return JoinCode.display(joinCode);
  }

  public boolean isAttendanceRequired() {
    return attendanceRequired;
  }

  public Set<String> getCourses() {
    return Set.copyOf(courses);
  }

  public Set<Long> getTrainers() {
    return Set.copyOf(trainers);
  }

  public int getVersion() {
    return version;
  }
}

package org.rightsacademy.workshops;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Countries;
import org.rightsacademy.people.FieldProblem;
import org.rightsacademy.people.InvalidInputException;
import org.rightsacademy.people.Role;
import org.rightsacademy.platform.AuditLog;
import org.rightsacademy.progress.ProgressService;

/**
 * Workshops: creating and changing them (their trainers and admins), who may see which (a trainer
 * their own, a coordinator their countries', an admin all), join codes, and joining — which enrols
 * the participant in every course of the workshop; attendance. Participant lists are {@link
 * ListEnrolment}.
 */
@Stateless
public class WorkshopService {

  public static final String CREATED = "WORKSHOP_CREATED";
  public static final String UPDATED = "WORKSHOP_UPDATED";
  public static final String CODE_RENEWED = "WORKSHOP_CODE_RENEWED";
  public static final String JOINED = "WORKSHOP_JOINED";
  public static final String ATTENDANCE = "WORKSHOP_ATTENDANCE";

  @PersistenceContext private EntityManager em;
  @EJB private CourseCatalog catalog;
  @EJB private AccountService accounts;
  @EJB private ProgressService progress;
  @EJB private org.rightsacademy.progress.CompletionTracker completions;
  @EJB private AuditLog audit;
  @Inject private Clock clock;

  public Optional<Workshop> find(long id) {
    return Optional.ofNullable(em.find(Workshop.class, id));
  }

  /** The workshop a typed code opens, if any. */
  public Optional<Workshop> byCode(String typed) {
    return JoinCode.normalize(typed)
        .flatMap(
            code ->
                em.createNamedQuery(Workshop.BY_CODE, Workshop.class)
                    .setParameter("code", code)
                    .getResultStream()
                    .findFirst());
  }

  /**
   * The workshops a person may see: all for an admin; their countries' for a coordinator; their own
   * for a trainer.
   */
  public List<Workshop> visibleTo(Account viewer) {
    if (viewer.hasRole(Role.ADMIN)
        || (viewer.hasRole(Role.COORDINATOR) && viewer.getScope().allCountries())) {
      return em.createNamedQuery(Workshop.ALL, Workshop.class).getResultList();
    }
    Map<Long, Workshop> seen = new LinkedHashMap<>();
    if (viewer.hasRole(Role.TRAINER)) {
      em.createNamedQuery(Workshop.OF_TRAINER, Workshop.class)
          .setParameter("trainer", viewer.getId())
          .getResultList()
          .forEach(w -> seen.put(w.getId(), w));
    }
    if (viewer.hasRole(Role.COORDINATOR) && !viewer.getScope().countries().isEmpty()) {
      em.createNamedQuery(Workshop.IN_COUNTRIES, Workshop.class)
          .setParameter("countries", viewer.getScope().countries())
          .getResultList()
          .forEach(w -> seen.put(w.getId(), w));
    }
    return new ArrayList<>(seen.values());
  }

  public static boolean canEdit(Account viewer, Workshop workshop) {
    return viewer.hasRole(Role.ADMIN)
        || (viewer.hasRole(Role.TRAINER) && workshop.getTrainers().contains(viewer.getId()));
  }

  public static boolean canSee(Account viewer, Workshop workshop) {
    return canEdit(viewer, workshop)
        || (viewer.hasRole(Role.COORDINATOR) && viewer.getScope().includes(workshop.getCountry()));
  }

  /**
   * A new workshop with a fresh join code; its creator is one of its trainers.
   *
   * @throws InvalidInputException with every problem, by field
   */
  public Workshop create(Account creator, Workshop.Details details) {
    check(details);
    Workshop workshop = new Workshop(details, freshCode(), clock.instant());
    em.persist(workshop);
    em.flush();
    audit.record(
        CREATED,
        "workshop " + workshop.getId(),
        workshop.getTitle() + " · " + workshop.getCountry() + " · " + workshop.getCity());
    return workshop;
  }

  /**
   * Changes a workshop the viewer may edit, unless someone else changed it since {@code
   * expectedVersion}.
   */
  public Workshop update(Account editor, long id, int expectedVersion, Workshop.Details details) {
    Workshop workshop = find(id).filter(w -> canEdit(editor, w)).orElseThrow(() -> notFound(id));
    if (workshop.getVersion() != expectedVersion) {
      throw new OptimisticLockException("workshop " + id + " changed since it was opened");
    }
    check(details);
    boolean completionRules =
        workshop.isAttendanceRequired() != details.attendanceRequired()
            || !workshop.getStartsOn().equals(details.startsOn())
            || !workshop.getEndsOn().equals(details.endsOn())
            || !workshop.getCountry().equals(details.country())
            || !workshop.getCourses().equals(details.courses());
    java.util.Set<String> taught = new java.util.HashSet<>(workshop.getCourses());
    workshop.change(details);
    if (completionRules) {
      // Attendance, days, country or courses decide its participants' completions: they follow,
      // also in a course the workshop no longer teaches (it no longer counts there).
      em.flush();
      taught.addAll(workshop.getCourses());
      List<Long> everyone = participants(id).stream().map(Participant::getAccountId).toList();
      recomputeCompletions(taught, everyone);
    }
    audit.record(UPDATED, "workshop " + id, workshop.getTitle() + " · " + workshop.getStatus());
    return workshop;
  }

  /** Replaces the join code (one that leaked, or a new session); the old one stops working. */
  public Workshop renewCode(Account editor, long id) {
    Workshop workshop = find(id).filter(w -> canEdit(editor, w)).orElseThrow(() -> notFound(id));
    workshop.newCode(freshCode());
    audit.record(CODE_RENEWED, "workshop " + id, null);
    return workshop;
  }

  /**
   * Makes the account a participant (once) and enrols it in each of the workshop's courses. Refused
   * for a closed workshop.
   */
  public Workshop join(Workshop workshop, long accountId, Participant.Via via) {
    return join(workshop, accountId, via, null);
  }

  /** The same, for a row of a participant list: the participant records the list's job. */
  public Workshop join(Workshop workshop, long accountId, Participant.Via via, Long listJob) {
    Workshop current = em.find(Workshop.class, workshop.getId());
    if (!current.isOpenForJoining()) {
      throw new InvalidInputException(List.of(new FieldProblem(0, "code", "join.closed", null)));
    }
    if (em.find(Participant.class, new Participant.Key(current.getId(), accountId)) == null) {
      em.persist(new Participant(current.getId(), accountId, via, listJob, clock.instant()));
      audit.record(JOINED, "workshop " + current.getId(), "account " + accountId + " by " + via);
    }
    for (String course : current.getCourses()) {
      if (catalog.latest(course).isPresent()) {
        // Already enrolled or not, the course is now counted in this workshop where it is the first
        // (a new enrolment is evaluated as it is made; an existing one is brought up to date here).
        completions
            .locked(accountId, course)
            .ifPresentOrElse(completions::update, () -> progress.enrol(accountId, course));
      }
    }
    return current;
  }

  /** Who was present on which day of the workshop (replacing what was marked before). */
  public List<Attendance> attendance(long workshopId) {
    return em.createNamedQuery(Attendance.OF_WORKSHOP, Attendance.class)
        .setParameter("workshop", workshopId)
        .getResultList();
  }

  /**
   * Marks presence for the workshop's days: exactly the given "account:yyyy-mm-dd" pairs. Days
   * outside the workshop and people who are not participants are ignored. Completion follows.
   */
  public void markAttendance(Account editor, long workshopId, java.util.Set<String> pairs) {
    Workshop workshop =
        find(workshopId).filter(w -> canEdit(editor, w)).orElseThrow(() -> notFound(workshopId));
    java.util.Set<Long> participants = new java.util.HashSet<>();
    participants(workshopId).forEach(p -> participants.add(p.getAccountId()));
    java.util.Set<String> before = new java.util.HashSet<>();
    for (Attendance present : attendance(workshopId)) {
      before.add(present.getAccountId() + ":" + present.getDay());
      em.remove(present);
    }
    em.flush();
    java.util.Set<String> after = new java.util.HashSet<>();
    for (String pair : pairs) {
      String[] parts = pair.split(":");
      long account = Long.parseLong(parts[0]);
      java.time.LocalDate day = java.time.LocalDate.parse(parts[1]);
      if (participants.contains(account)
          && !day.isBefore(workshop.getStartsOn())
          && !day.isAfter(workshop.getEndsOn())) {
        em.persist(new Attendance(workshopId, account, day, editor.getUsername(), clock.instant()));
        after.add(account + ":" + day);
      }
    }
    em.flush();
    int marked = after.size();
    if (workshop.isAttendanceRequired()) {
      // Only those whose days changed can have a different completion.
      java.util.Set<String> changed = new java.util.HashSet<>(before);
      changed.addAll(after);
      java.util.Set<String> kept = new java.util.HashSet<>(before);
      kept.retainAll(after);
      changed.removeAll(kept);
      recomputeCompletions(
          workshop.getCourses(),
          changed.stream()
              .map(pair -> Long.parseLong(pair.substring(0, pair.indexOf(':'))))
              .distinct()
              .toList());
    }
    audit.record(ATTENDANCE, "workshop " + workshopId, marked + " presences");
  }

  private void recomputeCompletions(
      java.util.Collection<String> courses, java.util.Collection<Long> accounts) {
    for (long account : accounts) {
      for (String course : courses) {
        completions.locked(account, course).ifPresent(completions::update);
      }
    }
  }

  /** A workshop to choose in a filter. */
  public record Choice(long id, String title) implements java.io.Serializable {}

  /** The workshops a person may filter a report by, in one query: id and title only. */
  public List<Choice> choices(Account viewer) {
    if (viewer.hasRole(Role.ADMIN) || viewer.getScope().allCountries()) {
      return em
          .createQuery("SELECT w.id, w.title FROM Workshop w ORDER BY w.title", Object[].class)
          .getResultList()
          .stream()
          .map(r -> new Choice((Long) r[0], (String) r[1]))
          .toList();
    }
    if (viewer.getScope().countries().isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT w.id, w.title FROM Workshop w WHERE w.country IN :countries ORDER BY w.title",
            Object[].class)
        .setParameter("countries", viewer.getScope().countries())
        .getResultList()
        .stream()
        .map(r -> new Choice((Long) r[0], (String) r[1]))
        .toList();
  }

  /** Titles of many workshops in one query (report tables name their rows with them). */
  public java.util.Map<Long, String> titles(java.util.Collection<Long> ids) {
    java.util.Map<Long, String> titles = new java.util.HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("SELECT w.id, w.title FROM Workshop w WHERE w.id IN :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(row -> titles.put((Long) row[0], (String) row[1]));
    }
    return titles;
  }

  /** Whether the learner takes part in a workshop the trainer runs (one query). */
  public boolean trains(long trainerId, long learnerId) {
    return !em.createQuery(
            "SELECT p.workshopId FROM Participant p, Workshop w WHERE p.workshopId = w.id "
                + "AND p.accountId = :learner AND :trainer MEMBER OF w.trainers",
            Long.class)
        .setParameter("learner", learnerId)
        .setParameter("trainer", trainerId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Every participant of the workshops the trainer runs (one query). */
  public java.util.Set<Long> trainees(long trainerId) {
    return new java.util.HashSet<>(
        em.createQuery(
                "SELECT DISTINCT p.accountId FROM Participant p, Workshop w WHERE p.workshopId = w.id "
                    + "AND :trainer MEMBER OF w.trainers",
                Long.class)
            .setParameter("trainer", trainerId)
            .getResultList());
  }

  /** Participants per workshop, for many workshops in one query. */
  public java.util.Map<Long, Long> participantCounts(java.util.Collection<Long> workshopIds) {
    java.util.Map<Long, Long> counts = new java.util.HashMap<>();
    if (!workshopIds.isEmpty()) {
      em.createQuery(
              "SELECT p.workshopId, COUNT(p) FROM Participant p WHERE p.workshopId IN :ids GROUP BY p.workshopId",
              Object[].class)
          .setParameter("ids", workshopIds)
          .getResultList()
          .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
    }
    return counts;
  }

  public List<Participant> participants(long workshopId) {
    return em.createNamedQuery(Participant.OF_WORKSHOP, Participant.class)
        .setParameter("workshop", workshopId)
        .getResultList();
  }

  public long participantCount(long workshopId) {
    return em.createNamedQuery(Participant.COUNT_OF_WORKSHOP, Long.class)
        .setParameter("workshop", workshopId)
        .getSingleResult();
  }

  private String freshCode() {
    for (int i = 0; i < 20; i++) {
      String code = JoinCode.generate();
      if (em.createNamedQuery(Workshop.BY_CODE, Workshop.class)
          .setParameter("code", code)
          .getResultList()
          .isEmpty()) {
        return code;
      }
    }
    throw new IllegalStateException("no free join code after 20 tries");
  }

  private void check(Workshop.Details d) {
    List<FieldProblem> problems = new ArrayList<>();
    if (d.title() == null || d.title().isBlank() || d.title().length() > Workshop.TITLE_LENGTH) {
      problems.add(new FieldProblem(0, "title", "workshop.problem.title", null));
    }
    if (d.country() == null || !Countries.isValid(d.country())) {
      problems.add(new FieldProblem(0, "country", "problem.country", d.country()));
    }
    if (d.city() == null || d.city().isBlank() || d.city().length() > Workshop.CITY_LENGTH) {
      problems.add(new FieldProblem(0, "city", "workshop.problem.city", null));
    }
    if (d.venue() != null && d.venue().length() > Workshop.VENUE_LENGTH) {
      problems.add(new FieldProblem(0, "venue", "workshop.problem.venue", null));
    }
    problems.addAll(d.directionControls());
    if (d.startsOn() == null || d.endsOn() == null || d.endsOn().isBefore(d.startsOn())) {
      problems.add(new FieldProblem(0, "endsOn", "workshop.problem.dates", null));
    }
    if (d.language() == null || d.status() == null) {
      problems.add(new FieldProblem(0, "language", "workshop.problem.language", null));
    }
    if (d.expectedParticipants() != null
        && (d.expectedParticipants() < 0 || d.expectedParticipants() > 100_000)) {
      problems.add(
          new FieldProblem(
              0,
              "expected",
              "workshop.problem.expected",
              String.valueOf(d.expectedParticipants())));
    }
    if (d.courses().isEmpty() || d.courses().stream().anyMatch(c -> catalog.latest(c).isEmpty())) {
      problems.add(new FieldProblem(0, "courses", "workshop.problem.courses", null));
    }
    if (d.trainers().isEmpty()
        || d.trainers().stream()
            .anyMatch(t -> accounts.find(t).filter(a -> a.hasRole(Role.TRAINER)).isEmpty())) {
      problems.add(new FieldProblem(0, "trainers", "workshop.problem.trainers", null));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  static InvalidInputException notFound(long id) {
    return new InvalidInputException(
        List.of(new FieldProblem(0, "", "problem.not_found", String.valueOf(id))));
  }
}

package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.assessment.QuizGraded;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.platform.AuditLog;

/**
 * Keeps {@code course_completion} true: after every finished lesson (in the same transaction),
 * every quiz started or graded (once the attempt is committed), every change of a workshop or of a
 * learner's country, and, on demand, for every enrolment at once from the raw records. Each live
 * recomputation holds its enrolment's row lock while it reads the facts (see {@link #locked}).
 */
@Stateless
public class CompletionTracker {

  private static final Logger LOG = Logger.getLogger(CompletionTracker.class.getName());
  public static final String REBUILT = "COMPLETIONS_REBUILT";

  /** What a rebuild did: rows looked at, rows created, rows whose figures it had to correct. */
  public record Rebuild(int checked, int created, int corrected) {}

  /** One stored row, for comparing one state of the table with another. */
  public record Row(CompletionRule.Outcome outcome, Completion.Facts facts) {}

  /** What bringing one row up to date did. */
  private enum Change {
    CREATED,
    CORRECTED,
    SAME
  }

  private record Refreshed(Completion completion, Change change) {}

  @PersistenceContext private EntityManager em;
  @EJB private CourseCatalog catalog;
  @EJB private AttemptService attempts;
  @EJB private AuditLog audit;
  @EJB private org.rightsacademy.people.AccountService accounts;
  @EJB private org.rightsacademy.people.AccountDirectory directory;
  @jakarta.inject.Inject private jakarta.enterprise.inject.Instance<Attribution> attribution;
  @jakarta.inject.Inject private jakarta.enterprise.event.Event<CourseCompleted> completed;

  /** Brings one enrolment's completion up to date, in the caller's transaction. */
  public Completion update(Enrolment enrolment) {
    return refresh(enrolment).completion();
  }

  private Refreshed refresh(Enrolment enrolment) {
    Completion completion = em.find(Completion.class, enrolment.getId());
    Row now = evaluate(enrolment);
    if (completion == null) {
      completion = new Completion(enrolment);
      completion.record(now.outcome(), now.facts());
      em.persist(completion);
      announce(completion, false);
      return new Refreshed(completion, Change.CREATED);
    }
    boolean wasCompleted = completion.getStatus() == CompletionRule.Status.COMPLETED;
    boolean changed = completion.record(now.outcome(), now.facts());
    announce(completion, wasCompleted);
    return new Refreshed(completion, changed ? Change.CORRECTED : Change.SAME);
  }

  /** Tells the other areas when a completion has just turned COMPLETED (and only then). */
  private void announce(Completion completion, boolean wasCompleted) {
    if (!wasCompleted && completion.getStatus() == CompletionRule.Status.COMPLETED) {
      completed.fire(
          new CourseCompleted(
              completion.getEnrolmentId(),
              completion.getAccountId(),
              completion.getCourseCode(),
              completion.getCourseVersionId(),
              completion.getCompletedAt()));
    }
  }

  /** The learner's completed courses, one per enrolment. */
  public List<Completion> completedBy(long accountId) {
    return of(accountId).values().stream()
        .filter(c -> c.getStatus() == CompletionRule.Status.COMPLETED)
        .toList();
  }

  /** The completions of these enrolments, keyed by enrolment, in one query. */
  public Map<Long, Completion> of(java.util.Collection<Long> enrolmentIds) {
    Map<Long, Completion> byEnrolment = new HashMap<>();
    if (!enrolmentIds.isEmpty()) {
      em.createNamedQuery(Completion.OF_ENROLMENTS, Completion.class)
          .setParameter("enrolments", enrolmentIds)
          .getResultList()
          .forEach(c -> byEnrolment.put(c.getEnrolmentId(), c));
    }
    return byEnrolment;
  }

  /**
   * The learners counted in these countries: a course counts where it was taken (its completion's
   * country), or in the learner's own country while no place is recorded. With {@code onlyLearner}
   * given, only that learner is looked at (one rule for a single check and for lists).
   */
  public java.util.Set<Long> learnersCountedIn(java.util.Set<String> countries, Long onlyLearner) {
    java.util.Set<Long> learners = new java.util.HashSet<>();
    if (countries.isEmpty()) {
      return learners;
    }
    String one = onlyLearner == null ? "" : " AND c.accountId = :learner";
    var placed =
        em.createQuery(
                "SELECT DISTINCT c.accountId FROM Completion c WHERE c.country IN :countries" + one,
                Long.class)
            .setParameter("countries", countries);
    var unplaced =
        em.createQuery(
            "SELECT DISTINCT e.accountId FROM Enrolment e WHERE NOT EXISTS "
                + "(SELECT c.enrolmentId FROM Completion c WHERE c.enrolmentId = e.id AND c.country IS NOT NULL)"
                + (onlyLearner == null ? "" : " AND e.accountId = :learner"),
            Long.class);
    if (onlyLearner != null) {
      placed.setParameter("learner", onlyLearner);
      unplaced.setParameter("learner", onlyLearner);
    }
    learners.addAll(placed.getResultList());
    List<Long> homeCounted = unplaced.getResultList();
    if (!homeCounted.isEmpty()) {
      directory.findAll(homeCounted).stream()
          .filter(a -> a.getCountry() != null && countries.contains(a.getCountry()))
          .forEach(a -> learners.add(a.getId()));
    }
    return learners;
  }

  /** The learner's completions, keyed by enrolment. */
  public Map<Long, Completion> of(long accountId) {
    Map<Long, Completion> byEnrolment = new HashMap<>();
    em.createNamedQuery(Completion.OF_ACCOUNT, Completion.class)
        .setParameter("account", accountId)
        .getResultList()
        .forEach(c -> byEnrolment.put(c.getEnrolmentId(), c));
    return byEnrolment;
  }

  /**
   * A quiz was graded (or regraded by a trainer) and the grade is committed: the learner's
   * completion of that course follows in a transaction of its own. Should it fail, the grade stands
   * and a rebuild puts the completion right.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void graded(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuizGraded event) {
    locked(event.accountId(), event.courseCode()).ifPresent(this::update);
  }

  /**
   * An attempt now waits for a trainer to grade its essays: it counts for nothing yet, but the
   * learner has started the course, as a rebuild would say.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void awaiting(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          org.rightsacademy.assessment.QuizAwaiting event) {
    locked(event.accountId(), event.courseCode()).ifPresent(this::update);
  }

  /**
   * A learner started a quiz: an open attempt makes the course started, as a rebuild would say.
   * Only a course not yet started can change (an open attempt counts for nothing else).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void started(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          org.rightsacademy.assessment.QuizStarted event) {
    locked(event.accountId(), event.courseCode())
        .filter(
            enrolment ->
                find(enrolment.getId())
                    .map(c -> c.getStatus() == CompletionRule.Status.NOT_STARTED)
                    .orElse(true))
        .ifPresent(this::update);
  }

  /**
   * A learner's own country changed: where no workshop places their courses, they count in their
   * country, so each of their completions follows.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void moved(
      @Observes(during = TransactionPhase.AFTER_SUCCESS)
          org.rightsacademy.people.CountryChanged event) {
    em.createNamedQuery(Enrolment.OF_ACCOUNT, Enrolment.class)
        .setParameter("account", event.accountId())
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultList()
        .forEach(this::update);
  }

  /**
   * The learner's enrolment in the course, its row locked until this transaction ends: a
   * recomputation reads the lessons and attempts only once it holds the lock, so that one running
   * beside another (a lesson done while a quiz is graded) sees the other's facts once they are
   * committed, and the last to write the row has read them all.
   */
  public Optional<Enrolment> locked(long accountId, String courseCode) {
    return em.createNamedQuery(Enrolment.OF_ACCOUNT_IN_COURSE, Enrolment.class)
        .setParameter("account", accountId)
        .setParameter("code", courseCode)
        .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  public Optional<Completion> find(long enrolmentId) {
    return Optional.ofNullable(em.find(Completion.class, enrolmentId));
  }

  /** Every stored completion, keyed by enrolment. */
  public Map<Long, Row> snapshot() {
    Map<Long, Row> rows = new HashMap<>();
    em.createNamedQuery(Completion.ALL, Completion.class)
        .getResultList()
        .forEach(c -> rows.put(c.getEnrolmentId(), new Row(c.outcome(), c.facts())));
    return rows;
  }

  /**
   * Recomputes every enrolment's completion from lessons and attempts, and says what it changed.
   */
  public Rebuild rebuild() {
    int checked = 0;
    int created = 0;
    int corrected = 0;
    for (Enrolment enrolment :
        em.createNamedQuery(Enrolment.ALL, Enrolment.class).getResultList()) {
      checked++;
      switch (refresh(enrolment).change()) {
        case CREATED -> created++;
        case CORRECTED -> corrected++;
        case SAME -> {}
      }
    }
    Rebuild result = new Rebuild(checked, created, corrected);
    audit.record(REBUILT, "course_completion", result.toString());
    LOG.info(() -> "Completion rebuilt: " + result);
    return result;
  }

  private Row evaluate(Enrolment enrolment) {
    CoursePackage course =
        catalog
            .version(enrolment.getCourseVersionId())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no course version " + enrolment.getCourseVersionId()));
    Map<String, List<CompletionRule.Attempt>> submitted = new HashMap<>();
    List<QuizAttempt> all = attempts.attempts(enrolment.getAccountId(), enrolment.getCourseCode());
    for (QuizAttempt attempt : all) {
      if (attempt.isSubmitted() && attempt.getCourseVersionId() == enrolment.getCourseVersionId()) {
        submitted
            .computeIfAbsent(attempt.getQuizId(), q -> new ArrayList<>())
            .add(
                new CompletionRule.Attempt(
                    attempt.getScore().orElse(0.0),
                    stored(attempt.getSubmittedAt().orElseThrow())));
      }
    }
    Map<String, Instant> done = new HashMap<>();
    enrolment.lessonsDone().forEach((lesson, at) -> done.put(lesson, stored(at)));
    boolean started = enrolment.started() || !all.isEmpty();
    Optional<Attribution.Where> where =
        attribution.isResolvable()
            ? attribution.get().of(enrolment.getAccountId(), enrolment.getCourseCode())
            : Optional.empty();
    CompletionRule.Outcome outcome =
        CompletionRule.evaluate(
            course,
            done,
            started,
            submitted,
            where.map(Attribution.Where::attendanceMet).orElse(true));
    String country =
        where
            .map(Attribution.Where::country)
            .orElseGet(
                () ->
                    accounts
                        .find(enrolment.getAccountId())
                        .map(org.rightsacademy.people.Account::getCountry)
                        .orElse(null));
    Long seconds =
        outcome.completedAt() == null
            ? null
            : Math.max(
                0,
                java.time.Duration.between(stored(enrolment.getEnrolledAt()), outcome.completedAt())
                    .getSeconds());
    CompletionRule.Scores scores = CompletionRule.scores(course, submitted);
    Completion.Facts facts =
        new Completion.Facts(
            where.map(Attribution.Where::workshopId).orElse(null),
            country,
            stored(enrolment.getEnrolledAt()),
            seconds,
            scores.pre(),
            scores.finalGrade());
    return new Row(outcome, facts);
  }

  /**
   * A time as the database keeps it (microseconds): the same whether it comes from an entity just
   * written in this transaction or read back by a rebuild, so both compute the same row.
   */
  private static Instant stored(Instant at) {
    return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }
}

package org.rightsacademy.progress;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.rightsacademy.catalog.CourseCatalog;

/**
 * Enrolments and lesson progress. Each change is one short transaction, committed before the page
 * answers.
 */
@Stateless
public class ProgressService {

  private static final Logger LOG = Logger.getLogger(ProgressService.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private CourseCatalog catalog;
  @Inject private Clock clock;
  @EJB private CompletionTracker completion;
  @Resource private SessionContext context;

  public Optional<Enrolment> find(long accountId, String code) {
    return em.createNamedQuery(Enrolment.OF_ACCOUNT_IN_COURSE, Enrolment.class)
        .setParameter("account", accountId)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /**
   * The enrolments of several learners in several courses, in one query (for a workshop's grid).
   */
  public List<Enrolment> enrolments(
      java.util.Collection<Long> accountIds, java.util.Collection<String> codes) {
    return accountIds.isEmpty() || codes.isEmpty()
        ? List.of()
        : em.createNamedQuery(Enrolment.OF_ACCOUNTS_IN_COURSES, Enrolment.class)
            .setParameter("accounts", accountIds)
            .setParameter("codes", codes)
            .getResultList();
  }

  public List<Enrolment> enrolments(long accountId) {
    return em.createNamedQuery(Enrolment.OF_ACCOUNT, Enrolment.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /** Enrols in the course's current version, or returns the enrolment the learner already has. */
  public Enrolment enrol(long accountId, String code) {
    return find(accountId, code)
        .orElseGet(
            () -> {
              long version =
                  catalog
                      .latest(code)
                      .orElseThrow(() -> new IllegalArgumentException("no course " + code))
                      .versionId();
              Enrolment enrolment = new Enrolment(accountId, code, version, clock.instant());
              em.persist(enrolment);
              completion.update(enrolment);
              return enrolment;
            });
  }

  /**
   * A learner opened a lesson (a GET): for an enrolled learner the lesson becomes started (once)
   * and the place to continue from; a learner not enrolled is left as they are (enrolling is a
   * POST: "Start", "mark as done", starting a quiz). This bookkeeping never fails the page: its
   * statements take no version and serialise on the enrolment row, and should its transaction still
   * fail (a lock wait timing out under load), the page is shown all the same.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void open(long accountId, String code, String lesson) {
    try {
      context.getBusinessObject(ProgressService.class).recordOpen(accountId, code, lesson);
    } catch (EJBException | PersistenceException e) {
      LOG.warning(() -> "lesson visit not recorded (the page was shown): " + e);
    }
  }

  /**
   * The transaction of {@link #open}. The UPDATE of the enrolment row (no version: two tabs never
   * conflict) locks it, so a concurrent open of the same lesson waits and then finds the lesson row
   * already there; only the first open of the course's first lesson touches the completion.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordOpen(long accountId, String code, String lesson) {
    java.time.OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    int enrolled =
        em.createNativeQuery(
                "UPDATE enrolment SET last_lesson = ?1, last_visited_at = ?2 WHERE account_id = ?3 AND course_code = ?4")
            .setParameter(1, lesson)
            .setParameter(2, now)
            .setParameter(3, accountId)
            .setParameter(4, code)
            .executeUpdate();
    if (enrolled == 0) {
      return;
    }
    int started =
        em.createNativeQuery(
                "INSERT INTO lesson_progress (enrolment_id, lesson, started_at) SELECT e.id, ?1, ?2 FROM enrolment e"
                    + " WHERE e.account_id = ?3 AND e.course_code = ?4"
                    + " AND NOT EXISTS (SELECT 1 FROM lesson_progress p WHERE p.enrolment_id = e.id AND p.lesson = ?1)")
            .setParameter(1, lesson)
            .setParameter(2, now)
            .setParameter(3, accountId)
            .setParameter(4, code)
            .executeUpdate();
    if (started == 1) {
      find(accountId, code).filter(e -> e.openedCount() == 1).ifPresent(completion::update);
    }
  }

  /**
   * Marks the lesson done. The enrolment's row is locked before its lessons and the learner's
   * attempts are read (see {@link CompletionTracker#locked}): a quiz graded at the same moment
   * recomputes the completion after this lesson is committed, or this one after the grade.
   */
  public Enrolment complete(long accountId, String code, String lesson) {
    Enrolment enrolment =
        completion.locked(accountId, code).orElseGet(() -> enrol(accountId, code));
    enrolment.complete(lesson, clock.instant());
    completion.update(enrolment);
    return enrolment;
  }
}

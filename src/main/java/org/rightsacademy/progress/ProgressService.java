package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.rightsacademy.catalog.CourseCatalog;

/** Enrolments and lesson progress. Each change is one short transaction, committed before the page answers. */
@Stateless
public class ProgressService {

  @PersistenceContext private EntityManager em;
  @EJB private CourseCatalog catalog;
  @Inject private Clock clock;
  @EJB private CompletionTracker completion;

  public Optional<Enrolment> find(long accountId, String code) {
    return em.createNamedQuery(Enrolment.OF_ACCOUNT_IN_COURSE, Enrolment.class)
        .setParameter("account", accountId)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The enrolments of several learners in several courses, in one query (for a workshop's grid). */
  public List<Enrolment> enrolments(java.util.Collection<Long> accountIds, java.util.Collection<String> codes) {
    return accountIds.isEmpty() || codes.isEmpty() ? List.of()
        : em.createNamedQuery(Enrolment.OF_ACCOUNTS_IN_COURSES, Enrolment.class).setParameter("accounts", accountIds).setParameter("codes", codes).getResultList();
  }

  public List<Enrolment> enrolments(long accountId) {
    return em.createNamedQuery(Enrolment.OF_ACCOUNT, Enrolment.class).setParameter("account", accountId).getResultList();
  }

  /** Enrols in the course's current version, or returns the enrolment the learner already has. */
  public Enrolment enrol(long accountId, String code) {
    return find(accountId, code)
        .orElseGet(
            () -> {
              long version =
                  catalog.latest(code).orElseThrow(() -> new IllegalArgumentException("no course " + code)).versionId();
              Enrolment enrolment = new Enrolment(accountId, code, version, clock.instant());
              em.persist(enrolment);
              completion.update(enrolment);
              return enrolment;
            });
  }

  public Enrolment open(long accountId, String code, String lesson) {
    Enrolment enrolment = enrol(accountId, code);
    boolean first = !enrolment.started();
    enrolment.open(lesson, clock.instant());
    if (first) {
      completion.update(enrolment);
    }
    return enrolment;
  }

  public Enrolment complete(long accountId, String code, String lesson) {
    Enrolment enrolment = enrol(accountId, code);
    enrolment.complete(lesson, clock.instant());
    completion.update(enrolment);
    return enrolment;
  }
}

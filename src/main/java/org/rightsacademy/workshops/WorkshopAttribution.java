package org.rightsacademy.workshops;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.rightsacademy.progress.Attribution;

/**
 * The workshop a learner took a course in: the first one they joined that teaches it. Its
 * attendance rule is met when it requires none, or when the learner was present every day.
 */
@Stateless
public class WorkshopAttribution implements Attribution {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Where> of(long accountId, String courseCode) {
    return em.createQuery(
            "SELECT w FROM Participant p, Workshop w WHERE p.workshopId = w.id AND p.accountId = :account "
                + "AND :course MEMBER OF w.courses ORDER BY p.joinedAt, w.id",
            Workshop.class)
        .setParameter("account", accountId)
        .setParameter("course", courseCode)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(w -> new Where(w.getId(), w.getCountry(), attended(w, accountId)));
  }

  private boolean attended(Workshop workshop, long accountId) {
    if (!workshop.isAttendanceRequired()) {
      return true;
    }
    long days = ChronoUnit.DAYS.between(workshop.getStartsOn(), workshop.getEndsOn()) + 1;
    long present =
        em.createNamedQuery(Attendance.DAYS_OF, Long.class)
            .setParameter("workshop", workshop.getId())
            .setParameter("account", accountId)
            .getSingleResult();
    return present >= days;
  }
}

package org.rightsacademy.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Appends to the audit log. Every area records its security-relevant events here. */
@Stateless
public class AuditLog {

  @PersistenceContext private EntityManager em;

  private final Clock clock = Clock.systemUTC();

  /** Records an event in the caller's transaction, so it is kept exactly when the change is. */
  public AuditEvent record(String actor, String action, String subject, String detail, String clientAddress) {
    AuditEvent event = new AuditEvent(clock.instant(), actor, action, subject, detail, clientAddress);
    em.persist(event);
    return event;
  }

  public List<AuditEvent> latest(String action, int max) {
    return em.createNamedQuery(AuditEvent.LATEST_BY_ACTION, AuditEvent.class)
        .setParameter("action", action)
        .setMaxResults(max)
        .getResultList();
  }
}

package org.rightsacademy.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Appends to the audit log. Every area records its security-relevant events here. */
@Stateless
public class AuditLog {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;
  @Inject private Instance<HttpServletRequest> request;
  @Inject private ClientAddress clientAddress;
  @Resource private SessionContext session;

  /** Records an event in the caller's transaction, so it is kept exactly when the change is. */
  public AuditEvent record(
      String actor, String action, String subject, String detail, String clientAddress) {
    AuditEvent event =
        new AuditEvent(clock.instant(), actor, action, subject, detail, clientAddress);
    em.persist(event);
    return event;
  }

  /**
   * Records an event by the signed-in user (or "anonymous"), from the current request's address.
   */
  public AuditEvent record(String action, String subject, String detail) {
    String caller =
        session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
    String actor =
        caller == null || caller.isBlank() || "ANONYMOUS".equals(caller) ? "anonymous" : caller;
    return record(actor, action, subject, detail, clientAddress());
  }

  private String clientAddress() {
    try {
      return request.isResolvable() ? clientAddress.of(request.get()) : null;
    } catch (ContextNotActiveException | IllegalStateException e) {
      return null; // not in a web request: a start-up task or a timer
    }
  }

  /** Filters of the audit page; null means "any". Dates are whole UTC days, both inclusive. */
  public record Filter(String action, String actor, LocalDate from, LocalDate to) {}

  public long count(Filter filter) {
    return query("SELECT COUNT(e) FROM AuditEvent e", filter, Long.class, "").getSingleResult();
  }

  public List<AuditEvent> search(Filter filter, int first, int max) {
    return query(
            "SELECT e FROM AuditEvent e",
            filter,
            AuditEvent.class,
            " ORDER BY e.occurredAt DESC, e.id DESC")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** The actions recorded so far, for the filter's list. */
  public List<String> actions() {
    return em.createQuery(
            "SELECT DISTINCT e.action FROM AuditEvent e ORDER BY e.action", String.class)
        .getResultList();
  }

  private <T> TypedQuery<T> query(String select, Filter filter, Class<T> type, String orderBy) {
    return new Where()
        .and(filter.action(), "e.action = :action", "action")
        .and(
            Where.containing(filter.actor()),
            "(LOWER(e.actor) LIKE :actor OR LOWER(e.subject) LIKE :actor)",
            "actor")
        .and(
            filter.from() == null ? null : filter.from().atStartOfDay().atOffset(ZoneOffset.UTC),
            "e.occurredAt >= :from",
            "from")
        .and(
            filter.to() == null
                ? null
                : filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC),
            "e.occurredAt < :to",
            "to")
        .query(em, select, orderBy, type);
  }

  public List<AuditEvent> latest(String action, int max) {
    return em.createNamedQuery(AuditEvent.LATEST_BY_ACTION, AuditEvent.class)
        .setParameter("action", action)
        .setMaxResults(max)
        .getResultList();
  }
}

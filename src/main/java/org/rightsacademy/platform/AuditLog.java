package org.rightsacademy.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Appends to the audit log. Every area records its security-relevant events here. */
@Stateless
public class AuditLog {

  @PersistenceContext private EntityManager em;

  @Inject private Clock clock;
  @Inject private Instance<HttpServletRequest> request;
  @Resource private SessionContext session;

  /** Records an event in the caller's transaction, so it is kept exactly when the change is. */
  public AuditEvent record(String actor, String action, String subject, String detail, String clientAddress) {
    AuditEvent event = new AuditEvent(clock.instant(), actor, action, subject, detail, clientAddress);
    em.persist(event);
    return event;
  }

  /** Records an event by the signed-in user (or "anonymous"), from the current request's address. */
  public AuditEvent record(String action, String subject, String detail) {
    String caller = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
    String actor = caller == null || caller.isBlank() || "ANONYMOUS".equals(caller) ? "anonymous" : caller;
    return record(actor, action, subject, detail, clientAddress());
  }

  private String clientAddress() {
    try {
      return request.isResolvable() ? request.get().getRemoteAddr() : null;
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
    return query("SELECT e FROM AuditEvent e", filter, AuditEvent.class, " ORDER BY e.occurredAt DESC, e.id DESC")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** The actions recorded so far, for the filter's list. */
  public List<String> actions() {
    return em.createQuery("SELECT DISTINCT e.action FROM AuditEvent e ORDER BY e.action", String.class).getResultList();
  }

  private <T> TypedQuery<T> query(String select, Filter filter, Class<T> type, String orderBy) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (filter.action() != null && !filter.action().isBlank()) {
      conditions.add("e.action = :action");
      parameters.put("action", filter.action());
    }
    if (filter.actor() != null && !filter.actor().isBlank()) {
      conditions.add("(LOWER(e.actor) LIKE :actor OR LOWER(e.subject) LIKE :actor)");
      parameters.put("actor", "%" + filter.actor().strip().toLowerCase(Locale.ROOT) + "%");
    }
    if (filter.from() != null) {
      conditions.add("e.occurredAt >= :from");
      parameters.put("from", filter.from().atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    if (filter.to() != null) {
      conditions.add("e.occurredAt < :to");
      parameters.put("to", filter.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<T> query = em.createQuery(select + where + orderBy, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  public List<AuditEvent> latest(String action, int max) {
    return em.createNamedQuery(AuditEvent.LATEST_BY_ACTION, AuditEvent.class)
        .setParameter("action", action)
        .setMaxResults(max)
        .getResultList();
  }
}

package org.rightsacademy.people;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.rightsacademy.platform.Where;

/** Lists of accounts, filtered, sorted and paged: the admin's account list, trainer choices. */
@Stateless
public class AccountDirectory {

  /** Filters of an account list; null or blank means "any". */
  public record Filter(String text, Role role, String country, Boolean active) {}

  @PersistenceContext private EntityManager em;

  /** Many accounts in one query, in no particular order. */
  public List<Account> findAll(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return Account.withRolesAndScopes(
            em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids", Account.class))
        .setParameter("ids", ids)
        .getResultList();
  }

  public long count(Filter filter) {
    return query("SELECT COUNT(DISTINCT a) FROM Account a", filter, Long.class, "")
        .getSingleResult();
  }

  public List<Account> search(
      Filter filter, int first, int max, String sortField, boolean ascending) {
    String order =
        switch (sortField == null ? "" : sortField) {
          case "displayName" -> "a.displayName";
          case "country" -> "a.country";
          case "createdAt" -> "a.createdAt";
          default -> "a.username";
        };
    String orderBy = " ORDER BY " + order + (ascending ? " ASC" : " DESC") + ", a.id";
    return Account.withRolesAndScopes(
            query("SELECT DISTINCT a FROM Account a", filter, Account.class, orderBy))
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  private <T> TypedQuery<T> query(String select, Filter filter, Class<T> type, String orderBy) {
    return new Where()
        .join(filter.role(), "JOIN a.roles r", "r = :role", "role")
        .and(
            Where.containing(filter.text()),
            "(LOWER(a.username) LIKE :text OR LOWER(a.displayName) LIKE :text OR LOWER(a.email) LIKE :text)",
            "text")
        .and(filter.country(), "a.country = :country", "country")
        .and(filter.active(), "a.active = :active", "active")
        .query(em, select, orderBy, type);
  }
}

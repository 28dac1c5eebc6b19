package org.rightsacademy.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a filtered list query, built from the filters a page has set: each condition
 * comes with its named parameter, so values are always bound, never concatenated.
 */
public final class Where {

  private final List<String> joins = new ArrayList<>();
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** Adds the condition when the filter has a value (not null, not blank). */
  public Where and(Object value, String condition, String parameter) {
    if (value != null && !(value instanceof String text && text.isBlank())) {
      conditions.add(condition);
      parameters.put(parameter, value);
    }
    return this;
  }

  /** Adds a join together with its condition, when the filter has a value. */
  public Where join(Object value, String join, String condition, String parameter) {
    if (value != null) {
      joins.add(join);
      and(value, condition, parameter);
    }
    return this;
  }

  public <T> TypedQuery<T> query(EntityManager em, String select, String orderBy, Class<T> type) {
    String jpql =
        select
            + (joins.isEmpty() ? "" : " " + String.join(" ", joins))
            + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
            + orderBy;
    TypedQuery<T> query = em.createQuery(jpql, type);
    parameters.forEach(query::setParameter);
    return query;
  }

  /** What a LIKE condition on a {@link #literally} pattern ends with. */
  public static final String ESCAPE = " ESCAPE '\\'";

  /**
   * A LIKE pattern matching the text anywhere, case-insensitively, % and _ included as typed (with
   * {@link #ESCAPE}).
   */
  public static String literally(String text) {
    return text == null || text.isBlank()
        ? null
        : "%"
            + text.strip()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_")
            + "%";
  }

  /**
   * A LIKE pattern matching the text anywhere, case-insensitively; wildcards typed by users are
   * dropped.
   */
  public static String containing(String text) {
    return text == null || text.isBlank()
        ? null
        : "%"
            + text.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "")
            + "%";
  }
}

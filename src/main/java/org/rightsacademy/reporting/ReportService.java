package org.rightsacademy.reporting;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures, each from one grouped SQL statement over {@code course_completion}
 * (joined with {@code account}): five statements per dashboard whatever the number of learners.
 * Portable SQL: the same text runs on H2 and PostgreSQL.
 */
@Stateless
public class ReportService {

  /** One line of a disaggregated table: the group's key (null: not known) and its figures. */
  public record Group(String key, Figures figures) {}

  /** Learners whose knowledge gain falls in [from, from + 10) points. */
  public record Bucket(int from, long learners) {}

  /** Completions in one month. */
  public record Month(int year, int month, long completed) {}

  private static final String FIGURES =
      "COUNT(*), "
          + "SUM(CASE WHEN c.status <> 'NOT_STARTED' THEN 1 ELSE 0 END), "
          + "SUM(CASE WHEN c.status = 'COMPLETED' THEN 1 ELSE 0 END), "
          + "SUM(CASE WHEN c.final_score IS NOT NULL THEN 1 ELSE 0 END), "
          + "SUM(CASE WHEN c.final_score IS NOT NULL AND c.final_passed THEN 1 ELSE 0 END), "
          + "AVG(c.pre_score), AVG(c.final_score), "
          + "SUM(CASE WHEN c.pre_score IS NOT NULL AND c.final_score IS NOT NULL THEN 1 ELSE 0 END), "
          + "AVG(CASE WHEN c.pre_score IS NOT NULL AND c.final_score IS NOT NULL THEN c.final_score - c.pre_score END), "
          + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY c.seconds_to_complete)";

  @PersistenceContext private EntityManager em;

  public Figures headline(ReportFilter filter) {
    Where where = where(filter);
    Object[] row = (Object[]) where.bind(em.createNativeQuery("SELECT " + FIGURES + from(filter, null) + where.sql)).getSingleResult();
    return figures(row, 0);
  }

  /**
   * The tables a query reads: {@code account} only when a filter or the grouping needs the
   * learner's institution, gender or language (the join is most of the cost at 100,000 rows).
   */
  private static String from(ReportFilter f, Dimension dimension) {
    boolean account = f.language() != null || f.institution() != null || f.gender() != null
        || (dimension != null && dimension.column.startsWith("a."));
    return account ? " FROM course_completion c JOIN account a ON a.id = c.account_id" : " FROM course_completion c";
  }

  /** The same figures for each group of one dimension, largest group first. */
  public List<Group> table(ReportFilter filter, Dimension dimension) {
    Where where = where(filter);
    String sql = "SELECT " + dimension.column + ", " + FIGURES + from(filter, dimension)
        + where.sql + " GROUP BY " + dimension.column + " ORDER BY COUNT(*) DESC, " + dimension.column;
    List<Group> groups = new ArrayList<>();
    for (Object row : where.bind(em.createNativeQuery(sql)).getResultList()) {
      Object[] values = (Object[]) row;
      groups.add(new Group(values[0] == null ? null : String.valueOf(values[0]).strip(), figures(values, 1)));
    }
    return groups;
  }

  /** How knowledge gain is spread, in 10-point bands. */
  public List<Bucket> gainDistribution(ReportFilter filter) {
    Where where = where(filter);
    String band = "FLOOR((c.final_score - c.pre_score) / 10)";
    String sql = "SELECT " + band + ", COUNT(*)" + from(filter, null) + where.sql
        + (where.sql.isEmpty() ? " WHERE " : " AND ") + "c.pre_score IS NOT NULL AND c.final_score IS NOT NULL GROUP BY " + band + " ORDER BY " + band;
    List<Bucket> buckets = new ArrayList<>();
    for (Object row : where.bind(em.createNativeQuery(sql)).getResultList()) {
      Object[] values = (Object[]) row;
      buckets.add(new Bucket(((Number) values[0]).intValue() * 10, ((Number) values[1]).longValue()));
    }
    return buckets;
  }

  public List<Month> completionsByMonth(ReportFilter filter) {
    Where where = where(filter);
    String year = "EXTRACT(YEAR FROM c.completed_at)";
    String month = "EXTRACT(MONTH FROM c.completed_at)";
    String sql = "SELECT " + year + ", " + month + ", COUNT(*)" + from(filter, null) + where.sql
        + (where.sql.isEmpty() ? " WHERE " : " AND ") + "c.status = 'COMPLETED' GROUP BY " + year + ", " + month + " ORDER BY " + year + ", " + month;
    List<Month> months = new ArrayList<>();
    for (Object row : where.bind(em.createNativeQuery(sql)).getResultList()) {
      Object[] values = (Object[]) row;
      months.add(new Month(((Number) values[0]).intValue(), ((Number) values[1]).intValue(), ((Number) values[2]).longValue()));
    }
    return months;
  }

  private static Figures figures(Object[] row, int at) {
    return new Figures(
        count(row[at]), count(row[at + 1]), count(row[at + 2]), count(row[at + 3]), count(row[at + 4]),
        decimal(row[at + 5]), decimal(row[at + 6]), count(row[at + 7]), decimal(row[at + 8]),
        row[at + 9] == null ? null : ((Number) row[at + 9]).doubleValue() / 86_400.0);
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Double decimal(Object value) {
    return value == null ? null : value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue();
  }

  /** The WHERE clause of a filter and its parameters, in order. */
  private record Where(String sql, List<Object> parameters) {
    Query bind(Query query) {
      for (int i = 0; i < parameters.size(); i++) {
        query.setParameter(i + 1, parameters.get(i));
      }
      return query;
    }
  }

  private static Where where(ReportFilter f) {
    List<String> conditions = new ArrayList<>();
    List<Object> parameters = new ArrayList<>();
    if (f.countries() != null) {
      if (f.countries().isEmpty()) {
        conditions.add("1 = 0"); // a scope of no country sees nothing
      } else {
        List<String> marks = new ArrayList<>();
        for (String country : f.countries()) {
          parameters.add(country);
          marks.add("?" + parameters.size());
        }
        conditions.add("c.country IN (" + String.join(", ", marks) + ")");
      }
    }
    Map<String, Object> equal = new LinkedHashMap<>();
    equal.put("c.country", f.country());
    equal.put("c.workshop_id", f.workshopId());
    equal.put("c.course_code", f.course());
    equal.put("a.preferred_language", f.language());
    equal.put("a.institution", f.institution());
    equal.put("a.gender", f.gender());
    equal.forEach((column, value) -> {
      if (value != null && !String.valueOf(value).isBlank()) {
        parameters.add(value);
        conditions.add(column + " = ?" + parameters.size());
      }
    });
    if (f.from() != null) {
      parameters.add(f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
      conditions.add("c.enrolled_at >= ?" + parameters.size());
    }
    if (f.to() != null) {
      parameters.add(f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
      conditions.add("c.enrolled_at < ?" + parameters.size());
    }
    return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
  }
}

package org.rightsacademy.reporting;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

/**
 * The dashboard's figures, each from one grouped SQL statement over {@code course_completion}
 * (joined with {@code account}): five statements per dashboard whatever the number of learners, and
 * one more per filter that narrows to a group ({@link #publish}). Portable SQL: the same text runs
 * on H2 and PostgreSQL.
 */
@Stateless
public class ReportService {

  /** One line of a disaggregated table: the group's key (null: not known) and its figures. */
  public record Group(String key, Figures figures) {}

  /**
   * Learners whose knowledge gain falls in [from, from + 10) points; {@code hidden}: not to be
   * shown (see {@link #publish}).
   */
  public record Bucket(int from, long learners, boolean hidden) {}

  /** Completions in one month; {@code hidden}: not to be shown. */
  public record Month(int year, int month, long completed, boolean hidden) {}

  /**
   * A group as it may be shown: {@code hidden}, no figure at all; otherwise {@code withheld} names
   * the columns of {@link #OVER} it must not show.
   */
  public record Row(String key, Figures figures, boolean hidden, Set<String> withheld) {}

  /**
   * A dashboard as it may be shown. {@code withheld}: too few people for any figure (headline, rows
   * and charts are then empty); {@code groupsWithheld}: the table shows the total only.
   */
  public record Published(
      Figures headline,
      boolean withheld,
      Set<String> headlineWithheld,
      List<Row> rows,
      boolean groupsWithheld,
      List<Bucket> distribution,
      List<Month> months) {}

  /** The rates, averages and median, each with how many people it is over. */
  static final Map<String, ToLongFunction<Figures>> OVER = new LinkedHashMap<>();

  static {
    OVER.put("completion_rate", Figures::enrolled);
    OVER.put("final_pass_rate", Figures::finalTakers);
    OVER.put("average_pre", Figures::preTakers);
    OVER.put("average_final", Figures::finalTakers);
    OVER.put("average_gain", Figures::gainCount);
    OVER.put("median_days", Figures::completed);
  }

  private static final String FIGURES =
      "COUNT(*), "
          + "SUM(CASE WHEN c.status <> 'NOT_STARTED' THEN 1 ELSE 0 END), "
          + "SUM(CASE WHEN c.status = 'COMPLETED' THEN 1 ELSE 0 END), "
          + "SUM(CASE WHEN c.final_score IS NOT NULL THEN 1 ELSE 0 END), "
          + "SUM(CASE WHEN c.final_score IS NOT NULL AND c.final_passed THEN 1 ELSE 0 END), "
          + "AVG(c.pre_score), AVG(c.final_score), "
          + "SUM(CASE WHEN c.pre_score IS NOT NULL AND c.final_score IS NOT NULL THEN 1 ELSE 0 END), "
          + "AVG(CASE WHEN c.pre_score IS NOT NULL AND c.final_score IS NOT NULL THEN c.final_score - c.pre_score END), "
          + "PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY c.seconds_to_complete), "
          + "SUM(CASE WHEN c.pre_score IS NOT NULL THEN 1 ELSE 0 END)";

  @PersistenceContext private EntityManager em;

  /**
   * The dashboard for a filter and a breakdown, with what {@link Suppression} withholds already
   * taken out, so that the page and both exports show the same: groups of fewer than {@code
   * minGroup} people and the groups withheld to protect them; rates, averages and medians over
   * fewer than {@code minGroup} people and those withheld to protect them; bars of the charts
   * likewise. A filter that narrows to one group (an institution, a workshop, ...) is that group's
   * row in the table it narrows: it shows nothing that row would not, or the two would give away
   * each other's neighbours. A report over 1 to {@code minGroup} − 1 people shows nothing.
   */
  public Published publish(ReportFilter filter, Dimension dimension, int minGroup) {
    Figures headline = headline(filter);
    Set<String> headlineWithheld = new TreeSet<>();
    OVER.forEach(
        (column, over) -> {
          long people = over.applyAsLong(headline);
          if (people > 0 && people < minGroup) {
            headlineWithheld.add(column);
          }
        });
    boolean withheld = headline.enrolled() > 0 && headline.enrolled() < minGroup;
    for (Map.Entry<Dimension, String> narrowed : narrowings(filter).entrySet()) {
      if (withheld) {
        break;
      }
      Table siblings = rows(table(widen(filter, narrowed.getKey()), narrowed.getKey()), minGroup);
      for (Row row : siblings.rows()) {
        if (narrowed.getValue().equals(row.key())) {
          withheld = siblings.groupsWithheld() || row.hidden();
          headlineWithheld.addAll(row.withheld());
        }
      }
    }
    if (withheld) {
      return new Published(
          null, true, Set.copyOf(OVER.keySet()), List.of(), false, List.of(), List.of());
    }
    Table table = rows(table(filter, dimension), minGroup);
    List<Bucket> buckets = gainDistribution(filter);
    Suppression.Plan bands =
        Suppression.counts(buckets.stream().mapToLong(Bucket::learners).toArray(), minGroup);
    List<Bucket> distribution = new ArrayList<>();
    for (int i = 0;
        i < buckets.size() && !bands.everything();
        i++) { // a band listed has someone in it
      Bucket b = buckets.get(i);
      distribution.add(new Bucket(b.from(), b.learners(), bands.withheld().contains(i)));
    }
    List<Month> completions = completionsByMonth(filter);
    Suppression.Plan byMonth =
        Suppression.counts(completions.stream().mapToLong(Month::completed).toArray(), minGroup);
    List<Month> months = new ArrayList<>();
    for (int i = 0; i < completions.size() && !byMonth.everything(); i++) {
      Month m = completions.get(i);
      months.add(new Month(m.year(), m.month(), m.completed(), byMonth.withheld().contains(i)));
    }
    return new Published(
        headline,
        false,
        headlineWithheld,
        table.rows(),
        table.groupsWithheld(),
        distribution,
        months);
  }

  /** A table's rows as they may be shown; {@code groupsWithheld}: none may, only the total. */
  record Table(List<Row> rows, boolean groupsWithheld) {}

  static Table rows(List<Group> groups, int minGroup) {
    Suppression.Plan plan =
        Suppression.counts(
            groups.stream().mapToLong(g -> g.figures().enrolled()).toArray(), minGroup);
    List<Set<String>> withheld = new ArrayList<>();
    groups.forEach(g -> withheld.add(new TreeSet<>()));
    OVER.forEach(
        (column, over) -> {
          long[] people = groups.stream().mapToLong(g -> over.applyAsLong(g.figures())).toArray();
          for (int i : Suppression.figures(people, plan.withheld(), minGroup)) {
            withheld.get(i).add(column);
          }
        });
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Group g = groups.get(i);
      rows.add(
          new Row(g.key(), g.figures(), plan.withheld().contains(i), Set.copyOf(withheld.get(i))));
    }
    // Largest first would place a withheld group between two shown ones, and so bound it: the
    // withheld groups come last, by key.
    rows.sort(
        Comparator.comparing(Row::hidden)
            .thenComparing((a, b) -> a.hidden() ? KEYS.compare(a.key(), b.key()) : 0));
    return new Table(rows, plan.everything());
  }

  private static final Comparator<String> KEYS = Comparator.nullsLast(Comparator.naturalOrder());

  /**
   * The filters that narrow to one group of a breakdown, with the group's key as {@link #table}
   * gives it.
   */
  private static Map<Dimension, String> narrowings(ReportFilter f) {
    Map<Dimension, String> narrowed = new LinkedHashMap<>();
    BiConsumer<Dimension, Object> put =
        (dimension, value) -> {
          if (value != null && !String.valueOf(value).isBlank()) {
            narrowed.put(dimension, String.valueOf(value).strip());
          }
        };
    put.accept(Dimension.COUNTRY, f.country());
    put.accept(Dimension.WORKSHOP, f.workshopId());
    put.accept(Dimension.COURSE, f.course());
    put.accept(Dimension.LANGUAGE, f.language());
    put.accept(Dimension.INSTITUTION, f.institution());
    put.accept(Dimension.GENDER, f.gender());
    return narrowed;
  }

  /** The filter without its narrowing on one dimension: the table whose row it is. */
  private static ReportFilter widen(ReportFilter f, Dimension dimension) {
    return new ReportFilter(
        f.countries(),
        dimension == Dimension.COUNTRY ? null : f.country(),
        dimension == Dimension.WORKSHOP ? null : f.workshopId(),
        dimension == Dimension.COURSE ? null : f.course(),
        dimension == Dimension.LANGUAGE ? null : f.language(),
        f.from(),
        f.to(),
        dimension == Dimension.INSTITUTION ? null : f.institution(),
        dimension == Dimension.GENDER ? null : f.gender());
  }

  public Figures headline(ReportFilter filter) {
    Where where = where(filter);
    Object[] row =
        (Object[])
            where
                .bind(em.createNativeQuery("SELECT " + FIGURES + from(filter, null) + where.sql))
                .getSingleResult();
    return figures(row, 0);
  }

  /**
   * The tables a query reads: {@code account} only when a filter or the grouping needs the
   * learner's institution, gender or language (the join is most of the cost at 100,000 rows).
   */
  private static String from(ReportFilter f, Dimension dimension) {
    boolean account =
        f.language() != null
            || f.institution() != null
            || f.gender() != null
            || (dimension != null && dimension.column.startsWith("a."));
    return account
        ? " FROM course_completion c JOIN account a ON a.id = c.account_id"
        : " FROM course_completion c";
  }

  /** The same figures for each group of one dimension, largest group first. */
  public List<Group> table(ReportFilter filter, Dimension dimension) {
    Where where = where(filter);
    String sql =
        "SELECT "
            + dimension.column
            + ", "
            + FIGURES
            + from(filter, dimension)
            + where.sql
            + " GROUP BY "
            + dimension.column
            + " ORDER BY COUNT(*) DESC, "
            + dimension.column;
    List<Group> groups = new ArrayList<>();
    for (Object row : where.bind(em.createNativeQuery(sql)).getResultList()) {
      Object[] values = (Object[]) row;
      groups.add(
          new Group(
              values[0] == null ? null : String.valueOf(values[0]).strip(), figures(values, 1)));
    }
    return groups;
  }

  /** How knowledge gain is spread, in 10-point bands. */
  public List<Bucket> gainDistribution(ReportFilter filter) {
    Where where = where(filter);
    String band = "FLOOR((c.final_score - c.pre_score) / 10)";
    String sql =
        "SELECT "
            + band
            + ", COUNT(*)"
            + from(filter, null)
            + where.sql
            + (where.sql.isEmpty() ? " WHERE " : " AND ")
            + "c.pre_score IS NOT NULL AND c.final_score IS NOT NULL GROUP BY "
            + band
            + " ORDER BY "
            + band;
    List<Bucket> buckets = new ArrayList<>();
    for (Object row : where.bind(em.createNativeQuery(sql)).getResultList()) {
      Object[] values = (Object[]) row;
      buckets.add(
          new Bucket(
              ((Number) values[0]).intValue() * 10, ((Number) values[1]).longValue(), false));
    }
    return buckets;
  }

  public List<Month> completionsByMonth(ReportFilter filter) {
    Where where = where(filter);
    String year = "EXTRACT(YEAR FROM c.completed_at)";
    String month = "EXTRACT(MONTH FROM c.completed_at)";
    String sql =
        "SELECT "
            + year
            + ", "
            + month
            + ", COUNT(*)"
            + from(filter, null)
            + where.sql
            + (where.sql.isEmpty() ? " WHERE " : " AND ")
            + "c.status = 'COMPLETED' GROUP BY "
            + year
            + ", "
            + month
            + " ORDER BY "
            + year
            + ", "
            + month;
    List<Month> months = new ArrayList<>();
    for (Object row : where.bind(em.createNativeQuery(sql)).getResultList()) {
      Object[] values = (Object[]) row;
      months.add(
          new Month(
              ((Number) values[0]).intValue(),
              ((Number) values[1]).intValue(),
              ((Number) values[2]).longValue(),
              false));
    }
    return months;
  }

  private static Figures figures(Object[] row, int at) {
    return new Figures(
        count(row[at]),
        count(row[at + 1]),
        count(row[at + 2]),
        count(row[at + 3]),
        count(row[at + 4]),
        decimal(row[at + 5]),
        decimal(row[at + 6]),
        count(row[at + 7]),
        decimal(row[at + 8]),
        row[at + 9] == null ? null : ((Number) row[at + 9]).doubleValue() / 86_400.0,
        count(row[at + 10]));
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static Double decimal(Object value) {
    return value == null
        ? null
        : value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue();
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
    equal.forEach(
        (column, value) -> {
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
    return new Where(
        conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), parameters);
  }
}

package org.rightsacademy.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.platform.SchemaMigration;
import org.rightsacademy.platform.WebClient;

/**
 * The dashboard at scale, on demand (not part of `mvn verify`): {@code mvn verify
 * -Dit.test=DashboardBench -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}. Generates 100,000
 * learners in 1,000 workshops in 10 countries over the 3 shipped courses, with their lessons,
 * pre-test and final-test attempts and completion rows; then times the headline figures and a
 * disaggregated table, and counts the SQL statements of one dashboard request. Figures go to
 * target/dashboard-bench.txt (recorded in README, "Measured").
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBench {

  static final int LEARNERS = 100_000;
  static final int WORKSHOPS = 1_000;
  static final long BASE = 10_000_000L;
  static final Path RESULTS = Path.of("target", "dashboard-bench.txt");

  /** Whether this server has generated the learners already (each test asks for them). */
  private static boolean generated;

  @EJB private ReportService reports;
  @EJB private CourseCatalog catalog;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @ArquillianResource private URL base;

  private static final String COUNTRIES =
      "CASE MOD(w, 10) WHEN 0 THEN 'SN' WHEN 1 THEN 'JO' WHEN 2 THEN 'BY' WHEN 3 THEN 'MA' WHEN 4 THEN 'TN' "
          + "WHEN 5 THEN 'EG' WHEN 6 THEN 'LB' WHEN 7 THEN 'IQ' WHEN 8 THEN 'ML' ELSE 'NE' END";

  /** The hundred thousand learners, generated once per server by whichever test comes first. */
  private void aHundredThousandLearners() throws SQLException, IOException {
    synchronized (DashboardBench.class) {
      if (!generated) {
        generate();
        generated = true;
      }
    }
  }

  private void generate() throws SQLException, IOException {
    long started = System.nanoTime();
    long[] versions = new long[3];
    String[] codes = {"icrmw", "trafficking-principles", "borders"};
    for (int i = 0; i < 3; i++) {
      versions[i] = catalog.latest(codes[i]).orElseThrow().versionId();
    }
    String course =
        "CASE MOD(w, 3) WHEN 0 THEN 'icrmw' WHEN 1 THEN 'trafficking-principles' ELSE 'borders' END";
    String version =
        "CASE MOD(w, 3) WHEN 0 THEN "
            + versions[0]
            + " WHEN 1 THEN "
            + versions[1]
            + " ELSE "
            + versions[2]
            + " END";
    String w = "(MOD(X - 1, " + WORKSHOPS + ") + 1)";
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.executeUpdate(
          "INSERT INTO workshop (id, title, country, city, venue, starts_on, ends_on, language, expected_participants, status, join_code, "
              + "attendance_required, created_at, version) SELECT "
              + BASE
              + " + X, 'Bench workshop ' || X, "
              + COUNTRIES.replace("w", "X")
              + ", 'City ' || X, NULL, "
              + "DATE '2026-01-05' + MOD(X, 300), DATE '2026-01-07' + MOD(X, 300), 'FR', 100, 'CLOSED', 'B' || LPAD(CAST(X AS VARCHAR), 7, '0'), FALSE, "
              + "CURRENT_TIMESTAMP, 0 FROM SYSTEM_RANGE(1, "
              + WORKSHOPS
              + ")");
      sql.executeUpdate(
          "INSERT INTO workshop_course (workshop_id, course_code) SELECT "
              + BASE
              + " + X, "
              + course.replace("w", "X")
              + " FROM SYSTEM_RANGE(1, "
              + WORKSHOPS
              + ")");
      sql.executeUpdate(
          "INSERT INTO account (id, username, display_name, email, country, institution, gender, preferred_language, password_hash, "
              + "must_change_password, active, all_countries, session_epoch, created_at, version) SELECT "
              + BASE
              + " + X, 'bench-' || X, 'Bench learner ' || X, NULL, "
              + COUNTRIES.replace("w", w)
              + ", CASE MOD(X, 5) WHEN 0 THEN 'GENDARMERIE' WHEN 1 THEN 'POLICE' WHEN 2 THEN 'BORDER_IMMIGRATION' WHEN 3 THEN 'JUDICIARY' ELSE 'PROSECUTION' END, "
              + "CASE MOD(X, 7) WHEN 0 THEN 'PREFER_NOT_TO_SAY' WHEN 1 THEN 'MALE' WHEN 2 THEN 'MALE' WHEN 3 THEN 'MALE' ELSE 'FEMALE' END, "
              + "CASE MOD(X, 4) WHEN 0 THEN 'FR' WHEN 1 THEN 'AR' WHEN 2 THEN 'RU' ELSE 'EN' END, 'x', FALSE, TRUE, FALSE, 0, CURRENT_TIMESTAMP, 0 FROM SYSTEM_RANGE(1, "
              + LEARNERS
              + ")");
      sql.executeUpdate(
          "INSERT INTO account_role (account_id, role) SELECT "
              + BASE
              + " + X, 'LEARNER' FROM SYSTEM_RANGE(1, "
              + LEARNERS
              + ")");
      sql.executeUpdate(
          "INSERT INTO workshop_participant (workshop_id, account_id, joined_at, joined_by) SELECT "
              + BASE
              + " + "
              + w
              + ", "
              + BASE
              + " + X, TIMESTAMP WITH TIME ZONE '2026-01-05 08:00:00+00', 'CSV' FROM SYSTEM_RANGE(1, "
              + LEARNERS
              + ")");
      sql.executeUpdate(
          "INSERT INTO enrolment (id, account_id, course_code, course_version_id, enrolled_at, last_lesson, last_visited_at, version) SELECT "
              + BASE
              + " + X, "
              + BASE
              + " + X, "
              + course.replace("w", w)
              + ", "
              + version.replace("w", w)
              + ", "
              + "TIMESTAMP WITH TIME ZONE '2026-01-05 08:00:00+00' + MOD(X, 300) * INTERVAL '1' DAY, NULL, NULL, 0 FROM SYSTEM_RANGE(1, "
              + LEARNERS
              + ")");
      // Three lessons opened by 80 % of learners, finished by the 40 % who complete.
      for (int lesson = 1; lesson <= 3; lesson++) {
        sql.executeUpdate(
            "INSERT INTO lesson_progress (enrolment_id, lesson, started_at, completed_at) SELECT "
                + BASE
                + " + X, 'bench/lesson-"
                + lesson
                + "', "
                + "TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+00', CASE WHEN MOD(X, 10) >= 6 THEN TIMESTAMP WITH TIME ZONE '2026-01-06 09:00:00+00' END "
                + "FROM SYSTEM_RANGE(1, "
                + LEARNERS
                + ") WHERE MOD(X, 10) >= 2");
      }
      String pre = "MOD(X * 7, 60)";
      String fin = "LEAST(100, MOD(X * 7, 60) + 10 + MOD(X, 41))";
      sql.executeUpdate(
          "INSERT INTO quiz_attempt (id, account_id, course_code, course_version_id, quiz_id, kind, attempt_number, language, started_at, deadline, "
              + "status, submitted_at, score, passed, version) SELECT "
              + BASE
              + " + X, "
              + BASE
              + " + X, "
              + course.replace("w", w)
              + ", "
              + version.replace("w", w)
              + ", 'pre-test', 'PRE_TEST', 1, 'FR', TIMESTAMP WITH TIME ZONE '2026-01-05 09:00:00+00', NULL, 'SUBMITTED', TIMESTAMP WITH TIME ZONE '2026-01-05 09:20:00+00', "
              + pre
              + ", "
              + pre
              + " >= 70, 0 FROM SYSTEM_RANGE(1, "
              + LEARNERS
              + ") WHERE MOD(X, 10) >= 2");
      sql.executeUpdate(
          "INSERT INTO quiz_attempt (id, account_id, course_code, course_version_id, quiz_id, kind, attempt_number, language, started_at, deadline, "
              + "status, submitted_at, score, passed, version) SELECT "
              + (BASE * 2)
              + " + X, "
              + BASE
              + " + X, "
              + course.replace("w", w)
              + ", "
              + version.replace("w", w)
              + ", 'final-test', 'FINAL_TEST', 1, 'FR', TIMESTAMP WITH TIME ZONE '2026-01-07 15:00:00+00', NULL, 'SUBMITTED', TIMESTAMP WITH TIME ZONE '2026-01-07 15:30:00+00', "
              + fin
              + ", "
              + fin
              + " >= 70, 0 FROM SYSTEM_RANGE(1, "
              + LEARNERS
              + ") WHERE MOD(X, 10) >= 5");
      sql.executeUpdate(
          "INSERT INTO course_completion (enrolment_id, account_id, course_code, course_version_id, status, lessons_done, lessons_total, quizzes_passed, "
              + "quizzes_total, final_passed, completed_at, workshop_id, country, enrolled_at, seconds_to_complete, pre_score, final_score) SELECT "
              + BASE
              + " + X, "
              + BASE
              + " + X, "
              + course.replace("w", w)
              + ", "
              + version.replace("w", w)
              + ", "
              + "CASE WHEN MOD(X, 10) < 2 THEN 'NOT_STARTED' WHEN MOD(X, 10) < 6 THEN 'IN_PROGRESS' ELSE 'COMPLETED' END, "
              + "CASE WHEN MOD(X, 10) >= 6 THEN 12 ELSE MOD(X, 12) END, 12, CASE WHEN MOD(X, 10) >= 6 THEN 5 ELSE MOD(X, 5) END, 5, "
              + "MOD(X, 10) >= 5 AND "
              + fin
              + " >= 70, CASE WHEN MOD(X, 10) >= 6 THEN TIMESTAMP WITH TIME ZONE '2026-01-07 15:30:00+00' + MOD(X, 300) * INTERVAL '1' DAY END, "
              + BASE
              + " + "
              + w
              + ", "
              + COUNTRIES.replace("w", w)
              + ", TIMESTAMP WITH TIME ZONE '2026-01-05 08:00:00+00' + MOD(X, 300) * INTERVAL '1' DAY, "
              + "CASE WHEN MOD(X, 10) >= 6 THEN 200000 + MOD(X * 37, 900000) END, CASE WHEN MOD(X, 10) >= 2 THEN "
              + pre
              + " END, "
              + "CASE WHEN MOD(X, 10) >= 5 THEN "
              + fin
              + " END FROM SYSTEM_RANGE(1, "
              + LEARNERS
              + ")");
      try (ResultSet rows =
          sql.executeQuery("SELECT COUNT(*) FROM course_completion WHERE enrolment_id > " + BASE)) {
        rows.next();
        assertEquals(LEARNERS, rows.getInt(1));
      }
      sql.execute("ANALYZE");
    }
    write(
        "Dashboard benchmark, "
            + java.time.LocalDate.now()
            + ", H2 on this machine ("
            + Runtime.getRuntime().availableProcessors()
            + " cores)\n"
            + "dataset: "
            + LEARNERS
            + " learners, "
            + WORKSHOPS
            + " workshops, 10 countries, 3 courses; lesson_progress "
            + (LEARNERS * 8 / 10 * 3)
            + " rows, quiz_attempt "
            + (LEARNERS * 8 / 10 + LEARNERS / 2)
            + " rows; generated in "
            + (System.nanoTime() - started) / 1_000_000
            + " ms\n",
        false);
  }

  private static void write(String text, boolean append) throws IOException {
    Files.createDirectories(RESULTS.getParent());
    Files.writeString(
        RESULTS,
        text,
        append
            ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND}
            : new StandardOpenOption[] {
              StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING
            });
  }

  /**
   * Median and slowest of 15 timed runs after 3 warm-up runs, in milliseconds. Each run has a
   * different (always true) lower date bound, so that no run is answered from H2's result cache.
   */
  private static String time(String what, java.util.function.IntFunction<?> work) {
    for (int i = 0; i < 3; i++) {
      work.apply(100 + i);
    }
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      long start = System.nanoTime();
      work.apply(i);
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    Collections.sort(millis);
    assertTrue(
        millis.get(7) < 1_000, what + " median " + millis.get(7) + " ms: over the 1 s budget");
    return String.format(
        "%-48s median %4d ms, slowest %4d ms%n",
        what, millis.get(7), millis.get(millis.size() - 1));
  }

  @Test
  void theHeadlineAndATableTakeWellUnderASecond() throws SQLException, IOException {
    aHundredThousandLearners();
    java.util.function.IntFunction<ReportFilter> all =
        i ->
            new ReportFilter(
                null,
                null,
                null,
                null,
                null,
                java.time.LocalDate.of(2020, 1, 1).minusDays(i),
                null,
                null,
                null);
    java.util.function.IntFunction<ReportFilter> senegal = i -> all.apply(i).within(Set.of("SN"));
    java.util.function.IntFunction<ReportFilter> filtered =
        i ->
            new ReportFilter(
                Set.of("SN", "JO", "MA"),
                null,
                null,
                "icrmw",
                null,
                java.time.LocalDate.of(2026, 3, 1).minusDays(i),
                java.time.LocalDate.of(2026, 9, 30),
                null,
                "FEMALE");
    StringBuilder out = new StringBuilder();
    out.append(time("headline, all countries", i -> reports.headline(all.apply(i))));
    out.append(
        time(
            "table by country, all countries",
            i -> reports.table(all.apply(i), Dimension.COUNTRY)));
    out.append(
        time(
            "table by workshop, all countries (1,000 rows)",
            i -> reports.table(all.apply(i), Dimension.WORKSHOP)));
    out.append(
        time(
            "table by institution, all countries",
            i -> reports.table(all.apply(i), Dimension.INSTITUTION)));
    out.append(time("headline, Senegal's coordinator", i -> reports.headline(senegal.apply(i))));
    out.append(
        time(
            "table by gender, 3 countries, course, dates, women",
            i -> reports.table(filtered.apply(i), Dimension.GENDER)));
    out.append(time("gain distribution, all", i -> reports.gainDistribution(all.apply(i))));
    out.append(time("completions per month, all", i -> reports.completionsByMonth(all.apply(i))));
    write(out.toString(), true);
  }

  private long statements() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        ResultSet rows =
            sql.executeQuery(
                "SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /**
   * In the server, so that H2's statement statistics can be read around the admin's request (made
   * with a {@link WebClient} from here).
   */
  @Test
  void oneDashboardRequestByWorkshopUsesABoundedNumberOfStatements()
      throws SQLException, IOException {
    aHundredThousandLearners();
    WebClient admin = new WebClient(base);
    assertEquals(
        302,
        admin
            .signIn(
                System.getProperty("it.admin.user", System.getenv("RA_ADMIN_USER")),
                System.getProperty("it.admin.password", System.getenv("RA_ADMIN_PASSWORD")))
            .statusCode());
    WebClient.Form dashboard = admin.open("coordinate/dashboard.xhtml", "filters");
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
      sql.execute("SET QUERY_STATISTICS TRUE");
    }
    long statementsBefore = statements();

    long start = System.nanoTime();
    HttpResponse<String> page =
        admin.submit(dashboard, Map.of("filters:dimension", "WORKSHOP"), "filters:apply");
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Bench workshop"));
    write(
        String.format(
            "%-48s %4d ms, %d KB of HTML%n",
            "dashboard page by workshop, as admin (HTTP)", millis, page.body().length() / 1024),
        true);

    long used = statements() - statementsBefore - 1;
    write(
        "SQL statements of that request (and of any timer that ran meanwhile): " + used + "\n",
        true);
    assertTrue(used < 20, used + " statements for one dashboard request");
  }
}

package org.rightsacademy.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.WebClient;

/**
 * A 2,000-row participant list against a learner reading lessons, on demand (not part of `mvn
 * verify`): {@code mvn verify -Dit.test=ParticipantListBench -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. The trainer uploads the list through the workshop page;
 * a learner's lesson page is timed before (baseline), then all the while the list runs (one request
 * every 250 ms), with a sign-in and a look at the trainer's page every 20th request; reports p50 /
 * p95 / p99 / max, the list's duration and rows per second. Figures go to
 * target/participant-list-bench.txt (recorded in README, "Measured").
 */
@ExtendWith(ArquillianExtension.class)
class ParticipantListBench {

  static final int ROWS = 2_000;
  static final String LESSON = "learn/lesson.xhtml?code=icrmw&lesson=scope/who-is-covered";
  static final String PASSWORD = "bench lesson reader password";
  static final String TRAINER = "bench-list-trainer";
  static final String READER = "bench-list-reader";
  static final Path RESULTS = Path.of("target", "participant-list-bench.txt");

  @EJB private AccountService accounts;
  @EJB private WorkshopService workshops;
  @ArquillianResource private URL base;

  private Account account(String username, Role role) {
    return accounts.findByUsername(username).orElseGet(() -> created(username, role));
  }

  private Account created(String username, Role role) {
    return accounts.createWithPassword(
        new AccountDraft(
            username, username, null, "SN", null, null, Language.EN, EnumSet.of(role), Scope.NONE),
        PASSWORD,
        false);
  }

  /** The bench's people and workshop, made in the server (through {@link Fixtures#run}). */
  void aTrainerALearnerAndAWorkshop() {
    Account trainer = account(TRAINER, Role.TRAINER);
    Account learner = account(READER, Role.LEARNER);
    Workshop.Details details =
        new Workshop.Details(
            "Bench list",
            "SN",
            "Dakar",
            null,
            LocalDate.of(2026, 12, 7),
            LocalDate.of(2026, 12, 9),
            Language.FR,
            ROWS,
            Workshop.Status.RUNNING,
            false,
            Set.of("icrmw"),
            Set.of(trainer.getId()));
    workshops.join(workshops.create(trainer, details), learner.getId(), Participant.Via.TRAINER);
  }

  @Test
  @RunAsClient
  void aLearnersLessonPageStaysFastWhileA2000RowListIsEnrolled() throws Exception {
    Fixtures.run(base, ParticipantListBench.class, "aTrainerALearnerAndAWorkshop");
    WebClient reader = new WebClient(base);
    assertEquals(302, reader.signIn(READER, PASSWORD).statusCode());
    WebClient trainer = new WebClient(base);
    assertEquals(302, trainer.signIn(TRAINER, PASSWORD).statusCode());
    Matcher id =
        Pattern.compile("data-workshop=\"(\\d+)\"")
            .matcher(trainer.get("teach/workshops.xhtml").body());
    assertTrue(id.find());
    String page = "teach/workshop.xhtml?id=" + id.group(1);

    for (int i = 0; i < 20; i++) {
      reader.get(LESSON); // warm-up
    }
    List<Long> before = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      before.add(timed(reader));
      Thread.sleep(250);
    }

    StringBuilder csv = new StringBuilder("username,display_name,country,gender\n");
    for (int i = 1; i <= ROWS; i++) {
      csv.append("bench-list-")
          .append(i)
          .append(",Participant ")
          .append(i)
          .append(",SN,")
          .append(i % 2 == 0 ? "female" : "male")
          .append('\n');
    }
    long started = System.nanoTime();
    String upload =
        trainer
            .upload(
                page,
                "list",
                "list:file",
                "list.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8),
                "list:upload")
            .body();
    long checked = System.nanoTime();
    assertTrue(upload.contains("data-job-status=\"RUNNING\""), "the list runs as a job");
    List<Long> during = new ArrayList<>();
    List<Long> signIns = new ArrayList<>();
    String state = "RUNNING";
    while (state.equals("RUNNING")) {
      during.add(timed(reader));
      if (during.size() % 20 == 0) {
        long t = System.nanoTime();
        HttpResponse<String> signIn = new WebClient(base).signIn(READER, PASSWORD);
        signIns.add(signIn.statusCode() == 302 ? (System.nanoTime() - t) / 1_000_000 : -1);
        Matcher status =
            Pattern.compile("data-job-status=\"([A-Z]+)\"").matcher(trainer.get(page).body());
        assertTrue(status.find());
        state = status.group(1);
      }
      Thread.sleep(250);
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertEquals("DONE", state);

    String report =
        "Participant list benchmark, "
            + LocalDate.now()
            + ", "
            + Runtime.getRuntime().availableProcessors()
            + " cores, load average at the end "
            + java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()
            + "\n"
            + "list: "
            + ROWS
            + " new learners; upload answered (whole list checked, job started) in "
            + (checked - started) / 1_000_000
            + " ms; enrolled in about "
            + seconds
            + " s ("
            + String.format("%.1f", ROWS / (double) Math.max(1, seconds))
            + " rows/s; the end is seen within 20 page loads)\n"
            + "lesson page before the list: "
            + summary(before)
            + "\n"
            + "lesson page during the list: "
            + summary(during)
            + "\n"
            + "sign-in during the list: "
            + summary(signIns.stream().filter(ms -> ms >= 0).toList())
            + ", refused as busy: "
            + signIns.stream().filter(ms -> ms < 0).count()
            + " of "
            + signIns.size()
            + "\n";
    Files.createDirectories(RESULTS.getParent());
    Files.writeString(RESULTS, report);
    System.out.println(report);
  }

  private static long timed(WebClient reader) {
    long t = System.nanoTime();
    HttpResponse<String> page = reader.get(LESSON);
    long ms = (System.nanoTime() - t) / 1_000_000;
    assertEquals(200, page.statusCode(), page.body());
    return ms;
  }

  private static String summary(List<Long> millis) {
    if (millis.isEmpty()) {
      return "no sample";
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return "n "
        + sorted.size()
        + ", p50 "
        + at(sorted, 50)
        + " ms, p95 "
        + at(sorted, 95)
        + " ms, p99 "
        + at(sorted, 99)
        + " ms, max "
        + sorted.get(sorted.size() - 1)
        + " ms";
  }

  private static long at(List<Long> sorted, int percentile) {
    return sorted.get(
        Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
  }
}

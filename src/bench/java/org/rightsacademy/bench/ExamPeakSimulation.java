package org.rightsacademy.bench;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.rightsacademy.people.PasswordHasher;

/**
 * The end of a workshop: N learners sign in, start the final test, answer its questions one save
 * per answer with 30–90 s of thought before each, and submit. Run on demand (see README):
 * {@code mvn -Pbench test-compile gatling:test -Dbench.simulation=org.rightsacademy.bench.ExamPeakSimulation -Dbench.learners=1000}.
 * Before the run, the learners' accounts are written straight into the server's H2 database, which
 * the server must open with AUTO_SERVER=TRUE, or into PostgreSQL ({@code -Dbench.jdbc=jdbc:postgresql:...
 * -Dbench.jdbc.user=... -Dbench.jdbc.password=...}). {@code -Dbench.saves=file.csv} writes one line
 * per save and submit tried (a failed save is tried again after 1–3 s, as the quiz page does), from
 * which src/bench/exam-bench.sh reads the minute after a node is killed.
 */
public class ExamPeakSimulation extends Simulation {

  private static final String BASE = System.getProperty("bench.url", "http://localhost:8080");
  private static final String JDBC = System.getProperty("bench.jdbc", "jdbc:h2:file:/tmp/bench-data/rights-academy;AUTO_SERVER=TRUE");
  private static final int LEARNERS = Integer.getInteger("bench.learners", 100);
  private static final int RAMP_SECONDS = Integer.getInteger("bench.ramp", Math.max(60, LEARNERS / 4));
  private static final int THINK_MIN = Integer.getInteger("bench.think.min", 30);
  private static final int THINK_MAX = Integer.getInteger("bench.think.max", 90);
  private static final String COURSE = System.getProperty("bench.course", "icrmw");
  private static final String QUIZ = System.getProperty("bench.quiz", "final-test");
  private static final String JDBC_USER = System.getProperty("bench.jdbc.user", "sa");
  private static final String JDBC_PASSWORD = System.getProperty("bench.jdbc.password", "");
  private static final String PASSWORD = "exam peak learner password";

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE).acceptLanguageHeader("fr").acceptEncodingHeader("gzip").disableFollowRedirect().shareConnections();

  private final Iterator<Map<String, Object>> learners =
      Stream.generate(() -> Map.<String, Object>of("username", "bench-learner-" + NEXT.incrementAndGet())).iterator();

  /** Picks, for each question on the page, the first option it offers: the answer each save sends. */
  private static Session answers(Session session) {
    List<String> inputs = session.getList("inputs");
    Map<String, String> first = new java.util.LinkedHashMap<>();
    for (String input : inputs) {
      String[] parts = input.split("\\|", 2);
      first.putIfAbsent(parts[0], parts[1]);
    }
    return session.set("answers", List.copyOf(first.entrySet())).set("seq", System.currentTimeMillis());
  }

  private final ScenarioBuilder exam =
      scenario("final test")
          .feed(learners)
          // A sign-in the server turns away as busy (it bounds the password checks it runs at
          // once) shows the sign-in page again: the learner waits a few seconds and retries.
          .exec(SignIn.chain(SIGN_IN_TRIES, PASSWORD, pause(Duration.ofSeconds(2), Duration.ofSeconds(6))))
          .exec(
              http("quiz page")
                  .get("/learn/quiz.xhtml?code=" + COURSE + "&quiz=" + QUIZ)
                  .check(status().is(200), css("form#quiz input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"), css("form#quiz", "action").saveAs("quizAction")))
          .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
          .exec(
              http("start")
                  .post("#{quizAction}")
                  .formParam("quiz", "quiz")
                  .formParam("quiz:start", "x")
                  .formParam("jakarta.faces.ViewState", "#{viewState}")
                  .check(status().is(302), header("Location").transform(l -> l.replaceAll(".*id=(\\d+).*", "$1")).saveAs("attempt")))
          .exec(
              http("attempt page")
                  .get("/learn/attempt.xhtml?id=#{attempt}")
                  .check(
                      status().is(200),
                      regex("name=\"q(\\d+)\" value=\"([^\"]+)\"").captureGroups(2).findAll().transform(groups -> groups.stream().map(g -> g.get(0) + "|" + g.get(1)).toList()).saveAs("inputs"),
                      css("form#attempt input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                      css("form#attempt", "action").saveAs("attemptAction")))
          .exec(ExamPeakSimulation::answers)
          .foreach("#{answers}", "answer")
          .on(
              pause(Duration.ofSeconds(THINK_MIN), Duration.ofSeconds(THINK_MAX))
                  .exec(session -> session.set("seq", session.getLong("seq") + 1).set("saved", false))
                  // A save that fails (a node gone, a balancer's 502) is tried again after 1-3 s,
                  // as the quiz page's script does; every try is one line of the saves file.
                  .asLongAs(session -> !session.getBoolean("saved") && session.getInt("saveTry") < SAVE_TRIES, "saveTry")
                  .on(
                      doIf(session -> session.getInt("saveTry") > 0)
                          .then(pause(Duration.ofSeconds(1), Duration.ofSeconds(3)))
                          .exec(session -> session.remove("saveStatus").remove("saveBody").set("t0", System.currentTimeMillis()))
                          .exec(
                              http("save answer")
                                  .put(session -> "/api/attempts/" + session.getString("attempt") + "/answers/" + ((Map.Entry<?, ?>) session.get("answer")).getKey())
                                  .header("Content-Type", "application/json")
                                  .body(io.gatling.javaapi.core.CoreDsl.StringBody(
                                      session -> "{\"seq\":" + session.getLong("seq") + ",\"answer\":\"" + ((Map.Entry<?, ?>) session.get("answer")).getValue() + "\"}"))
                                  .check(status().saveAs("saveStatus"), bodyString().saveAs("saveBody")))
                          .exec(ExamPeakSimulation::recordSave)))
          .exec(session -> session.set("submitted", false))
          .asLongAs(session -> !session.getBoolean("submitted") && session.getInt("submitTry") < 3, "submitTry")
          .on(
              exec(session -> session.remove("submitStatus").remove("submitLocation").set("t0", System.currentTimeMillis()))
                  .exec(
                      http("submit")
                          .post("#{attemptAction}")
                          .formParam("attempt", "attempt")
                          .formParam("attempt:submit", "x")
                          .formParam("jakarta.faces.ViewState", "#{viewState}")
                          .check(status().saveAs("submitStatus"), header("Location").optional().saveAs("submitLocation")))
                  .exec(ExamPeakSimulation::recordSubmit));

  private static final int SAVE_TRIES = Integer.getInteger("bench.save.tries", 10);
  private static final int SIGN_IN_TRIES = Integer.getInteger("bench.signin.tries", 20);
  private static final Saves SAVES = new Saves(System.getProperty("bench.saves"));

  /** One line per try of a save: when it was sent, how long it took, what came back. */
  private static Session recordSave(Session session) {
    int status = session.contains("saveStatus") ? session.getInt("saveStatus") : -1;
    String body = session.contains("saveBody") ? session.getString("saveBody") : "";
    boolean saved = status == 200 && body.contains("SAVED");
    // 401/403, a redirect or 404 (the attempt is not the caller's: nobody is signed in) mean the
    // learner's session was lost: they would be asked to sign in again.
    String outcome = saved ? "saved" : status == 401 || status == 403 || status == 302 || status == 404 ? "signed-out" : "error";
    SAVES.write(session.getLong("t0"), System.currentTimeMillis() - session.getLong("t0"), session.getString("username"),
        "save " + ((Map.Entry<?, ?>) session.get("answer")).getKey(), session.getInt("saveTry") + 1, status, outcome);
    return session.set("saved", saved);
  }

  private static Session recordSubmit(Session session) {
    int status = session.contains("submitStatus") ? session.getInt("submitStatus") : -1;
    String location = session.contains("submitLocation") ? session.getString("submitLocation") : "";
    boolean submitted = status == 302 && location.contains("review.xhtml");
    String outcome = submitted ? "saved" : location.contains("login") ? "signed-out" : "error";
    SAVES.write(session.getLong("t0"), System.currentTimeMillis() - session.getLong("t0"), session.getString("username"), "submit",
        session.getInt("submitTry") + 1, status, outcome);
    return session.set("submitted", submitted);
  }

  /** The saves file ({@code -Dbench.saves=path}): CSV, one line per request tried. */
  static final class Saves {
    private final java.io.PrintWriter out;

    Saves(String path) {
      try {
        out = path == null ? null : new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(java.nio.file.Path.of(path)), true);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      if (out != null) {
        out.println("sent_ms,latency_ms,learner,request,try,status,outcome");
      }
    }

    synchronized void write(long sent, long latency, String learner, String request, int attempt, int status, String outcome) {
      if (out != null) {
        out.println(sent + "," + latency + "," + learner + "," + request + "," + attempt + "," + status + "," + outcome);
      }
    }

    synchronized void close() {
      if (out != null) {
        out.close();
      }
    }
  }

  @Override
  public void after() {
    SAVES.close();
  }

  @Override
  public void before() {
    createLearners();
  }

  /** Writes the learners' accounts (one password hash shared by all) unless they exist. */
  private static void createLearners() {
    String hash = PasswordHasher.hash(PASSWORD);
    try (Connection db = DriverManager.getConnection(JDBC, JDBC_USER, JDBC_PASSWORD)) {
      db.setAutoCommit(false);
      try (PreparedStatement exists = db.prepareStatement("SELECT COUNT(*) FROM account WHERE username = ?");
          PreparedStatement account = db.prepareStatement(
              "INSERT INTO account (id, username, display_name, preferred_language, password_hash, must_change_password, active, all_countries, session_epoch, created_at, version)"
                  + " VALUES (?, ?, ?, 'FR', ?, FALSE, TRUE, FALSE, 0, ?, 1)");
          PreparedStatement role = db.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'LEARNER')");
          Statement sequence = db.createStatement()) {
        for (int i = 1; i <= LEARNERS; i++) {
          String username = "bench-learner-" + i;
          exists.setString(1, username);
          try (ResultSet count = exists.executeQuery()) {
            count.next();
            if (count.getLong(1) > 0) {
              continue;
            }
          }
          long id;
          try (ResultSet next = sequence.executeQuery(JDBC.startsWith("jdbc:postgresql:") ? "SELECT nextval('account_seq')" : "SELECT NEXT VALUE FOR account_seq")) {
            next.next();
            id = next.getLong(1);
          }
          account.setLong(1, id);
          account.setString(2, username);
          account.setString(3, "Bench learner " + i);
          account.setString(4, hash);
          account.setObject(5, OffsetDateTime.now());
          account.executeUpdate();
          role.setLong(1, id);
          role.executeUpdate();
        }
      }
      db.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the bench learners into " + JDBC + " (is the server started with AUTO_SERVER=TRUE?)", e);
    }
  }

  {
    setUp(exam.injectOpen(rampUsers(LEARNERS).during(Duration.ofSeconds(RAMP_SECONDS))))
        .protocols(protocol);
  }
}

package org.rightsacademy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.assessment.RightAnswers;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.SchemaMigration;
import org.rightsacademy.platform.WebClient;

/**
 * Completion follows a learner through the real services — enrolled, lessons finished, module quiz
 * and final test passed — and a rebuild from the raw records finds the table exactly right, or puts
 * right a row that was wrong or missing.
 */
@ExtendWith(ArquillianExtension.class)
class CompletionIT {

  @EJB private AccountService accounts;
  @EJB private ProgressService progress;
  @EJB private AttemptService attempts;
  @EJB private CompletionTracker tracker;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @ArquillianResource private URL base;

  private static final String PASSWORD = "completion integration test";
  private static final String LESSON = "basics/definition";

  private long learner(String username) {
    return accounts
        .findByUsername(username)
        .orElseGet(
            () ->
                accounts.createWithPassword(
                    new AccountDraft(
                        username,
                        username,
                        null,
                        "JO",
                        null,
                        null,
                        Language.EN,
                        EnumSet.of(Role.LEARNER),
                        Scope.NONE),
                    PASSWORD,
                    false))
        .getId();
  }

  private CompletionRule.Outcome outcome(Enrolment enrolment) {
    return tracker.find(enrolment.getId()).orElseThrow().outcome();
  }

  private QuizAttempt pass(long account, String quiz) {
    Enrolment enrolment = progress.find(account, "sample").orElseThrow();
    QuizAttempt attempt =
        attempts.start(account, "sample", enrolment.getCourseVersionId(), quiz, Language.EN);
    RightAnswers.answerAll(attempts, account, attempt);
    return attempts.submit(account, attempt.getId(), Map.of());
  }

  @Test
  void completionFollowsTheLearnerAndARebuildFindsNothingToCorrect() throws SQLException {
    long account = learner("it-completion");
    Enrolment enrolment = progress.enrol(account, "sample");
    assertEquals(
        new CompletionRule.Outcome(CompletionRule.Status.NOT_STARTED, 0, 2, 0, 2, false, null),
        outcome(enrolment));

    progress.complete(account, "sample", "basics/definition");
    progress.complete(account, "sample", "basics/categories");
    assertEquals(CompletionRule.Status.IN_PROGRESS, outcome(enrolment).status());
    assertEquals(2, outcome(enrolment).lessonsDone());

    pass(account, "basics");
    assertEquals(
        1, outcome(enrolment).quizzesPassed(), "the module quiz, once its grade is committed");
    QuizAttempt finalTest = pass(account, "final-test");
    CompletionRule.Outcome done = outcome(enrolment);
    assertEquals(CompletionRule.Status.COMPLETED, done.status());
    assertEquals(
        attempts.attempt(account, finalTest.getId()).getSubmittedAt().orElseThrow(),
        done.completedAt(),
        "completed when the last requirement was met");

    // The rebuild reads every enrolment of the shared test database, whatever other tests made
    // before this one: every write path keeps its completion as a rebuild computes it.
    Map<Long, CompletionTracker.Row> before = tracker.snapshot();
    CompletionTracker.Rebuild rebuilt = tracker.rebuild();
    Map<Long, CompletionTracker.Row> after = tracker.snapshot();
    assertEquals(
        before.get(enrolment.getId()),
        after.get(enrolment.getId()),
        "the live completion is the one a rebuild computes: nothing to correct");
    assertTrue(
        rebuilt.corrected() == 0 && rebuilt.created() == 0,
        () ->
            "a rebuild finds nothing to correct anywhere, yet "
                + rebuilt
                + ":\n"
                + changed(before, after));
    try (Connection connection = dataSource.getConnection()) {
      connection
          .createStatement()
          .executeUpdate(
              "UPDATE course_completion SET status = 'NOT_STARTED', completed_at = NULL WHERE enrolment_id = "
                  + enrolment.getId());
      long other = progress.enrol(learner("it-completion-2"), "sample").getId();
      connection
          .createStatement()
          .executeUpdate("DELETE FROM course_completion WHERE enrolment_id = " + other);
    }
    CompletionTracker.Rebuild repaired = tracker.rebuild();
    assertEquals(1, repaired.created(), "the missing row is made again");
    assertEquals(1, repaired.corrected(), "the wrong row is put right");
    assertEquals(before.get(enrolment.getId()), tracker.snapshot().get(enrolment.getId()));
    CompletionTracker.Row row = tracker.snapshot().get(enrolment.getId());
    assertNotNull(row.outcome().completedAt());
    assertEquals("JO", row.facts().country(), "no workshop: the learner's own country");
    assertEquals(100.0, row.facts().finalScore(), "the final test's grade");
    assertNotNull(row.facts().secondsToComplete());
  }

  /** The rows a rebuild changed, each with its learner and course, before and after. */
  private String changed(
      Map<Long, CompletionTracker.Row> before, Map<Long, CompletionTracker.Row> after) {
    StringBuilder rows = new StringBuilder();
    after.forEach(
        (id, row) -> {
          if (!row.equals(before.get(id))) {
            rows.append("  enrolment ")
                .append(id)
                .append(" (")
                .append(whose(id))
                .append("): ")
                .append(before.get(id))
                .append(" -> ")
                .append(row)
                .append('\n');
          }
        });
    return rows.toString();
  }

  private String whose(long enrolmentId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT a.username, e.course_code FROM enrolment e JOIN account a ON a.id = e.account_id WHERE e.id = ?")) {
      query.setLong(1, enrolmentId);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) + " in " + row.getString(2) : "?";
      }
    } catch (SQLException e) {
      return e.toString();
    }
  }

  private WebClient signedIn(String username) {
    WebClient browser = new WebClient(base);
    assertEquals(302, browser.signIn(username, PASSWORD).statusCode(), "signed in");
    return browser;
  }

  private static String lessonPage() {
    return "learn/lesson.xhtml?code=sample&lesson=" + LESSON.replace("/", "%2F");
  }

  @Test
  void openingALessonShowsItWithoutEnrolling() {
    long account = learner("it-lesson-visitor");
    HttpResponse<String> page = signedIn("it-lesson-visitor").get(lessonPage());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("lesson-text"), "the lesson is shown");
    assertTrue(progress.find(account, "sample").isEmpty(), "a GET enrols nobody");
  }

  @Test
  void twentySimultaneousOpensOfOneLessonAllAnswerAndRecordItOnce() throws Exception {
    long account = learner("it-lesson-tabs");
    Enrolment enrolment = progress.enrol(account, "sample");
    WebClient browser = signedIn("it-lesson-tabs");
    int opens = 20;
    CyclicBarrier together = new CyclicBarrier(opens);
    ExecutorService tabs = Executors.newFixedThreadPool(opens);
    try {
      List<Future<HttpResponse<String>>> pages = new ArrayList<>();
      for (int i = 0; i < opens; i++) {
        pages.add(
            tabs.submit(
                () -> {
                  together.await();
                  return browser.get(lessonPage());
                }));
      }
      for (Future<HttpResponse<String>> page : pages) {
        HttpResponse<String> answer = page.get(5, TimeUnit.MINUTES);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("lesson-text"), "the lesson, not an error page");
      }
    } finally {
      tabs.shutdownNow();
    }
    Enrolment after = progress.find(account, "sample").orElseThrow();
    assertEquals(enrolment.getId(), after.getId(), "still the one enrolment");
    assertEquals(Enrolment.LessonStatus.IN_PROGRESS, after.status(LESSON));
    assertEquals(LESSON, after.lastLesson().orElseThrow(), "the place to continue from");
    assertEquals(
        CompletionRule.Status.IN_PROGRESS, outcome(after).status(), "the course counts as started");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement rows =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ? AND lesson = ?")) {
      rows.setLong(1, after.getId());
      rows.setString(2, LESSON);
      try (ResultSet count = rows.executeQuery()) {
        assertTrue(count.next());
        assertEquals(1, count.getInt(1), "the lesson is recorded once");
      }
    }
  }

  /**
   * Submits an attempt at the sample course's quiz with the right answer to the first {@code right}
   * questions only.
   */
  private QuizAttempt take(long account, String quiz, int right) {
    Enrolment enrolment = progress.find(account, "sample").orElseThrow();
    QuizAttempt attempt =
        attempts.start(account, "sample", enrolment.getCourseVersionId(), quiz, Language.EN);
    var course = attempts.course(attempt);
    for (var item : attempts.items(attempt.getId())) {
      if (item.getPosition() <= right) {
        var question =
            org.rightsacademy.assessment.Paper.question(
                    course, item.getOriginQuiz(), item.getQuestionId())
                .orElseThrow();
        attempts.save(
            account, attempt.getId(), item.getPosition(), 10, RightAnswers.rightAnswer(question));
      }
    }
    return attempts.submit(account, attempt.getId(), Map.of());
  }

  private static String text(String html, String id) {
    int at = html.indexOf("id=\"" + id + "\"");
    assertTrue(at >= 0, "no element " + id + " in " + html);
    return html.substring(html.indexOf('>', at) + 1, html.indexOf("</", at))
        .replaceAll("\\s+", " ")
        .strip();
  }

  @Test
  void knowledgeGainReadsTheSameOnTheReviewTheTranscriptAndTheDashboard() throws SQLException {
    long account = learner("it-gain");
    Enrolment enrolment = progress.enrol(account, "sample");
    QuizAttempt firstStarted = take(account, "pre-test", 1);
    QuizAttempt secondStarted = take(account, "pre-test", 0);
    take(account, "final-test", 1);
    QuizAttempt retaken = take(account, "final-test", 2);
    assertEquals(50.0, firstStarted.getPercent());
    assertEquals(0.0, secondStarted.getPercent());
    assertEquals(100.0, retaken.getPercent());
    // The second pre-test attempt counts as submitted first (as a clock set right between the two
    // would have it): "first" must mean the same attempt everywhere.
    try (Connection connection = dataSource.getConnection();
        PreparedStatement earlier =
            connection.prepareStatement(
                "UPDATE quiz_attempt SET submitted_at = (SELECT MIN(started_at) FROM quiz_attempt WHERE id = ?) WHERE id = ?")) {
      earlier.setLong(1, firstStarted.getId());
      earlier.setLong(2, secondStarted.getId());
      assertEquals(1, earlier.executeUpdate());
    }
    // The rebuild puts right this learner's row (its attempt was moved above) and nothing else.
    Map<Long, CompletionTracker.Row> before = tracker.snapshot();
    tracker.rebuild();
    Map<Long, CompletionTracker.Row> after = tracker.snapshot();
    after.keySet().removeIf(id -> id == enrolment.getId().longValue());
    before.keySet().removeIf(id -> id == enrolment.getId().longValue());
    assertEquals(before, after, () -> "other rows the rebuild changed:\n" + changed(before, after));

    double dashboard;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement row =
            connection.prepareStatement(
                "SELECT final_score - pre_score FROM course_completion WHERE enrolment_id = ?")) {
      row.setLong(1, enrolment.getId());
      try (ResultSet gain = row.executeQuery()) {
        assertTrue(gain.next());
        dashboard = gain.getDouble(1);
      }
    }
    assertEquals(
        100.0,
        dashboard,
        "final grade (highest, 100) minus the first submitted pre-test score (0): what the dashboard averages");

    String review =
        text(signedIn("it-gain").get("learn/review.xhtml?id=" + retaken.getId()).body(), "gain");
    assertEquals("Knowledge gain: 100 points (pre-test 0%, final test 100%)", review);

    accounts
        .findByUsername("it-gain-admin")
        .orElseGet(
            () ->
                accounts.createWithPassword(
                    new AccountDraft(
                        "it-gain-admin",
                        "Admin",
                        null,
                        null,
                        null,
                        null,
                        Language.EN,
                        EnumSet.of(Role.ADMIN),
                        Scope.ALL),
                    PASSWORD,
                    false));
    String transcript =
        signedIn("it-gain-admin").get("teach/transcript.xhtml?account=" + account).body();
    assertTrue(
        transcript.contains("pre-test 0 % · final test 100 % · knowledge gain 100 points"),
        transcript);
  }

  @Test
  void aFinalTestAllowsThreeAttemptsAndShowsItsAnswersOnlyOncePassedOrUsedUp() {
    long account = learner("it-final-limit");
    progress.enrol(account, "sample");
    QuizAttempt failed = take(account, "final-test", 1);
    assertTrue(!failed.isPassed());
    String hidden =
        signedIn("it-final-limit").get("learn/review.xhtml?id=" + failed.getId()).body();
    assertTrue(hidden.contains("once you pass, or once you have used all your attempts"), hidden);
    assertTrue(
        !hidden.contains("correct-answer")
            && !hidden.contains("Correct answer")
            && !hidden.contains("chosen correct"),
        "a failed final test with attempts left gives no answer away: " + hidden);
    assertEquals(
        java.util.OptionalInt.of(2), attempts.attemptsLeft(account, "sample", "final-test"));
    assertEquals(
        java.util.OptionalInt.empty(),
        attempts.attemptsLeft(account, "sample", "pre-test"),
        "the pre-test has no limit");
    take(account, "final-test", 0);
    QuizAttempt passed = take(account, "final-test", 2);
    assertTrue(passed.isPassed());
    String shown = signedIn("it-final-limit").get("learn/review.xhtml?id=" + passed.getId()).body();
    assertTrue(
        shown.contains("chosen correct"), "once passed, the keyed answers are marked: " + shown);
    Enrolment enrolment = progress.find(account, "sample").orElseThrow();
    Throwable refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            Exception.class,
            () ->
                attempts.start(
                    account, "sample", enrolment.getCourseVersionId(), "final-test", Language.EN),
            "a fourth attempt");
    while (refused != null && !(refused instanceof org.rightsacademy.assessment.AttemptException)) {
      refused =
          refused instanceof jakarta.ejb.EJBException ejb && ejb.getCausedByException() != null
              ? ejb.getCausedByException()
              : refused.getCause();
    }
    assertNotNull(refused, "refused by the service");
    assertEquals(
        org.rightsacademy.assessment.AttemptException.Reason.NO_ATTEMPTS_LEFT,
        ((org.rightsacademy.assessment.AttemptException) refused).reason());
    assertEquals(
        3, attempts.attempts(account, "sample", "final-test").size(), "no fourth attempt was made");
    assertEquals(
        java.util.OptionalInt.of(0), attempts.attemptsLeft(account, "sample", "final-test"));

    long other = learner("it-final-used-up");
    progress.enrol(other, "sample");
    take(other, "final-test", 0);
    take(other, "final-test", 1);
    QuizAttempt last = take(other, "final-test", 1);
    String usedUp =
        signedIn("it-final-used-up").get("learn/review.xhtml?id=" + last.getId()).body();
    assertTrue(
        usedUp.contains("correct-answer"),
        "no attempt left: the learner may learn from the answers: " + usedUp);
  }

  @Test
  void submittingWithBlankQuestionsWithoutScriptAsksFirstSayingHowMany() {
    long account = learner("it-blank-submit");
    Enrolment enrolment = progress.enrol(account, "sample");
    QuizAttempt attempt =
        attempts.start(account, "sample", enrolment.getCourseVersionId(), "basics", Language.EN);
    int questions = attempts.items(attempt.getId()).size();
    WebClient browser = signedIn("it-blank-submit");
    String page = "learn/attempt.xhtml?id=" + attempt.getId();
    HttpResponse<String> asked = browser.submit(page, "attempt", Map.of(), "attempt:submit");
    assertEquals(200, asked.statusCode(), "the page asks first");
    assertTrue(
        asked.body().contains("Questions without an answer: " + questions + "."),
        "saying how many");
    assertTrue(!attempts.attempt(account, attempt.getId()).isSubmitted(), "nothing submitted yet");

    HttpResponse<String> anyway =
        browser.submit(
            new WebClient.Form(page, "attempt", asked.body()), Map.of(), "attempt:anyway");
    assertEquals(302, anyway.statusCode(), anyway.body());
    assertTrue(
        attempts.attempt(account, attempt.getId()).isSubmitted(), "submitted once confirmed");
  }
}

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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.assessment.RightAnswers;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.SchemaMigration;
import org.rightsacademy.platform.WebClient;

/**
 * Completion follows a learner through the real services — enrolled, lessons finished, module
 * quiz and final test passed — and a rebuild from the raw records finds the table exactly right,
 * or puts right a row that was wrong or missing.
 */
@ExtendWith(ArquillianExtension.class)
class CompletionIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.shippedWar().addClasses(CompletionIT.class, RightAnswers.class, WebClient.class, WebClient.Form.class, Deployments.class);
  }

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
    return accounts.findByUsername(username)
        .orElseGet(() -> accounts.createWithPassword(
            new AccountDraft(username, username, null, "JO", null, null, Language.EN, EnumSet.of(Role.LEARNER), Scope.NONE),
            PASSWORD, false))
        .getId();
  }

  private CompletionRule.Outcome outcome(Enrolment enrolment) {
    return tracker.find(enrolment.getId()).orElseThrow().outcome();
  }

  private QuizAttempt pass(long account, String quiz) {
    Enrolment enrolment = progress.find(account, "sample").orElseThrow();
    QuizAttempt attempt = attempts.start(account, "sample", enrolment.getCourseVersionId(), quiz, Language.EN);
    RightAnswers.answerAll(attempts, account, attempt);
    return attempts.submit(account, attempt.getId(), Map.of());
  }

  @Test
  void completionFollowsTheLearnerAndARebuildFindsNothingToCorrect() throws SQLException {
    long account = learner("it-completion");
    Enrolment enrolment = progress.enrol(account, "sample");
    assertEquals(new CompletionRule.Outcome(CompletionRule.Status.NOT_STARTED, 0, 2, 0, 2, false, null), outcome(enrolment));

    progress.complete(account, "sample", "basics/definition");
    progress.complete(account, "sample", "basics/categories");
    assertEquals(CompletionRule.Status.IN_PROGRESS, outcome(enrolment).status());
    assertEquals(2, outcome(enrolment).lessonsDone());

    pass(account, "basics");
    assertEquals(1, outcome(enrolment).quizzesPassed(), "the module quiz, once its grade is committed");
    QuizAttempt finalTest = pass(account, "final-test");
    CompletionRule.Outcome done = outcome(enrolment);
    assertEquals(CompletionRule.Status.COMPLETED, done.status());
    assertEquals(attempts.attempt(account, finalTest.getId()).getSubmittedAt().orElseThrow(), done.completedAt(),
        "completed when the last requirement was met");

    Map<Long, CompletionTracker.Row> before = tracker.snapshot();
    assertEquals(new CompletionTracker.Rebuild(before.size(), 0, 0), tracker.rebuild(), "nothing to create or correct");
    assertEquals(before, tracker.snapshot());

    try (Connection connection = dataSource.getConnection()) {
      connection.createStatement().executeUpdate("UPDATE course_completion SET status = 'NOT_STARTED', completed_at = NULL WHERE enrolment_id = " + enrolment.getId());
      long other = progress.enrol(learner("it-completion-2"), "sample").getId();
      connection.createStatement().executeUpdate("DELETE FROM course_completion WHERE enrolment_id = " + other);
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
        pages.add(tabs.submit(() -> {
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
    assertEquals(CompletionRule.Status.IN_PROGRESS, outcome(after).status(), "the course counts as started");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement rows = connection.prepareStatement("SELECT COUNT(*) FROM lesson_progress WHERE enrolment_id = ? AND lesson = ?")) {
      rows.setLong(1, after.getId());
      rows.setString(2, LESSON);
      try (ResultSet count = rows.executeQuery()) {
        assertTrue(count.next());
        assertEquals(1, count.getInt(1), "the lesson is recorded once");
      }
    }
  }

  @Test
  void submittingWithBlankQuestionsWithoutScriptAsksFirstSayingHowMany() {
    long account = learner("it-blank-submit");
    Enrolment enrolment = progress.enrol(account, "sample");
    QuizAttempt attempt = attempts.start(account, "sample", enrolment.getCourseVersionId(), "basics", Language.EN);
    int questions = attempts.items(attempt.getId()).size();
    WebClient browser = signedIn("it-blank-submit");
    String page = "learn/attempt.xhtml?id=" + attempt.getId();
    HttpResponse<String> asked = browser.submit(page, "attempt", Map.of(), "attempt:submit");
    assertEquals(200, asked.statusCode(), "the page asks first");
    assertTrue(asked.body().contains("Questions without an answer: " + questions + "."), "saying how many");
    assertTrue(!attempts.attempt(account, attempt.getId()).isSubmitted(), "nothing submitted yet");

    HttpResponse<String> anyway = browser.submit(new WebClient.Form(page, "attempt", asked.body()), Map.of(), "attempt:anyway");
    assertEquals(302, anyway.statusCode(), anyway.body());
    assertTrue(attempts.attempt(account, attempt.getId()).isSubmitted(), "submitted once confirmed");
  }
}

package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Language;

/**
 * Attempts inside the server, on the sample course's module quiz (every question type): saves that
 * arrive twice or out of order, answers that do not fit, fifty simultaneous submissions that grade
 * once. (Knowledge gain belongs to the completion: see CompletionIT.)
 */
@ExtendWith(ArquillianExtension.class)
class AttemptsIT {

  @EJB private AttemptService attempts;
  @EJB private GradingService grading;
  @EJB private AccountService accounts;
  @EJB private CourseCatalog catalog;
  @Inject private GradedEvents events;
  @EJB private org.rightsacademy.platform.AuditLog audit;

  private long learner(String username) {
    return accounts
        .findByUsername(username)
        .orElseGet(
            () ->
                accounts.createWithPassword(
                    new AccountDraft(
                        username,
                        "Learner " + username,
                        null,
                        null,
                        null,
                        null,
                        Language.EN,
                        EnumSet.of(Role.LEARNER),
                        Scope.NONE),
                    "quiz attempts integration test",
                    false))
        .getId();
  }

  private CourseCatalog.Published sample() {
    return catalog.latest("sample").orElseThrow();
  }

  private void answerAllRight(long account, QuizAttempt attempt) {
    RightAnswers.answerAll(attempts, account, attempt);
  }

  @Test
  void aLaterSaveWinsAndLateOrRepeatedSavesChangeNothing() {
    long account = learner("it-attempt-saves");
    QuizAttempt attempt =
        attempts.start(account, "sample", sample().versionId(), "basics", Language.EN);
    assertEquals(
        SaveResult.Outcome.SAVED,
        attempts.save(account, attempt.getId(), 1, 5, "nationals").outcome());
    assertEquals(
        SaveResult.Outcome.SAVED,
        attempts.save(account, attempt.getId(), 1, 7, "non-nationals").outcome());
    SaveResult late = attempts.save(account, attempt.getId(), 1, 6, "tourists");
    assertEquals(SaveResult.Outcome.ALREADY_SAVED, late.outcome());
    assertEquals(7, late.seq(), "the reply names the save that is stored");
    assertEquals(
        SaveResult.Outcome.ALREADY_SAVED,
        attempts.save(account, attempt.getId(), 1, 7, "non-nationals").outcome(),
        "a repeat");
    assertEquals(
        "non-nationals", attempts.items(attempt.getId()).get(0).getResponse().orElseThrow());
    assertEquals(
        attempt.getId(),
        attempts.start(account, "sample", sample().versionId(), "basics", Language.EN).getId(),
        "starting again resumes the open attempt");
  }

  @Test
  void anAnswerThatDoesNotFitItsQuestionIsRefusedAndAnotherLearnersAttemptIsNotFound() {
    long account = learner("it-attempt-refusals");
    QuizAttempt attempt =
        attempts.start(account, "sample", sample().versionId(), "basics", Language.EN);
    AttemptException wrongOption =
        unwrap(
            assertThrows(
                Exception.class, () -> attempts.save(account, attempt.getId(), 1, 1, "martians")));
    assertEquals(AttemptException.Reason.INVALID_ANSWER, wrongOption.reason());
    AttemptException twoOnSingle =
        unwrap(
            assertThrows(
                Exception.class,
                () -> attempts.save(account, attempt.getId(), 1, 2, "nationals,non-nationals")));
    assertEquals(AttemptException.Reason.INVALID_ANSWER, twoOnSingle.reason());
    long other = learner("it-attempt-intruder");
    AttemptException notYours =
        unwrap(
            assertThrows(
                Exception.class,
                () -> attempts.save(other, attempt.getId(), 1, 3, "non-nationals")));
    assertEquals(AttemptException.Reason.NOT_FOUND, notYours.reason());
    assertTrue(
        attempts.items(attempt.getId()).get(0).getResponse().isEmpty(), "nothing was stored");
  }

  @Test
  void fiftySimultaneousSubmissionsGradeOnceAndFireOneEvent() throws Exception {
    long account = learner("it-attempt-fifty");
    QuizAttempt attempt =
        attempts.start(account, "sample", sample().versionId(), "basics", Language.EN);
    answerAllRight(account, attempt);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<QuizAttempt>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        Callable<QuizAttempt> submit =
            () -> {
              go.await();
              return attempts.submit(account, attempt.getId(), Map.of());
            };
        results.add(pool.submit(submit));
      }
      go.countDown();
      for (Future<QuizAttempt> result : results) {
        QuizAttempt graded = result.get();
        assertTrue(graded.isSubmitted());
        assertEquals(100.0, graded.getPercent());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, events.count(attempt.getId()), "one grade, one event");
    assertEquals(
        SaveResult.Outcome.CLOSED,
        attempts.save(account, attempt.getId(), 1, 99, "nationals").outcome(),
        "no answer after submission");
    assertEquals(1.0, attempts.items(attempt.getId()).get(0).getScore().orElseThrow());
  }

  @Test
  void aShippedFinalTestShowsEachAttemptItsOwnOptionOrderFrozenUntilTheReview() {
    CourseCatalog.Published borders = catalog.latest("borders").orElseThrow();
    Map<Long, List<List<String>>> orders = new java.util.LinkedHashMap<>();
    boolean anyShuffled = false;
    for (int n = 1; n <= 6; n++) {
      long account = learner("it-attempt-shuffle-" + n);
      QuizAttempt attempt =
          attempts.start(account, "borders", borders.versionId(), "final-test", Language.EN);
      CoursePackage course = attempts.course(attempt);
      List<List<String>> shown = new ArrayList<>();
      for (AttemptItem item : attempts.items(attempt.getId())) {
        Question question =
            Paper.question(course, item.getOriginQuiz(), item.getQuestionId()).orElseThrow();
        assertEquals(
            java.util.Set.copyOf(question.options()),
            java.util.Set.copyOf(item.getOptionOrder()),
            "every option, once: " + question.id());
        boolean choice =
            question.type() == CoursePackage.QuestionType.SINGLE
                || question.type() == CoursePackage.QuestionType.MULTIPLE;
        anyShuffled |= choice && !item.getOptionOrder().equals(question.options());
        shown.add(item.getOptionOrder());
      }
      orders.put(attempt.getId(), shown);
      QuizAttempt resumed =
          attempts.start(account, "borders", borders.versionId(), "final-test", Language.EN);
      assertEquals(
          attempt.getId(),
          resumed.getId(),
          "starting again (a reload, another device) resumes the attempt");
      assertEquals(
          shown,
          attempts.items(resumed.getId()).stream().map(AttemptItem::getOptionOrder).toList(),
          "in the same order");
      answerAllRight(account, attempt);
      assertEquals(
          100.0,
          attempts.submit(account, attempt.getId(), Map.of()).getPercent(),
          "right answers by option id score full whatever the order");
      List<PaperView.QuestionView> review =
          PaperView.of(course, "final-test", attempts.items(attempt.getId()), Language.EN, true);
      for (int i = 0; i < review.size(); i++) {
        if (review.get(i).isChoice()) {
          assertEquals(
              shown.get(i),
              review.get(i).choices().stream().map(PaperView.Choice::id).toList(),
              "the review shows the order the learner saw");
        }
      }
    }
    assertTrue(
        anyShuffled, "the choice options of a quiz that says nothing are shuffled: " + orders);
    assertTrue(
        new java.util.HashSet<>(orders.values()).size() > 1,
        "each attempt has its own order: " + orders);
  }

  @Test
  void aLearnerMeetsNoPreTestQuestionAgainInTheFinalTestAndAPreTestRetakeKeepsItsQuestions() {
    Map<String, byte[]> files = catalog.files(sample().versionId()).orElseThrow().contents();
    java.util.function.BiConsumer<String, java.util.function.UnaryOperator<String>> edit =
        (path, change) ->
            files.put(
                path,
                change
                    .apply(new String(files.get(path), java.nio.charset.StandardCharsets.UTF_8))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    edit.accept("course.yaml", t -> t.replace("code: sample", "code: sample-parallel"));
    for (String path :
        List.of(
            "quizzes/final-test.yaml",
            "quizzes/final-test.en.yaml",
            "quizzes/final-test.ar.yaml")) {
      edit.accept(
          path,
          t ->
              t.replace("who-is-covered", "who-is-covered-again")
                  .replace("part-three", "part-three-again"));
    }
    for (String path : List.of("quizzes/pre-test.yaml", "quizzes/final-test.yaml")) {
      edit.accept(
          path,
          t ->
              t.replace(
                      "    correct: non-nationals\n",
                      "    correct: non-nationals\n    objective: scope\n")
                  .replace(
                      "    correct: \"true\"\n",
                      "    correct: \"true\"\n    objective: rights-of-all\n"));
    }
    assertEquals(
        List.of(),
        catalog
            .load(org.rightsacademy.catalog.PackageFiles.of(files), "AttemptsIT parallel items")
            .problems());
    long version = catalog.latest("sample-parallel").orElseThrow().versionId();
    long account = learner("it-attempt-parallel");
    QuizAttempt pre = attempts.start(account, "sample-parallel", version, "pre-test", Language.EN);
    java.util.Set<String> preIds = questionIds(pre);
    assertEquals(2, preIds.size(), "one question per objective: " + preIds);
    answerAllRight(account, pre);
    assertEquals(
        100.0,
        attempts.submit(account, pre.getId(), Map.of()).getPercent(),
        "items written in the final test are graded in the pre-test");
    QuizAttempt fin =
        attempts.start(account, "sample-parallel", version, "final-test", Language.EN);
    java.util.Set<String> finIds = questionIds(fin);
    assertEquals(2, finIds.size());
    assertTrue(
        java.util.Collections.disjoint(preIds, finIds),
        "no question of the pre-test in the final test: " + preIds + " " + finIds);
    answerAllRight(account, fin);
    assertEquals(100.0, attempts.submit(account, fin.getId(), Map.of()).getPercent());
    QuizAttempt preAgain =
        attempts.start(account, "sample-parallel", version, "pre-test", Language.EN);
    assertEquals(preIds, questionIds(preAgain), "a pre-test retake shows the same questions");
  }

  private java.util.Set<String> questionIds(QuizAttempt attempt) {
    return attempts.items(attempt.getId()).stream()
        .map(AttemptItem::getQuestionId)
        .collect(java.util.stream.Collectors.toSet());
  }

  private static AttemptException unwrap(Exception e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof AttemptException)) {
      cause =
          cause instanceof EJBException ejb && ejb.getCausedByException() != null
              ? ejb.getCausedByException()
              : cause.getCause();
    }
    if (cause == null) {
      throw new AssertionError("not an AttemptException", e);
    }
    return (AttemptException) cause;
  }

  @Test
  void aCheckedAnswerIsGradedAtOnceAndFinalWhereTheQuizGivesImmediateFeedback() {
    long account = learner("it-attempt-check");
    QuizAttempt attempt =
        attempts.start(account, "sample", sample().versionId(), "basics", Language.EN);
    assertEquals(0.0, attempts.check(account, attempt.getId(), 1, 3, "nationals"));
    assertEquals(
        SaveResult.Outcome.LOCKED,
        attempts.save(account, attempt.getId(), 1, 4, "non-nationals").outcome(),
        "no second try");
    assertEquals(
        0.0,
        attempts.check(account, attempt.getId(), 1, 5, "non-nationals"),
        "checking again changes nothing");
    QuizAttempt pre =
        attempts.start(account, "sample", sample().versionId(), "pre-test", Language.EN);
    AttemptException probing =
        unwrap(
            assertThrows(
                Exception.class, () -> attempts.check(account, pre.getId(), 1, 1, "nationals")));
    assertEquals(
        AttemptException.Reason.INVALID_ANSWER,
        probing.reason(),
        "no checking where feedback comes after submission");
  }

  @Test
  void aTrainersScoreChangeRecomputesTheAttemptAndIsAudited() {
    long account = learner("it-attempt-regrade");
    QuizAttempt attempt =
        attempts.start(account, "sample", sample().versionId(), "basics", Language.EN);
    answerAllRight(account, attempt);
    assertEquals(100.0, attempts.submit(account, attempt.getId(), Map.of()).getPercent());
    org.rightsacademy.people.Account admin =
        accounts
            .findByUsername("it-attempt-admin")
            .orElseGet(
                () ->
                    accounts.createWithPassword(
                        new AccountDraft(
                            "it-attempt-admin",
                            "Admin",
                            null,
                            null,
                            null,
                            null,
                            Language.EN,
                            EnumSet.of(Role.ADMIN),
                            Scope.ALL),
                        "quiz attempts integration test",
                        false));
    assertEquals(
        AttemptException.Reason.INVALID_ANSWER,
        unwrap(
                assertThrows(
                    Exception.class,
                    () -> grading.changeScore(admin, attempt.getId(), 1, 120, "typo")))
            .reason());
    assertEquals(
        AttemptException.Reason.INVALID_ANSWER,
        unwrap(
                assertThrows(
                    Exception.class, () -> grading.changeScore(admin, attempt.getId(), 1, 0, " ")))
            .reason(),
        "a reason is required");
    QuizAttempt changed =
        grading.changeScore(admin, attempt.getId(), 1, 0, "the question was found faulty");
    assertEquals(83.33, changed.getPercent());
    assertTrue(changed.isPassed());
    assertEquals(0.0, attempts.items(attempt.getId()).get(0).getScore().orElseThrow());
    org.rightsacademy.platform.AuditEvent event =
        audit.latest(GradingService.GRADE_CHANGED, 1).get(0);
    assertTrue(
        event.getSubject().contains("attempt " + attempt.getId())
            && event.getDetail().contains("the question was found faulty"),
        event.getDetail());
    assertEquals(2, events.count(attempt.getId()), "graded at submission, and again at the change");
  }
}

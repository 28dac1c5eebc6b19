package org.rightsacademy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.progress.CompletionRule.Attempt;
import org.rightsacademy.progress.CompletionRule.Outcome;
import org.rightsacademy.progress.CompletionRule.Status;

/** Completion: every lesson, every module quiz and the final test; the pre-test never counts. */
class CompletionRuleTest {

  private static final CoursePackage SAMPLE =
      PackageReader.read(PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")))
          .course()
          .orElseThrow();
  private static final Instant DAY = Instant.parse("2026-03-02T09:00:00Z");

  private static Instant at(int hours) {
    return DAY.plusSeconds(hours * 3600L);
  }

  private static Map<String, Instant> allLessons(int hours) {
    return new HashMap<>(Map.of("basics/definition", at(1), "basics/categories", at(hours)));
  }

  private static Map<String, List<Attempt>> passedBoth(int moduleHours, int finalHours) {
    return new HashMap<>(
        Map.of(
            "basics", List.of(new Attempt(80, at(moduleHours))),
            "final-test", List.of(new Attempt(90, at(finalHours)))));
  }

  @Test
  void everyLessonEveryModuleQuizAndTheFinalTestCompleteTheCourseWhenTheLastOfThemIsMet() {
    Outcome outcome = CompletionRule.evaluate(SAMPLE, allLessons(2), true, passedBoth(3, 5), true);
    assertEquals(Status.COMPLETED, outcome.status());
    assertEquals(at(5), outcome.completedAt(), "the final test was the last requirement");
    assertEquals(new Outcome(Status.COMPLETED, 2, 2, 2, 2, true, at(5)), outcome);

    Outcome lessonLast =
        CompletionRule.evaluate(SAMPLE, allLessons(9), true, passedBoth(3, 5), true);
    assertEquals(
        at(9), lessonLast.completedAt(), "a lesson finished after the tests completes it then");
  }

  @Test
  void aMissingLessonOrQuizLeavesTheCourseInProgress() {
    Map<String, Instant> oneLesson = new HashMap<>(Map.of("basics/definition", at(1)));
    assertEquals(
        Status.IN_PROGRESS,
        CompletionRule.evaluate(SAMPLE, oneLesson, true, passedBoth(3, 5), true).status());

    Map<String, List<Attempt>> noFinal = passedBoth(3, 5);
    noFinal.remove("final-test");
    Outcome outcome = CompletionRule.evaluate(SAMPLE, allLessons(2), true, noFinal, true);
    assertEquals(Status.IN_PROGRESS, outcome.status());
    assertFalse(outcome.finalPassed());
    assertNull(outcome.completedAt());

    Map<String, List<Attempt>> failedModule = passedBoth(3, 5);
    failedModule.put("basics", List.of(new Attempt(40, at(3))));
    assertEquals(
        1,
        CompletionRule.evaluate(SAMPLE, allLessons(2), true, failedModule, true).quizzesPassed());
  }

  @Test
  void thePreTestNeverCounts() {
    Map<String, List<Attempt>> withPreTest = passedBoth(3, 5);
    withPreTest.put("pre-test", List.of(new Attempt(0, at(0))));
    assertEquals(
        Status.COMPLETED,
        CompletionRule.evaluate(SAMPLE, allLessons(2), true, withPreTest, true).status());
    Map<String, List<Attempt>> onlyPreTest = Map.of("pre-test", List.of(new Attempt(100, at(0))));
    assertEquals(
        new Outcome(Status.IN_PROGRESS, 0, 2, 0, 2, false, null),
        CompletionRule.evaluate(SAMPLE, Map.of(), true, onlyPreTest, true));
  }

  @Test
  void nothingDoneIsNotStarted() {
    assertEquals(
        new Outcome(Status.NOT_STARTED, 0, 2, 0, 2, false, null),
        CompletionRule.evaluate(SAMPLE, Map.of(), false, Map.of(), true));
  }

  @Test
  void aWorkshopThatRequiresAttendanceHoldsCompletionBack() {
    assertEquals(
        Status.IN_PROGRESS,
        CompletionRule.evaluate(SAMPLE, allLessons(2), true, passedBoth(3, 5), false).status());
  }

  @Test
  void aQuizIsPassedByItsOwnGradingMethod() {
    List<Attempt> passThenFail = List.of(new Attempt(80, at(1)), new Attempt(40, at(2)));
    assertEquals(
        at(1), CompletionRule.passingSince(passThenFail, settings(QuizSettings.Grading.HIGHEST)));
    assertNull(
        CompletionRule.passingSince(passThenFail, settings(QuizSettings.Grading.LAST)),
        "the last attempt failed");
    assertEquals(
        at(1), CompletionRule.passingSince(passThenFail, settings(QuizSettings.Grading.FIRST)));
    assertNull(
        CompletionRule.passingSince(passThenFail, settings(QuizSettings.Grading.AVERAGE)),
        "average 60 < 70");

    List<Attempt> failPassFailPass =
        List.of(
            new Attempt(50, at(1)),
            new Attempt(75, at(2)),
            new Attempt(30, at(3)),
            new Attempt(90, at(4)));
    assertEquals(
        at(4),
        CompletionRule.passingSince(failPassFailPass, settings(QuizSettings.Grading.LAST)),
        "passing for good since the fourth");
    assertEquals(
        at(2),
        CompletionRule.passingSince(failPassFailPass, settings(QuizSettings.Grading.HIGHEST)));
    assertNull(CompletionRule.passingSince(failPassFailPass, settings(QuizSettings.Grading.FIRST)));
    assertEquals(
        at(4),
        CompletionRule.passingSince(
            List.of(failPassFailPass.get(3), failPassFailPass.get(0)),
            settings(QuizSettings.Grading.LAST)),
        "attempts are taken in the order they were submitted");
  }

  @Test
  void theDateIsWhenTheGradeBecamePassingNotTheLatestAttempt() {
    Map<String, List<Attempt>> retakes = passedBoth(3, 5);
    retakes.put("final-test", List.of(new Attempt(90, at(5)), new Attempt(60, at(8))));
    Outcome outcome = CompletionRule.evaluate(SAMPLE, allLessons(2), true, retakes, true);
    assertTrue(outcome.finalPassed(), "highest grading keeps the 90");
    assertEquals(at(5), outcome.completedAt());
  }

  private static QuizSettings settings(QuizSettings.Grading grading) {
    QuizSettings defaults = QuizSettings.defaults(70);
    return new QuizSettings(
        70,
        0,
        grading,
        0,
        false,
        false,
        defaults.feedback(),
        defaults.reveal(),
        defaults.multiple(),
        100);
  }

  @Test
  void knowledgeGainIsTheFinalGradeMinusTheFirstPreTest() {
    Map<String, List<Attempt>> attempts =
        new HashMap<>(
            Map.of(
                "pre-test", List.of(new Attempt(60, at(2)), new Attempt(25, at(1))),
                "final-test", List.of(new Attempt(70, at(5)), new Attempt(90, at(6)))));
    CompletionRule.Scores scores = CompletionRule.scores(SAMPLE, attempts);
    assertEquals(25.0, scores.pre(), "the first pre-test, not a later retake");
    assertEquals(90.0, scores.finalGrade(), "the final test by its grading method (highest)");
    assertEquals(65.0, scores.gain());
  }

  @Test
  void aLearnerCanLoseGroundAndWithoutBothTestsThereIsNoGain() {
    CompletionRule.Scores worse =
        CompletionRule.scores(
            SAMPLE,
            Map.of(
                "pre-test",
                List.of(new Attempt(80, at(1))),
                "final-test",
                List.of(new Attempt(50, at(3)))));
    assertEquals(-30.0, worse.gain());
    assertNull(
        CompletionRule.scores(SAMPLE, Map.of("final-test", List.of(new Attempt(90, at(3))))).gain(),
        "no pre-test");
    assertNull(
        CompletionRule.scores(SAMPLE, Map.of("pre-test", List.of(new Attempt(10, at(1))))).gain(),
        "no final test yet");
  }
}

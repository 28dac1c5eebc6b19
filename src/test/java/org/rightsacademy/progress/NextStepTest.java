package org.rightsacademy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.progress.CompletionRule.Attempt;
import org.rightsacademy.progress.NextStep.Kind;
import org.rightsacademy.progress.NextStep.Step;

/**
 * The learner's path on the shipped ICRMW course: pre-test, lessons, module quiz, …, final test,
 * certificate.
 */
class NextStepTest {

  private static final CoursePackage ICRMW =
      PackageReader.read(PackageFiles.fromFolder(Path.of("courses/icrmw"))).course().orElseThrow();
  private static final Instant DAY = Instant.parse("2026-03-02T09:00:00Z");

  /** The lessons of the first module, in order, as the package lists them. */
  private static final List<String> SCOPE =
      ICRMW.modules().get(0).lessons().stream()
          .map(l -> Enrolment.lessonKey("scope", l.id()))
          .toList();

  private static final String LAST_OF_SCOPE = SCOPE.getLast();

  private static List<Attempt> scored(double... scores) {
    List<Attempt> attempts = new java.util.ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      attempts.add(new Attempt(scores[i], DAY.plusSeconds(60L * i)));
    }
    return attempts;
  }

  private static Set<String> allLessons() {
    Set<String> keys = new HashSet<>();
    ICRMW
        .modules()
        .forEach(m -> m.lessons().forEach(l -> keys.add(Enrolment.lessonKey(m.id(), l.id()))));
    return keys;
  }

  @Test
  void aNewLearnerStartsWithThePreTestAndThenTheFirstLesson() {
    assertEquals(
        new Step(Kind.PRE_TEST, null, "pre-test"), NextStep.next(ICRMW, Set.of(), Map.of()));
    assertEquals(
        new Step(Kind.LESSON, "scope", "scope/at-a-glance"),
        NextStep.next(ICRMW, Set.of(), Map.of("pre-test", scored(58))));
  }

  @Test
  void thePreTestIsNotAskedForOnceTheLearnerHasBegunTheLessons() {
    assertEquals(
        new Step(Kind.LESSON, "scope", "scope/who-is-covered"),
        NextStep.next(ICRMW, Set.of("scope/at-a-glance"), Map.of()));
  }

  @Test
  void afterTheLastLessonOfAModuleComesItsQuizNotTheNextModule() {
    Set<String> done = new HashSet<>(SCOPE);
    Map<String, List<Attempt>> attempts = Map.of("pre-test", scored(40));
    assertEquals(
        new Step(Kind.MODULE_QUIZ, "scope", "scope"),
        NextStep.after(ICRMW, LAST_OF_SCOPE, done, attempts));
    assertEquals(
        new Step(Kind.MODULE_QUIZ, "scope", "scope"), NextStep.next(ICRMW, done, attempts));
    assertEquals(
        new Step(Kind.LESSON, "scope", "scope/who-is-covered"),
        NextStep.after(ICRMW, "scope/at-a-glance", Set.of("scope/at-a-glance"), attempts));
  }

  @Test
  void aFailedQuizStaysTheNextStepAndAPassedOneLeadsOn() {
    Set<String> done = new HashSet<>(SCOPE);
    assertEquals(
        Kind.MODULE_QUIZ,
        NextStep.next(ICRMW, done, Map.of("scope", scored(40))).kind(),
        "failed: try again");
    assertEquals(
        new Step(Kind.LESSON, "rights-of-all", "rights-of-all/liberty-detention"),
        NextStep.next(ICRMW, done, Map.of("scope", scored(40, 90))));
    assertEquals(
        new Step(Kind.LESSON, "rights-of-all", "rights-of-all/liberty-detention"),
        NextStep.after(ICRMW, LAST_OF_SCOPE, done, Map.of("scope", scored(90))));
  }

  @Test
  void aLessonSkippedEarlierIsWhatFollowsWhenEverythingAfterIsDone() {
    Set<String> done = allLessons();
    done.remove("scope/who-is-covered");
    Map<String, List<Attempt>> attempts = new HashMap<>();
    ICRMW.modules().forEach(m -> attempts.put(m.quiz().id(), scored(100)));
    attempts.put("final-test", scored(100));
    assertEquals(
        new Step(Kind.LESSON, "scope", "scope/who-is-covered"),
        NextStep.after(ICRMW, "committee/daily-work", done, attempts));
    assertEquals(
        new Step(Kind.LESSON, "scope", "scope/who-is-covered"),
        NextStep.next(ICRMW, done, attempts));
  }

  @Test
  void theFinalTestThenTheCertificate() {
    Map<String, List<Attempt>> attempts = new HashMap<>();
    ICRMW.modules().forEach(m -> attempts.put(m.quiz().id(), scored(100)));
    assertEquals(
        new Step(Kind.FINAL_TEST, null, "final-test"),
        NextStep.next(ICRMW, allLessons(), attempts));
    assertEquals(
        new Step(Kind.FINAL_TEST, null, "final-test"),
        NextStep.after(ICRMW, "committee/daily-work", allLessons(), attempts));
    attempts.put("final-test", scored(50));
    assertEquals(
        Kind.FINAL_TEST,
        NextStep.next(ICRMW, allLessons(), attempts).kind(),
        "a failed final test is still to pass");
    attempts.put("final-test", scored(50, 75));
    assertEquals(
        new Step(Kind.CERTIFICATE, null, null), NextStep.next(ICRMW, allLessons(), attempts));
  }

  @Test
  void aQuizIsPassedByItsPassMark() {
    CoursePackage.Quiz scope = ICRMW.modules().get(0).quiz();
    assertEquals(true, NextStep.passed(scope, scored(10, 90)));
    assertEquals(false, NextStep.passed(scope, scored(10)));
    assertEquals(false, NextStep.passed(scope, List.of()));
  }
}

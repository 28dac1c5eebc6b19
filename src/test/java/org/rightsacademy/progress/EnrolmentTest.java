package org.rightsacademy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.platform.Language;

class EnrolmentTest {

  private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

  private static CoursePackage course() {
    CoursePackage.Lesson a =
        new CoursePackage.Lesson("a", Map.of(Language.EN, "A"), Map.of(Language.EN, "<p>A</p>"));
    CoursePackage.Lesson b =
        new CoursePackage.Lesson("b", Map.of(Language.EN, "B"), Map.of(Language.EN, "<p>B</p>"));
    CoursePackage.Lesson c =
        new CoursePackage.Lesson(
            "a", Map.of(Language.EN, "A again"), Map.of(Language.EN, "<p>A2</p>"));
    return new CoursePackage(
        "c",
        1,
        List.of(Language.EN),
        Map.of(Language.EN, "C"),
        Map.of(Language.EN, "S"),
        70,
        false,
        List.of(
            new CoursePackage.Module("one", Map.of(Language.EN, "One"), List.of(a, b), null),
            new CoursePackage.Module("two", Map.of(Language.EN, "Two"), List.of(c), null)),
        null,
        null,
        "x");
  }

  @Test
  void openingStartsALessonAndFinishingItCountsOnce() {
    Enrolment enrolment = new Enrolment(1, "c", 50, T0);
    assertEquals(Enrolment.LessonStatus.NOT_STARTED, enrolment.status("one/a"));
    enrolment.open("one/a", T0.plusSeconds(10));
    assertEquals(Enrolment.LessonStatus.IN_PROGRESS, enrolment.status("one/a"));
    enrolment.complete("one/a", T0.plusSeconds(60));
    enrolment.complete("one/a", T0.plusSeconds(90));
    assertEquals(Enrolment.LessonStatus.DONE, enrolment.status("one/a"));
    assertEquals(1, enrolment.doneCount());
    assertEquals(Optional.of("one/a"), enrolment.lastLesson());
  }

  @Test
  void lessonsWithTheSameIdInDifferentModulesAreDifferentLessons() {
    Enrolment enrolment = new Enrolment(1, "c", 50, T0);
    enrolment.complete("one/a", T0);
    List<LearnerView.Step> steps = LearnerView.steps(course(), Optional.of(enrolment));
    assertEquals(
        List.of("one/a", "one/b", "two/a"), steps.stream().map(LearnerView.Step::key).toList());
    assertEquals(Enrolment.LessonStatus.NOT_STARTED, steps.get(2).status());
    assertEquals(33, LearnerView.percentDone(steps));
  }

  @Test
  void theProgressBarIsWholePercentOfLessonsDone() {
    Enrolment enrolment = new Enrolment(1, "c", 50, T0);
    assertEquals(0, LearnerView.percentDone(LearnerView.steps(course(), Optional.of(enrolment))));
    for (String key : Set.of("one/a", "one/b", "two/a")) {
      enrolment.complete(key, T0);
    }
    assertEquals(100, LearnerView.percentDone(LearnerView.steps(course(), Optional.of(enrolment))));
    assertEquals(0, LearnerView.percentDone(LearnerView.steps(course(), Optional.empty())));
  }
}

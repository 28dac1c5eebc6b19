package org.rightsacademy.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightsacademy.catalog.CoursePackage;

/**
 * The learner's path through a course and the next required step on it: the pre-test, then each
 * module's lessons followed by its quiz, then the final test, then the certificate. A lesson is
 * done when marked done, a module quiz or the final test when passed by its grading method (the
 * rule {@link CompletionRule} completes the course by), the pre-test once taken. The pre-test only
 * comes first while nothing else is done: taken after lessons it no longer measures what the
 * learner knew before, so it is never asked for then. A pure function of the raw records.
 */
public final class NextStep {

  public enum Kind {
    PRE_TEST,
    LESSON,
    MODULE_QUIZ,
    FINAL_TEST,
    /** Every lesson done and every quiz passed: the certificate (once the course is completed). */
    CERTIFICATE
  }

  /**
   * One step: {@code target} is the lesson key ({@code module/lesson}) for a lesson, the quiz id
   * for a quiz, null for the certificate; {@code moduleId} is null outside a module.
   */
  public record Step(Kind kind, String moduleId, String target) {

    public boolean isQuiz() {
      return kind == Kind.PRE_TEST || kind == Kind.MODULE_QUIZ || kind == Kind.FINAL_TEST;
    }
  }

  private NextStep() {}

  /**
   * The first step of the path not done yet.
   *
   * @param lessonsDone the keys of the lessons the learner has marked done
   * @param attempts quiz id → its submitted attempts
   */
  public static Step next(
      CoursePackage course,
      Set<String> lessonsDone,
      Map<String, List<CompletionRule.Attempt>> attempts) {
    boolean nothingDone =
        lessonsDone.isEmpty() && attempts.values().stream().allMatch(List::isEmpty);
    if (course.preTest() != null && nothingDone) {
      return new Step(Kind.PRE_TEST, null, course.preTest().id());
    }
    return firstNotDone(path(course), 0, course, lessonsDone, attempts);
  }

  /**
   * The step a lesson's main button leads to once the lesson is marked done: the first step after
   * it on the path not done yet (so the last lesson of a module leads to that module's quiz), or,
   * when everything after it is done, the first step not done anywhere (a lesson skipped earlier).
   */
  public static Step after(
      CoursePackage course,
      String lessonKey,
      Set<String> lessonsDone,
      Map<String, List<CompletionRule.Attempt>> attempts) {
    List<Step> path = path(course);
    int at =
        path.indexOf(
            new Step(
                Kind.LESSON,
                lessonKey.substring(0, Math.max(0, lessonKey.indexOf('/'))),
                lessonKey));
    Step later = firstNotDone(path, at + 1, course, lessonsDone, attempts);
    return later.kind() != Kind.CERTIFICATE
        ? later
        : firstNotDone(path, 0, course, lessonsDone, attempts);
  }

  /** Whether a quiz is passed by its grading method and pass mark. */
  public static boolean passed(CoursePackage.Quiz quiz, List<CompletionRule.Attempt> attempts) {
    return CompletionRule.passingSince(attempts, quiz.settings()) != null;
  }

  /** The required steps in order, without the pre-test and the certificate. */
  private static List<Step> path(CoursePackage course) {
    List<Step> path = new ArrayList<>();
    for (CoursePackage.Module module : course.modules()) {
      for (CoursePackage.Lesson lesson : module.lessons()) {
        path.add(new Step(Kind.LESSON, module.id(), Enrolment.lessonKey(module.id(), lesson.id())));
      }
      if (module.quiz() != null) {
        path.add(new Step(Kind.MODULE_QUIZ, module.id(), module.quiz().id()));
      }
    }
    if (course.finalTest() != null) {
      path.add(new Step(Kind.FINAL_TEST, null, course.finalTest().id()));
    }
    return path;
  }

  private static Step firstNotDone(
      List<Step> path,
      int from,
      CoursePackage course,
      Set<String> lessonsDone,
      Map<String, List<CompletionRule.Attempt>> attempts) {
    for (Step step : path.subList(Math.min(from, path.size()), path.size())) {
      boolean done =
          step.kind() == Kind.LESSON
              ? lessonsDone.contains(step.target())
              : passed(quiz(course, step), attempts.getOrDefault(step.target(), List.of()));
      if (!done) {
        return step;
      }
    }
    return new Step(Kind.CERTIFICATE, null, null);
  }

  private static CoursePackage.Quiz quiz(CoursePackage course, Step step) {
    return step.kind() == Kind.FINAL_TEST
        ? course.finalTest()
        : course.modules().stream()
            .filter(m -> m.id().equals(step.moduleId()))
            .findFirst()
            .orElseThrow()
            .quiz();
  }
}

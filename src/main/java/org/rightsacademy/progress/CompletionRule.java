package org.rightsacademy.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.rightsacademy.assessment.Grades;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.model.QuizSettings;

/**
 * When a course version is completed: every lesson done, every module quiz passed and the final
 * test passed (and the workshop's attendance, where it requires it). A quiz is passed when its
 * grade by its own grading method (highest, last, first, average of the submitted attempts) reaches
 * its pass mark. The pre-test never counts. A pure function of the raw records, so that recomputing
 * from scratch always gives what was stored along the way.
 */
public final class CompletionRule {

  public enum Status {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED
  }

  /** A submitted attempt: its score in per cent and when it was submitted. */
  public record Attempt(double score, Instant submittedAt) {}

  /**
   * What a learner has done of a course version. {@code completedAt} is when the last missing
   * requirement was met: the last lesson finished, or the attempt from which a quiz's grade has
   * stayed passing.
   */
  public record Outcome(
      Status status,
      int lessonsDone,
      int lessonsTotal,
      int quizzesPassed,
      int quizzesTotal,
      boolean finalPassed,
      Instant completedAt) {}

  private CompletionRule() {}

  /**
   * @param lessonsDone lesson key ({@code module/lesson}) → when it was finished
   * @param started whether the learner opened any lesson or submitted any quiz
   * @param attempts quiz id → its submitted attempts
   * @param attendanceMet false only when a workshop requires attendance the learner lacks
   */
  public static Outcome evaluate(
      CoursePackage course,
      Map<String, Instant> lessonsDone,
      boolean started,
      Map<String, List<Attempt>> attempts,
      boolean attendanceMet) {
    List<Instant> metAt = new ArrayList<>();
    int lessonsTotal = 0;
    int done = 0;
    for (CoursePackage.Module module : course.modules()) {
      for (CoursePackage.Lesson lesson : module.lessons()) {
        lessonsTotal++;
        Instant at = lessonsDone.get(Enrolment.lessonKey(module.id(), lesson.id()));
        if (at != null) {
          done++;
          metAt.add(at);
        }
      }
    }
    List<CoursePackage.Quiz> required = new ArrayList<>();
    course.modules().stream()
        .map(CoursePackage.Module::quiz)
        .filter(q -> q != null)
        .forEach(required::add);
    if (course.finalTest() != null) {
      required.add(course.finalTest());
    }
    int passed = 0;
    boolean finalPassed = false;
    for (CoursePackage.Quiz quiz : required) {
      Instant since = passingSince(attempts.getOrDefault(quiz.id(), List.of()), quiz.settings());
      if (since != null) {
        passed++;
        metAt.add(since);
        finalPassed |= quiz == course.finalTest();
      }
    }
    boolean complete = done == lessonsTotal && passed == required.size() && attendanceMet;
    Status status = complete ? Status.COMPLETED : started ? Status.IN_PROGRESS : Status.NOT_STARTED;
    Instant completedAt =
        complete ? metAt.stream().max(Comparator.naturalOrder()).orElse(null) : null;
    return new Outcome(
        status, done, lessonsTotal, passed, required.size(), finalPassed, completedAt);
  }

  /**
   * The scores knowledge gain is measured with: the first pre-test attempt's score (what the
   * learner knew before), and the final test's grade by its grading method.
   */
  public record Scores(Double pre, Double finalGrade) {
    /** Final grade minus pre-test score, in points; null unless the learner took both. */
    public Double gain() {
      return pre == null || finalGrade == null ? null : finalGrade - pre;
    }
  }

  public static Scores scores(CoursePackage course, Map<String, List<Attempt>> attempts) {
    Double pre =
        course.preTest() == null
            ? null
            : attempts.getOrDefault(course.preTest().id(), List.of()).stream()
                .min(Comparator.comparing(Attempt::submittedAt))
                .map(Attempt::score)
                .orElse(null);
    Double finalGrade = null;
    List<Attempt> finals =
        course.finalTest() == null
            ? List.of()
            : attempts.getOrDefault(course.finalTest().id(), List.of());
    if (!finals.isEmpty()) {
      List<Double> scores =
          finals.stream()
              .sorted(Comparator.comparing(Attempt::submittedAt))
              .map(Attempt::score)
              .toList();
      finalGrade = Grades.quizGrade(scores, course.finalTest().settings().grading()).orElse(0);
    }
    return new Scores(pre, finalGrade);
  }

  /**
   * When the quiz's grade, taken over the attempts submitted so far, last became a pass and stayed
   * one; null when it is not a pass now.
   */
  static Instant passingSince(List<Attempt> attempts, QuizSettings settings) {
    List<Attempt> inOrder =
        attempts.stream().sorted(Comparator.comparing(Attempt::submittedAt)).toList();
    List<Double> scores = new ArrayList<>();
    Instant since = null;
    for (Attempt attempt : inOrder) {
      scores.add(attempt.score());
      boolean passing =
          Grades.quizGrade(scores, settings.grading()).orElse(0) >= settings.passMark();
      if (!passing) {
        since = null;
      } else if (since == null) {
        since = attempt.submittedAt();
      }
    }
    return since;
  }
}

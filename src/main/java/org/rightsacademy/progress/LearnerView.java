package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.LanguagePreference;

/**
 * What the learner's pages share: the signed-in account, the language content is shown in (the
 * page's, or English when the course lacks it), and a course's lessons in order with their state.
 */
@RequestScoped
public class LearnerView {

  @Inject private CurrentUser currentUser;
  @Inject private LanguagePreference language;
  @EJB private CourseCatalog catalog;
  @EJB private ProgressService progress;

  /**
   * A course as this learner sees it: their enrolment if any, and the version they are pinned to
   * (the current one if not enrolled); {@code course} is null for an unknown code.
   */
  public record Seen(Optional<Enrolment> enrolment, CoursePackage course, long versionId) {}

  public Seen seen(String code) {
    if (code == null) {
      return new Seen(Optional.empty(), null, 0);
    }
    Optional<Enrolment> enrolment = progress.find(accountId(), code);
    return new Seen(enrolment, course(code, enrolment).orElse(null), versionId(code, enrolment));
  }

  /**
   * Whether the caller's lesson pages show this course version (the one {@link #seen} gives them:
   * the version they are enrolled in, else the current one), so may show its pictures.
   */
  public boolean mayShow(long versionId) {
    return catalog
        .version(versionId)
        .map(course -> seen(course.code()).versionId() == versionId)
        .orElse(false);
  }

  /** One lesson in course order, with its place and its state for this learner. */
  public record Step(
      String moduleId, CoursePackage.Lesson lesson, String key, Enrolment.LessonStatus status) {}

  public long accountId() {
    return currentUser
        .account()
        .map(Account::getId)
        .orElseThrow(() -> new IllegalStateException("not signed in"));
  }

  /** The content language: the page's when the course has it. */
  public Language contentLanguage(CoursePackage course) {
    return course.languages().contains(language.getCurrent())
        ? language.getCurrent()
        : Language.DEFAULT;
  }

  public boolean isFallback(CoursePackage course) {
    return !course.languages().contains(language.getCurrent());
  }

  public static String text(Map<Language, String> texts, Language language) {
    return Optional.ofNullable(texts.get(language)).orElse(texts.get(Language.DEFAULT));
  }

  /** The course a learner sees: the version they are enrolled in, else the current one. */
  public Optional<CoursePackage> course(String code, Optional<Enrolment> enrolment) {
    return enrolment
        .flatMap(e -> catalog.version(e.getCourseVersionId()))
        .or(() -> catalog.latest(code).map(CourseCatalog.Published::course));
  }

  /** The id of the version the learner sees (see {@link #course}). */
  public long versionId(String code, Optional<Enrolment> enrolment) {
    return enrolment
        .map(Enrolment::getCourseVersionId)
        .or(() -> catalog.latest(code).map(CourseCatalog.Published::versionId))
        .orElse(0L);
  }

  public static List<Step> steps(CoursePackage course, Optional<Enrolment> enrolment) {
    List<Step> steps = new ArrayList<>();
    for (CoursePackage.Module module : course.modules()) {
      for (CoursePackage.Lesson lesson : module.lessons()) {
        String key = Enrolment.lessonKey(module.id(), lesson.id());
        steps.add(
            new Step(
                module.id(),
                lesson,
                key,
                enrolment.map(e -> e.status(key)).orElse(Enrolment.LessonStatus.NOT_STARTED)));
      }
    }
    return steps;
  }

  /** The submitted attempts on one course version, by quiz, as the completion rule reads them. */
  public static Map<String, List<CompletionRule.Attempt>> submitted(
      List<org.rightsacademy.assessment.QuizAttempt> attempts, long versionId) {
    Map<String, List<CompletionRule.Attempt>> submitted = new java.util.HashMap<>();
    for (org.rightsacademy.assessment.QuizAttempt attempt : attempts) {
      if (attempt.isSubmitted() && attempt.getCourseVersionId() == versionId) {
        submitted
            .computeIfAbsent(attempt.getQuizId(), q -> new ArrayList<>())
            .add(
                new CompletionRule.Attempt(
                    attempt.getScore().orElse(0.0), attempt.getSubmittedAt().orElseThrow()));
      }
    }
    return submitted;
  }

  /** The keys of the lessons done, from the steps. */
  public static java.util.Set<String> lessonsDone(List<Step> steps) {
    return steps.stream()
        .filter(s -> s.status() == Enrolment.LessonStatus.DONE)
        .map(Step::key)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Whole per cent of lessons done. */
  public static int percentDone(List<Step> steps) {
    long done = steps.stream().filter(s -> s.status() == Enrolment.LessonStatus.DONE).count();
    return steps.isEmpty() ? 0 : (int) (100 * done / steps.size());
  }
}

package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.Grades;
import org.rightsacademy.assessment.Paper;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.platform.BundleTexts;
import org.rightsacademy.platform.Language;

/**
 * One course: its modules and lessons with their state, the progress bar, and where to continue.
 */
@Named
@ViewScoped
public class CoursePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ProgressService progress;
  @EJB private AttemptService attempts;
  @EJB private CompletionTracker completions;
  @Inject private LearnerView view;

  private String code;
  // Derived from the catalogue (in memory) and the database; rebuilt after the view is restored.
  private transient CoursePackage course;
  private transient Optional<Enrolment> enrolment = Optional.empty();
  private transient List<LearnerView.Step> steps = List.of();
  private transient Map<String, List<QuizAttempt>> attemptsByQuiz = Map.of();
  private transient Completion completion;
  private transient Map<String, List<CompletionRule.Attempt>> submitted = Map.of();
  private transient NextStep.Step next;

  /** Loads the course named by the view parameter; an unknown code is a 404. */
  public void load() throws java.io.IOException {
    prepare();
    if (course == null) {
      Faces.responseSendError(404, "no such course");
      return;
    }
  }

  /** The learner's completion of this course version, or null before enrolling. */
  public Completion getCompletion() {
    ensure();
    return completion;
  }

  /**
   * The day the course was completed, written the way the learner's language writes dates (UTC).
   */
  public String getCompletedOn() {
    Completion done = getCompletion();
    if (done == null || done.getCompletedAt() == null) {
      return "";
    }
    return org.rightsacademy.platform.Dates.longDate(done.getCompletedAt(), getLanguage().locale());
  }

  /** Rebuilds the derived state when the view was restored on another request or node. */
  private void ensure() {
    if (course == null && code != null) {
      prepare();
    }
  }

  private void prepare() {
    LearnerView.Seen seen = view.seen(code);
    enrolment = seen.enrolment();
    course = seen.course();
    steps = course == null ? List.of() : LearnerView.steps(course, enrolment);
    completion = enrolment.flatMap(e -> completions.find(e.getId())).orElse(null);
    long versionId = seen.versionId();
    List<QuizAttempt> all = code == null ? List.of() : attempts.attempts(view.accountId(), code);
    attemptsByQuiz =
        all.stream()
            .filter(a -> a.getCourseVersionId() == versionId)
            .collect(Collectors.groupingBy(QuizAttempt::getQuizId));
    submitted = LearnerView.submitted(all, versionId);
    next = course == null ? null : NextStep.next(course, LearnerView.lessonsDone(steps), submitted);
  }

  /**
   * Where a quiz stands for the learner: taken (a submitted attempt), passed by its grading method,
   * its grade, the attempt to review (the last submitted), and whether an attempt is left.
   */
  public record QuizLine(
      boolean taken,
      boolean passed,
      Double grade,
      Long reviewId,
      boolean attemptsLeft,
      boolean awaiting) {}

  public QuizLine line(String quizId) {
    ensure();
    CoursePackage.Quiz quiz = Paper.quiz(course, quizId).orElseThrow();
    List<QuizAttempt> mine = attemptsByQuiz.getOrDefault(quizId, List.of());
    List<QuizAttempt> done = mine.stream().filter(QuizAttempt::isSubmitted).toList();
    Long review =
        done.stream()
            .max(java.util.Comparator.comparing(a -> a.getSubmittedAt().orElseThrow()))
            .map(QuizAttempt::getId)
            .orElse(null);
    boolean open = mine.stream().anyMatch(a -> !a.isClosed());
    boolean awaiting = mine.stream().anyMatch(QuizAttempt::isAwaitingGrading);
    boolean left =
        open || quiz.settings().allowsAnother(mine.stream().filter(QuizAttempt::isClosed).count());
    return new QuizLine(
        !done.isEmpty(),
        NextStep.passed(quiz, submitted.getOrDefault(quizId, List.of())),
        best(quizId),
        review,
        left,
        awaiting);
  }

  /** The next required step on the learner's path. */
  public NextStep.Step getNext() {
    ensure();
    return next;
  }

  /** What the next step is, in words. */
  public String getNextText() {
    ensure();
    return switch (next.kind()) {
      case PRE_TEST -> BundleTexts.text("learn.next.pre_test");
      case LESSON -> BundleTexts.text("learn.next.lesson", stepTitle(next.target()));
      case MODULE_QUIZ -> BundleTexts.text("learn.next.module_quiz", moduleTitle(next.moduleId()));
      case FINAL_TEST -> BundleTexts.text("learn.next.final_test");
      case CERTIFICATE -> BundleTexts.text("learn.next.done");
    };
  }

  /** The main button's words: start, continue, take the quiz, try again, continue an attempt. */
  public String getNextLabel() {
    ensure();
    if (next.kind() == NextStep.Kind.LESSON || next.kind() == NextStep.Kind.CERTIFICATE) {
      return BundleTexts.text(isStarted() ? "learn.continue" : "learn.start");
    }
    if (attemptsByQuiz.getOrDefault(next.target(), List.of()).stream()
        .anyMatch(a -> !a.isClosed())) {
      return BundleTexts.text("quiz.resume");
    }
    if (line(next.target()).taken()) {
      return BundleTexts.text("learn.quiz.try_again");
    }
    return BundleTexts.text(
        switch (next.kind()) {
          case PRE_TEST -> "learn.next.take_pre_test";
          case FINAL_TEST -> "learn.next.take_final";
          default -> "learn.quiz.take";
        });
  }

  public boolean isNextQuiz() {
    ensure();
    return next.isQuiz();
  }

  /** Whether the next step can be taken now (a quiz with no attempt left cannot). */
  public boolean isNextOpen() {
    ensure();
    return switch (next.kind()) {
      case LESSON -> true;
      case CERTIFICATE -> false;
      default -> line(next.target()).attemptsLeft();
    };
  }

  private String stepTitle(String key) {
    return steps.stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .map(s -> LearnerView.text(s.lesson().titles(), getLanguage()))
        .orElse(key);
  }

  private String moduleTitle(String moduleId) {
    return course.modules().stream()
        .filter(m -> m.id().equals(moduleId))
        .findFirst()
        .map(m -> LearnerView.text(m.titles(), getLanguage()))
        .orElse(moduleId);
  }

  /**
   * The learner's grade for the quiz by its grading method (highest, last, first, average), if any.
   */
  public Double best(String quizId) {
    ensure();
    List<Double> scores =
        attemptsByQuiz.getOrDefault(quizId, List.of()).stream()
            .filter(QuizAttempt::isSubmitted)
            .map(a -> a.getScore().orElse(0.0))
            .toList();
    java.util.OptionalDouble grade =
        Paper.quiz(course, quizId)
            .map(q -> Grades.quizGrade(scores, q.settings().grading()))
            .orElse(java.util.OptionalDouble.empty());
    return grade.isPresent() ? grade.getAsDouble() : null;
  }

  public boolean passed(String quizId) {
    ensure();
    return attemptsByQuiz.getOrDefault(quizId, List.of()).stream().anyMatch(QuizAttempt::isPassed);
  }

  /**
   * Enrols (once) and opens the next required step: a quiz's page, or a lesson (the last one
   * visited if it is not done yet, so the learner continues where they stopped).
   */
  public String start() {
    prepare();
    Enrolment enrolled = progress.enrol(view.accountId(), code);
    if (next.isQuiz()) {
      return QuizPage.outcome(code, next.target());
    }
    String target =
        enrolled
            .lastLesson()
            .filter(key -> enrolled.status(key) != Enrolment.LessonStatus.DONE)
            .or(
                () ->
                    next.kind() == NextStep.Kind.LESSON
                        ? Optional.of(next.target())
                        : Optional.empty())
            .orElse(steps.get(0).key());
    return LessonPage.outcome(code, target);
  }

  public Language getLanguage() {
    ensure();
    return view.contentLanguage(course);
  }

  public boolean isFallback() {
    ensure();
    return view.isFallback(course);
  }

  public String title(java.util.Map<Language, String> texts) {
    ensure();
    return LearnerView.text(texts, getLanguage());
  }

  public CoursePackage getCourse() {
    ensure();
    return course;
  }

  public List<LearnerView.Step> steps(String moduleId) {
    ensure();
    return steps.stream().filter(s -> s.moduleId().equals(moduleId)).toList();
  }

  public boolean isEnrolled() {
    return enrolment.isPresent();
  }

  public boolean isStarted() {
    ensure();
    return steps.stream().anyMatch(s -> s.status() != Enrolment.LessonStatus.NOT_STARTED);
  }

  public int getPercent() {
    ensure();
    return LearnerView.percentDone(steps);
  }

  public long getDone() {
    ensure();
    return steps.stream().filter(s -> s.status() == Enrolment.LessonStatus.DONE).count();
  }

  public int getTotal() {
    ensure();
    return steps.size();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}

package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.Grades;
import org.rightsacademy.assessment.Paper;
import org.rightsacademy.assessment.QuizAttempt;
import java.util.Optional;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.platform.Language;

/** One course: its modules and lessons with their state, the progress bar, and where to continue. */
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

  /** Loads the course named by the view parameter; an unknown code is a 404. */
  public void load() throws java.io.IOException {
    prepare();
    if (course == null) {
      Responses.notFound("no such course");
      return;
    }
  }

  /** The learner's completion of this course version, or null before enrolling. */
  public Completion getCompletion() {
    ensure();
    return completion;
  }

  /** The day the course was completed, written the way the learner's language writes dates (UTC). */
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
    attemptsByQuiz = code == null ? Map.of() : attempts.attempts(view.accountId(), code).stream().collect(Collectors.groupingBy(QuizAttempt::getQuizId));
  }

  /** The learner's grade for the quiz by its grading method (highest, last, first, average), if any. */
  public Double best(String quizId) {
    ensure();
    List<Double> scores = attemptsByQuiz.getOrDefault(quizId, List.of()).stream()
        .filter(QuizAttempt::isSubmitted)
        .map(a -> a.getScore().orElse(0.0))
        .toList();
    java.util.OptionalDouble grade =
        Paper.quiz(course, quizId).map(q -> Grades.quizGrade(scores, q.settings().grading())).orElse(java.util.OptionalDouble.empty());
    return grade.isPresent() ? grade.getAsDouble() : null;
  }

  public boolean passed(String quizId) {
    ensure();
    return attemptsByQuiz.getOrDefault(quizId, List.of()).stream().anyMatch(QuizAttempt::isPassed);
  }

  /** Enrols (once) and opens the first lesson not done yet, or the last one visited. */
  public String start() {
    prepare();
    Enrolment enrolled = progress.enrol(view.accountId(), code);
    String target =
        enrolled.lastLesson()
            .filter(key -> enrolled.status(key) != Enrolment.LessonStatus.DONE)
            .or(() -> steps.stream().filter(s -> s.status() != Enrolment.LessonStatus.DONE).map(LearnerView.Step::key).findFirst())
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

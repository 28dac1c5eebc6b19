package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.platform.Language;

/** One lesson: its text in the learner's language, previous and next, and "mark as done". */
@Named
@ViewScoped
public class LessonPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ProgressService progress;
  @EJB private org.rightsacademy.assessment.AttemptService attempts;
  @Inject private LearnerView view;

  private String code;
  private String lesson;
  // Derived from the catalogue (in memory) and the database; rebuilt after the view is restored.
  private transient CoursePackage course;
  private transient List<LearnerView.Step> steps = List.of();
  private transient int index = -1;
  private transient long versionId;
  private transient NextStep.Step after;

  /** The URL of a lesson, for links and redirects. */
  static String outcome(String code, String lessonKey) {
    return LearnLinks.redirect(LearnLinks.lesson(code, lessonKey));
  }

  /**
   * Shows the lesson. For an enrolled learner it also becomes started and the place to continue
   * from; opening a lesson never enrols (that is "Start" or "mark as done", both POSTs).
   */
  public void load() throws IOException {
    prepare();
    if (index < 0) {
      Faces.responseSendError(404, "no such lesson");
      return;
    }
    progress.open(view.accountId(), code, lesson);
  }

  /** Rebuilds the derived state when the view was restored on another request or node. */
  private void ensure() {
    if (course == null && code != null) {
      prepare();
    }
  }

  private void prepare() {
    LearnerView.Seen seen = view.seen(code);
    course = seen.course();
    versionId = seen.versionId();
    steps = course == null ? List.of() : LearnerView.steps(course, seen.enrolment());
    index = indexOf(lesson);
    if (index >= 0) {
      java.util.Set<String> done = new java.util.HashSet<>(LearnerView.lessonsDone(steps));
      done.add(lesson);
      after =
          NextStep.after(
              course,
              lesson,
              done,
              LearnerView.submitted(attempts.attempts(view.accountId(), code), versionId));
    }
  }

  /**
   * Marks the lesson done (enrolling if need be) and goes on to the next required step: the next
   * lesson, the module's quiz after its last lesson, the final test, or back to the course.
   */
  public String markDone() {
    prepare();
    if (index < 0) {
      return "/learn/courses?faces-redirect=true";
    }
    progress.complete(view.accountId(), code, lesson);
    return switch (after.kind()) {
      case LESSON -> outcome(code, after.target());
      case PRE_TEST, MODULE_QUIZ, FINAL_TEST -> QuizPage.outcome(code, after.target());
      case CERTIFICATE -> LearnLinks.redirect(LearnLinks.course(code));
    };
  }

  /** The main button's words, by where it leads. */
  public String getDoneLabel() {
    ensure();
    return switch (after.kind()) {
      case LESSON -> "learn.mark_done";
      case PRE_TEST, MODULE_QUIZ -> "learn.lesson.done_quiz";
      case FINAL_TEST -> "learn.lesson.done_final";
      case CERTIFICATE -> "learn.finish";
    };
  }

  private int indexOf(String key) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).key().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  public LearnerView.Step getStep() {
    ensure();
    return steps.get(index);
  }

  public LearnerView.Step getPrevious() {
    ensure();
    return index > 0 ? steps.get(index - 1) : null;
  }

  public LearnerView.Step getNext() {
    ensure();
    return index >= 0 && index < steps.size() - 1 ? steps.get(index + 1) : null;
  }

  public Language getLanguage() {
    ensure();
    return view.contentLanguage(course);
  }

  public boolean isFallback() {
    ensure();
    return view.isFallback(course);
  }

  public String getTitle() {
    ensure();
    return LearnerView.text(getStep().lesson().titles(), getLanguage());
  }

  public String title(LearnerView.Step step) {
    ensure();
    return LearnerView.text(step.lesson().titles(), getLanguage());
  }

  public String getCourseTitle() {
    ensure();
    return LearnerView.text(course.titles(), getLanguage());
  }

  /** Sanitised when the package was read; safe to write as HTML. */
  public String getHtml() {
    ensure();
    return CourseCatalog.withMedia(
        LearnerView.text(getStep().lesson().html(), getLanguage()), versionId);
  }

  public int getPosition() {
    ensure();
    return index + 1;
  }

  public int getTotal() {
    ensure();
    return steps.size();
  }

  public int getPercent() {
    ensure();
    return LearnerView.percentDone(steps);
  }

  public boolean isDone() {
    ensure();
    return getStep().status() == Enrolment.LessonStatus.DONE;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLesson() {
    return lesson;
  }

  public void setLesson(String lesson) {
    this.lesson = lesson;
  }
}

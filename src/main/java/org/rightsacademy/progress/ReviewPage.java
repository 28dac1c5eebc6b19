package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.rightsacademy.assessment.AttemptException;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.Paper;
import org.rightsacademy.assessment.PaperView;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.assessment.QuizTitles;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.platform.BundleTexts;
import org.rightsacademy.platform.Language;

/**
 * A submitted attempt: score, pass or not, and each question with the answer, feedback and source.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AttemptService attempts;
  @EJB private ProgressService progress;
  @EJB private CompletionTracker completions;
  @Inject private LearnerView view;

  private long id;
  private transient QuizAttempt attempt;
  private transient CoursePackage course;
  private transient QuizSettings settings;
  private transient List<PaperView.QuestionView> questions;
  private transient boolean revealed;
  private transient NextStep.Step next;
  private transient boolean completed;

  public void load() throws IOException {
    try {
      prepare();
    } catch (AttemptException e) {
      Faces.responseSendError(404, "no such attempt");
      return;
    }
    if (!attempt.isClosed()) {
      Faces.redirect("learn/attempt.xhtml?id=%s", id);
    }
  }

  private void ensure() {
    if (attempt == null) {
      prepare();
    }
  }

  private void prepare() {
    attempt = attempts.attempt(view.accountId(), id);
    course = attempts.course(attempt);
    settings = Paper.quiz(course, attempt.getQuizId()).orElseThrow().settings();
    revealed =
        attempt.isSubmitted()
            && settings.reveals(
                attempt.isPassed(),
                settings.reveal() == QuizSettings.Reveal.AFTER_PASS_OR_LAST
                    ? attempts.attemptsLeft(
                        view.accountId(), attempt.getCourseCode(), attempt.getQuizId())
                    : java.util.OptionalInt.empty());
    questions =
        PaperView.of(course, attempt.getQuizId(), attempts.items(id), getLanguage(), revealed);
  }

  /**
   * Whether the correct answers are shown, per the quiz's reveal setting; when they are not, the
   * options' feedback is not shown either, since it would name them.
   */
  public boolean isRevealed() {
    ensure();
    return revealed;
  }

  public String getReveal() {
    ensure();
    return settings.reveal().name().toLowerCase();
  }

  public Language getLanguage() {
    ensure();
    return view.contentLanguage(course);
  }

  public String getTitle() {
    ensure();
    return QuizTitles.title(
        course, Paper.quiz(course, attempt.getQuizId()).orElse(null), getLanguage());
  }

  public QuizAttempt getAttempt() {
    ensure();
    return attempt;
  }

  public int getPassMark() {
    ensure();
    return settings.passMark();
  }

  public List<PaperView.QuestionView> getQuestions() {
    ensure();
    return questions;
  }

  /**
   * The pre-test score and final grade of the learner's completion of the course, once both are
   * done (on the pre-test and final test reviews): the stored figures the transcript and the
   * dashboard show too.
   */
  public Completion.Facts getGain() {
    ensure();
    if (attempt.getKind() == QuizAttempt.Kind.MODULE) {
      return null;
    }
    return progress
        .find(view.accountId(), attempt.getCourseCode())
        .flatMap(e -> completions.find(e.getId()))
        .map(Completion::facts)
        .filter(f -> f.gain() != null)
        .orElse(null);
  }

  /** The next required step on the learner's path, once this attempt is in. */
  public NextStep.Step getNext() {
    ensure();
    if (next != null) {
      return next;
    }
    LearnerView.Seen seen = view.seen(attempt.getCourseCode());
    java.util.Set<String> done =
        seen.enrolment().map(e -> e.lessonsDone().keySet()).orElse(java.util.Set.of());
    next =
        NextStep.next(
            course,
            done,
            LearnerView.submitted(
                attempts.attempts(view.accountId(), attempt.getCourseCode()),
                attempt.getCourseVersionId()));
    completed =
        seen.enrolment()
            .flatMap(e -> completions.find(e.getId()))
            .map(c -> c.getStatus() == CompletionRule.Status.COMPLETED)
            .orElse(false);
    return next;
  }

  /** Where the review's main link leads (a page's address below the application), or null. */
  public String getNextUrl() {
    NextStep.Step next = getNext();
    String code = attempt.getCourseCode();
    return switch (next.kind()) {
      case LESSON -> LearnLinks.lesson(code, next.target());
      case PRE_TEST, MODULE_QUIZ, FINAL_TEST ->
          isAnotherAttempt(next) || !next.target().equals(attempt.getQuizId())
              ? LearnLinks.quiz(code, next.target())
              : null;
      case CERTIFICATE -> completed ? "/learn/certificates.xhtml" : null;
    };
  }

  /** The words of the review's main link: try again, the next lesson, the next quiz. */
  public String getNextLabel() {
    NextStep.Step next = getNext();
    return switch (next.kind()) {
      case LESSON -> BundleTexts.text("learn.next.go_lesson", lessonTitle(next.target()));
      case PRE_TEST -> BundleTexts.text("learn.next.take_pre_test");
      case MODULE_QUIZ, FINAL_TEST ->
          next.target().equals(attempt.getQuizId())
              ? BundleTexts.text("learn.quiz.try_again")
              : BundleTexts.text(
                  next.kind() == NextStep.Kind.FINAL_TEST
                      ? "learn.next.take_final"
                      : "learn.quiz.take");
      case CERTIFICATE -> BundleTexts.text("learn.certificate_link");
    };
  }

  /** This quiz is still to pass and the learner has an attempt left at it. */
  private boolean isAnotherAttempt(NextStep.Step next) {
    if (!next.target().equals(attempt.getQuizId())) {
      return false;
    }
    long used =
        attempts.attempts(view.accountId(), attempt.getCourseCode(), attempt.getQuizId()).stream()
            .filter(QuizAttempt::isClosed)
            .count();
    return settings.allowsAnother(used);
  }

  private String lessonTitle(String key) {
    return LearnerView.steps(course, java.util.Optional.empty()).stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .map(s -> LearnerView.text(s.lesson().titles(), getLanguage()))
        .orElse(key);
  }

  public String getCourseCode() {
    ensure();
    return attempt.getCourseCode();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}

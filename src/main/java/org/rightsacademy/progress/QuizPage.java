package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.rightsacademy.assessment.AttemptException;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.Paper;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.assessment.QuizTitles;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.platform.Language;

/** A quiz before it is taken: what it is, the learner's attempts so far, and start or continue. */
@Named
@ViewScoped
public class QuizPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ProgressService progress;
  @EJB private AttemptService attempts;
  @Inject private LearnerView view;

  private String code;
  private String quiz;
  private transient CoursePackage course;
  private transient Quiz current;
  private transient long versionId;
  private transient List<QuizAttempt> mine = List.of();

  /** The URL of a quiz's page, for links and redirects. */
  static String outcome(String code, String quizId) {
    return LearnLinks.redirect(LearnLinks.quiz(code, quizId));
  }

  public void load() throws IOException {
    prepare();
    if (current == null) {
      Faces.responseSendError(404, "no such quiz");
    }
  }

  private void ensure() {
    if (course == null && code != null) {
      prepare();
    }
  }

  private void prepare() {
    LearnerView.Seen seen = view.seen(code);
    course = seen.course();
    versionId = seen.versionId();
    current = course == null || quiz == null ? null : Paper.quiz(course, quiz).orElse(null);
    mine = current == null ? List.of() : attempts.attempts(view.accountId(), code, quiz);
  }

  /** Starts a new attempt, or resumes the open one; enrols the learner in the course if need be. */
  public String start() {
    ensure();
    progress.enrol(view.accountId(), code);
    Language language = view.contentLanguage(course);
    QuizAttempt attempt;
    try {
      attempt = attempts.start(view.accountId(), code, versionId, quiz, language);
    } catch (AttemptException e) {
      Messages.addError(null, "quiz.error." + e.reason().name().toLowerCase());
      return null;
    } catch (EJBException e) {
      // Another tab started the same attempt a moment before: resume that one.
      attempt = attempts.start(view.accountId(), code, versionId, quiz, language);
    }
    return "/learn/attempt?faces-redirect=true&id=" + attempt.getId();
  }

  public String title() {
    ensure();
    return QuizTitles.title(course, current, view.contentLanguage(course));
  }

  public Quiz getQuiz() {
    ensure();
    return current;
  }

  public boolean isPreTest() {
    ensure();
    return course.preTest() != null
        && current != null
        && course.preTest().id().equals(current.id());
  }

  public List<QuizAttempt> getAttempts() {
    ensure();
    return mine;
  }

  public Optional<QuizAttempt> open() {
    return getAttempts().stream().filter(a -> !a.isClosed()).findFirst();
  }

  public boolean isOpen() {
    return open().isPresent();
  }

  public long getUsed() {
    return getAttempts().stream().filter(QuizAttempt::isClosed).count();
  }

  public boolean isAttemptsLeft() {
    ensure();
    return isOpen() || current.settings().allowsAnother(getUsed());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getQuizId() {
    return quiz;
  }

  public void setQuizId(String quiz) {
    this.quiz = quiz;
  }
}

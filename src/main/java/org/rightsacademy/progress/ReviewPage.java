package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.rightsacademy.assessment.AttemptException;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.QuizTitles;
import org.rightsacademy.assessment.PaperView;
import org.rightsacademy.assessment.KnowledgeGain;
import org.rightsacademy.assessment.Paper;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.QuizSettings;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.Messages;

/** A submitted attempt: score, pass or not, and each question with the answer, feedback and source. */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AttemptService attempts;
  @Inject private LearnerView view;
  @Inject private Messages messages;

  private long id;
  private transient QuizAttempt attempt;
  private transient CoursePackage course;
  private transient QuizSettings settings;
  private transient List<PaperView.QuestionView> questions;

  public void load() throws IOException {
    try {
      prepare();
    } catch (AttemptException e) {
      Responses.notFound("no such attempt");
      return;
    }
    if (!attempt.isSubmitted()) {
      Responses.redirect("/learn/attempt.xhtml?id=" + id);
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
    questions = PaperView.of(course, attempt.getQuizId(), attempts.items(id), getLanguage(), isRevealed());
  }

  /** Whether the correct answers are shown, per the quiz's reveal setting. */
  public boolean isRevealed() {
    return switch (settings.reveal()) {
      case AFTER_SUBMISSION -> attempt.isSubmitted();
      case AFTER_PASS -> attempt.isPassed();
      case NEVER -> false;
    };
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
    return QuizTitles.title(course, Paper.quiz(course, attempt.getQuizId()).orElse(null), getLanguage(), messages);
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

  /** The learner's knowledge gain in the course, once pre-test and final test are both done. */
  public KnowledgeGain getGain() {
    ensure();
    return attempt.getKind() == QuizAttempt.Kind.MODULE ? null : attempts.knowledgeGain(view.accountId(), attempt.getCourseCode()).orElse(null);
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

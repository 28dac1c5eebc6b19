package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.rightsacademy.assessment.AttemptException;
import org.rightsacademy.assessment.AttemptItem;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.Paper;
import org.rightsacademy.assessment.PaperView;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.assessment.QuizTitles;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.platform.Language;

/**
 * Taking an attempt. Answers are saved by the page's script as they are given (PUT
 * /api/attempts/{id}/answers/{position}); the form's submit carries them all again, so a page
 * without script, or a save that never got through, loses nothing on submission.
 */
@Named
@ViewScoped
public class AttemptPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Answers sent with the submission win over any earlier save of the same question. */
  private static final long SUBMISSION_SEQ = Long.MAX_VALUE - 1;

  @EJB private AttemptService attempts;
  @Inject private LearnerView view;
  @Inject private Clock clock;

  private long id;
  private transient QuizAttempt attempt;
  private transient CoursePackage course;
  private transient List<PaperView.QuestionView> questions;
  private int unanswered;

  public void load() throws IOException {
    try {
      prepare();
    } catch (AttemptException e) {
      Faces.responseSendError(404, "no such attempt");
      return;
    }
    if (attempt.isClosed()) {
      Faces.redirect("learn/review.xhtml?id=%s", id);
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
    questions = PaperView.of(course, attempt.getQuizId(), attempts.items(id), getLanguage(), false);
  }

  /**
   * Submits with every answer on the form; the review follows. With questions left blank and not
   * confirmed yet (the page's script confirms in a dialog and says so in the {@code confirmed}
   * field; without script the page asks again), the answers are saved and the page asks first.
   */
  public String submit() {
    return submit(false);
  }

  /** Submits, questions left blank or not ("Submit anyway"). */
  public String submitAnyway() {
    return submit(true);
  }

  private String submit(boolean anyway) {
    attempt = attempts.attempt(view.accountId(), id);
    course = attempts.course(attempt);
    Map<String, String[]> params = Faces.getRequestParameterValuesMap();
    Map<Integer, Map.Entry<Long, String>> answers = new LinkedHashMap<>();
    int blank = 0;
    if (!attempt.isClosed()) {
      for (AttemptItem item : attempts.items(id)) {
        Question question =
            Paper.question(course, item.getOriginQuiz(), item.getQuestionId()).orElseThrow();
        String answer =
            PaperView.fromForm(question.type(), item.getPosition(), item.getOptionOrder(), params);
        if (!answer.isEmpty()) {
          answers.put(item.getPosition(), Map.entry(SUBMISSION_SEQ, answer));
        } else if (item.getResponse().filter(r -> !r.isEmpty()).isEmpty()) {
          blank++;
        }
      }
    }
    boolean confirmed = anyway || params.containsKey("confirmed");
    if (blank > 0
        && !confirmed
        && attempt.getDeadline().map(d -> clock.instant().isBefore(d)).orElse(true)) {
      long seq = clock.millis();
      answers.forEach(
          (position, answer) ->
              attempts.save(view.accountId(), id, position, seq, answer.getValue()));
      unanswered = blank;
      prepare();
      return null;
    }
    try {
      attempts.submit(view.accountId(), id, answers);
    } catch (AttemptException e) {
      Messages.addError(null, "quiz.error." + e.reason().name().toLowerCase());
      return null;
    }
    return "/learn/review?faces-redirect=true&id=" + id;
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

  public List<PaperView.QuestionView> getQuestions() {
    ensure();
    return questions;
  }

  public QuizAttempt getAttempt() {
    ensure();
    return attempt;
  }

  /** Whether each answer can be checked, with its feedback, before submitting. */
  public boolean isImmediate() {
    ensure();
    return Paper.quiz(course, attempt.getQuizId()).orElseThrow().settings().feedback()
        == QuizSettings.FeedbackTiming.IMMEDIATE;
  }

  /** Milliseconds to the deadline as the server sees it (the page counts down from this), or -1. */
  public long getRemainingMillis() {
    ensure();
    return attempt
        .getDeadline()
        .map(d -> Math.max(0, Duration.between(clock.instant(), d).toMillis()))
        .orElse(-1L);
  }

  /** Questions left blank on a submission that asks to be confirmed; 0 when none is asked. */
  public int getUnanswered() {
    return unanswered;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}

package org.rightsacademy.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.platform.LanguagePreference;

/**
 * One submitted attempt with every answer and the correct ones, for those who may see the learner's
 * work; for those who may grade it (an admin, the learner's trainer) also a form to change a
 * question's score with a reason (audited). Anyone else finds no such attempt.
 */
@Named
@ViewScoped
public class AttemptGradingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AttemptService attempts;
  @EJB private GradingService grading;
  @EJB private AccountService accounts;
  @Inject private LanguagePreference language;
  @Inject private CurrentUser user;

  private long id;
  private int position;
  private Integer percent;
  private String reason;

  /**
   * The attempt this view was opened for, once checked: a post acts on it, whatever id comes with
   * the post.
   */
  private Long opened;

  private transient QuizAttempt attempt;
  private transient List<PaperView.QuestionView> questions;

  /**
   * Opens the attempt named in the address if the signed-in person may see it; anyone else finds
   * none.
   */
  public void load() throws IOException {
    opened = null;
    attempt = null;
    if (user.account().flatMap(viewer -> grading.submittedFor(viewer, id)).isEmpty()) {
      Faces.responseSendError(404, "no such submitted attempt");
      return;
    }
    opened = id;
  }

  private boolean ensure() {
    if (attempt == null && opened != null) {
      // Checked again on every request: the person's scope may have changed since the page opened.
      attempt = user.account().flatMap(viewer -> grading.submittedFor(viewer, opened)).orElse(null);
      if (attempt != null) {
        questions =
            PaperView.of(
                attempts.course(attempt),
                attempt.getQuizId(),
                attempts.items(opened),
                language.getCurrent(),
                true);
      }
    }
    return attempt != null;
  }

  /**
   * Changes the score of the chosen question of the attempt this page was opened for (never of an
   * id sent with the post); the page shows the new total. Out of the caller's scope: not found,
   * nothing changes.
   */
  public void change() throws IOException {
    try {
      grading.changeScore(
          user.account().orElseThrow(),
          opened == null ? -1 : opened,
          position,
          percent == null ? -1 : percent,
          reason);
      Messages.addInfo(null, "teach.grade.changed", position);
      attempt = null;
      percent = null;
      reason = null;
    } catch (AttemptException e) {
      if (e.reason() == AttemptException.Reason.NOT_FOUND) {
        Faces.responseSendError(404, "no such submitted attempt");
      } else {
        Messages.addError("grade:percent", "teach.grade.invalid");
      }
    }
  }

  public QuizAttempt getAttempt() {
    ensure();
    return attempt;
  }

  /** Whether the grade form is shown: coordinators read, they never grade. */
  public boolean isGradable() {
    return ensure()
        && user.account().map(viewer -> grading.mayGrade(viewer, attempt)).orElse(false);
  }

  public String getLearner() {
    if (!ensure()) {
      return "";
    }
    return accounts
        .find(attempt.getAccountId())
        .map(Account::getDisplayName)
        .orElse("#" + attempt.getAccountId());
  }

  public List<PaperView.QuestionView> getQuestions() {
    return ensure() ? questions : List.of();
  }

  /** A question's score in whole per cent. */
  public long percentOf(Double score) {
    return score == null ? 0 : Math.round(score * 100);
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public Integer getPercent() {
    return percent;
  }

  public void setPercent(Integer percent) {
    this.percent = percent;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

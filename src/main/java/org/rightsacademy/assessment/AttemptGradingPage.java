package org.rightsacademy.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.platform.LanguagePreference;
import org.rightsacademy.platform.Messages;

/**
 * For trainers: one submitted attempt with every answer and the correct ones, and a form to change
 * a question's score with a reason (audited).
 */
@Named
@ViewScoped
public class AttemptGradingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AttemptService attempts;
  @EJB private AccountService accounts;
  @Inject private LanguagePreference language;
  @Inject private Messages messages;

  private long id;
  private int position;
  private Integer percent;
  private String reason;
  private transient QuizAttempt attempt;
  private transient List<PaperView.QuestionView> questions;

  public void load() throws IOException {
    if (attempts.find(id).filter(QuizAttempt::isSubmitted).isEmpty()) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "no such submitted attempt");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  private void ensure() {
    if (attempt == null) {
      attempt = attempts.find(id).orElseThrow();
      questions = PaperView.of(attempts.course(attempt), attempt.getQuizId(), attempts.items(id), language.getCurrent(), true);
    }
  }

  /** Changes the score of the chosen question; the page shows the new total. */
  public void change() {
    try {
      attempts.changeScore(id, position, percent == null ? -1 : percent, reason);
      messages.info(null, "teach.grade.changed", position);
      attempt = null;
      percent = null;
      reason = null;
    } catch (AttemptException e) {
      messages.error("grade:percent", "teach.grade.invalid");
    }
  }

  public QuizAttempt getAttempt() {
    ensure();
    return attempt;
  }

  public String getLearner() {
    ensure();
    return accounts.find(attempt.getAccountId()).map(Account::getDisplayName).orElse("#" + attempt.getAccountId());
  }

  public List<PaperView.QuestionView> getQuestions() {
    ensure();
    return questions;
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

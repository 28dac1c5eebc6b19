package org.rightsacademy.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.LanguagePreference;

/**
 * A trainer's grading queue: the essays waiting in the workshops they train, oldest first, each
 * with its question, rubric and answer, and a form for a score and a comment, {@value #PAGE} to a
 * page ({@code ?page=2}). The page takes no id: a row's attempt and position come from the list
 * this view was opened with, and the service checks the trainer's scope again on every grade.
 */
@Named
@ViewScoped
public class EssayQueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Essays listed on one page; the oldest first. */
  static final int PAGE = 25;

  @EJB private EssayGrading essays;
  @EJB private AttemptService attempts;
  @EJB private org.rightsacademy.people.AccountDirectory directory;
  @Inject private CurrentUser user;
  @Inject private LanguagePreference language;

  /** One essay to grade, and the trainer's score and comment being typed. */
  public static final class Row implements Serializable {
    private static final long serialVersionUID = 1L;
    final long attemptId;
    final int position;
    private final String learner;
    private final String course;
    private final String quiz;
    private final Instant submittedAt;
    private final String question;
    private final String rubric;
    private final String answer;
    private final Language answerLanguage;
    private Integer percent;
    private String comment;
    private String problem;

    Row(
        EssayGrading.Waiting waiting,
        String learner,
        String course,
        String quiz,
        String question,
        String rubric,
        String answer,
        Language answerLanguage) {
      this.attemptId = waiting.attemptId();
      this.position = waiting.position();
      this.submittedAt = waiting.submittedAt();
      this.learner = learner;
      this.course = course;
      this.quiz = quiz;
      this.question = question;
      this.rubric = rubric;
      this.answer = answer;
      this.answerLanguage = answerLanguage;
    }

    public String getKey() {
      return attemptId + "-" + position;
    }

    public String getLearner() {
      return learner;
    }

    public String getCourse() {
      return course;
    }

    public String getQuiz() {
      return quiz;
    }

    public Instant getSubmittedAt() {
      return submittedAt;
    }

    public String getQuestion() {
      return question;
    }

    public String getRubric() {
      return rubric;
    }

    public String getAnswer() {
      return answer;
    }

    public Language getAnswerLanguage() {
      return answerLanguage;
    }

    public Integer getPercent() {
      return percent;
    }

    public void setPercent(Integer percent) {
      this.percent = percent;
    }

    /** The message key of what is wrong with the score or comment typed, or null. */
    public String getProblem() {
      return problem;
    }

    public String getComment() {
      return comment;
    }

    public void setComment(String comment) {
      this.comment = comment;
    }
  }

  private List<Row> rows;
  // The page shown (1 = the oldest essays), the page the address asked for, and how many essays
  // wait in all.
  private int page = 1;
  private int asked = 1;
  private long total;

  public List<Row> getRows() {
    if (rows == null) {
      rows = load();
    }
    return rows;
  }

  public int getPage() {
    return page;
  }

  /**
   * The page from the address; anything below 1 is the first. A postback sets the same page again:
   * the list (with a refused grade's message on its row) is kept.
   */
  public void setPage(int page) {
    int given = Math.max(1, page);
    if (given != asked) {
      asked = given;
      this.page = given;
      rows = null;
    }
  }

  /** How many pages the waiting essays fill (at least one). */
  public int getPages() {
    getRows();
    return Math.max(1, (int) ((total + PAGE - 1) / PAGE));
  }

  public long getTotal() {
    getRows();
    return total;
  }

  /** The position of the first and last essay of this page in the whole queue (1-based). */
  public long getFirstShown() {
    return getRows().isEmpty() ? 0 : (long) (page - 1) * PAGE + 1;
  }

  public long getLastShown() {
    return Math.min(total, (long) page * PAGE);
  }

  private List<Row> load() {
    Optional<Account> trainer = user.account();
    if (trainer.isEmpty()) {
      return List.of();
    }
    total = essays.waiting(trainer.get());
    // A page past the end (the last essays were graded) shows the last page instead.
    page = Math.min(page, Math.max(1, (int) ((total + PAGE - 1) / PAGE)));
    List<EssayGrading.Waiting> waiting = essays.queue(trainer.get(), (page - 1) * PAGE, PAGE);
    Map<Long, String> names =
        directory.findAll(waiting.stream().map(EssayGrading.Waiting::accountId).toList()).stream()
            .collect(Collectors.toMap(Account::getId, Account::getDisplayName, (a, b) -> a));
    Language shown = language.getCurrent();
    List<Row> list = new ArrayList<>();
    for (EssayGrading.Waiting essay : waiting) {
      QuizAttempt attempt = essays.gradable(trainer.get(), essay.attemptId()).orElse(null);
      if (attempt == null) {
        continue;
      }
      CoursePackage course = attempts.course(attempt);
      Language answered = attempt.getLanguage();
      PaperView.QuestionView view =
          PaperView.of(
                  course, attempt.getQuizId(), attempts.items(attempt.getId()), answered, false)
              .stream()
              .filter(q -> q.position() == essay.position())
              .findFirst()
              .orElse(null);
      if (view == null) {
        continue;
      }
      Function<Map<Language, String>, String> in =
          texts -> Optional.ofNullable(texts.get(shown)).orElse(texts.get(Language.DEFAULT));
      list.add(
          new Row(
              essay,
              names.getOrDefault(essay.accountId(), "#" + essay.accountId()),
              in.apply(course.titles()),
              QuizTitles.title(course, Paper.quiz(course, attempt.getQuizId()).orElse(null), shown),
              view.text(),
              view.open().rubric(),
              view.textAnswer(),
              answered));
    }
    return list;
  }

  /**
   * Grades one essay of this view's list; out of the trainer's scope (or already graded by someone
   * else), the essay is gone and the list is read again.
   */
  public void grade(Row row) {
    row.problem = null;
    if (row.percent == null || row.percent < 0 || row.percent > 100) {
      row.problem = "teach.essays.percent_invalid";
      return;
    }
    try {
      QuizAttempt attempt =
          essays.grade(
              user.account().orElseThrow(), row.attemptId, row.position, row.percent, row.comment);
      Messages.addGlobalInfo(
          attempt.isAwaitingGrading() ? "teach.essays.graded" : "teach.essays.graded_all",
          row.learner);
    } catch (AttemptException e) {
      if (e.reason() == AttemptException.Reason.TOO_LONG) {
        row.problem = "teach.essays.comment_too_long";
        return;
      }
      Messages.addGlobalError("teach.essays.gone");
    }
    rows = null;
  }
}

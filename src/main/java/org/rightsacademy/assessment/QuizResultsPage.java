package org.rightsacademy.assessment;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.LanguagePreference;

/**
 * For trainers and coordinators: every quiz of every course with its number of submissions, and for
 * one quiz the latest attempts and each question's facility and discrimination, overall and per
 * language, with questions much harder in one language flagged. Every figure and list counts only
 * the learners the viewer may see (their workshops' participants, their countries' learners).
 */
@Named
@ViewScoped
public class QuizResultsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int LATEST = 50;

  /** A quiz in the overview. */
  public record QuizRow(
      String code, String courseTitle, String quizId, String quizTitle, long submitted) {}

  /** A question's statistics with its text in the reader's language. */
  public record QuestionRow(String key, String text, String source, ItemStatistics.Item figures) {}

  /** An attempt in the list, with the learner's name. */
  public record AttemptRow(QuizAttempt attempt, String learner, String submittedAt) {}

  @EJB private GradingService grading;
  @EJB private CourseCatalog catalog;
  @EJB private AccountService accounts;
  @Inject private LanguagePreference language;
  @Inject private CurrentUser user;

  private String code;
  private String quiz;
  private transient List<QuizRow> quizzes;
  private transient List<QuestionRow> questions;
  private transient List<AttemptRow> latest;

  public void load() throws IOException {
    if (code != null
        && (quiz == null
            || catalog.latest(code).flatMap(p -> Paper.quiz(p.course(), quiz)).isEmpty())) {
      Faces.responseSendError(404, "no such quiz");
    }
  }

  public List<QuizRow> getQuizzes() {
    if (quizzes != null) {
      return quizzes;
    }
    List<QuizRow> rows = new ArrayList<>();
    Map<String, Long> submitted = grading.submittedCounts(viewer());
    for (CourseCatalog.Published published : catalog.all()) {
      CoursePackage course = published.course();
      course
          .quizzes()
          .forEach(
              q ->
                  rows.add(
                      new QuizRow(
                          course.code(),
                          text(course.titles()),
                          q.id(),
                          QuizTitles.title(course, q, language.getCurrent()),
                          submitted.getOrDefault(course.code() + "/" + q.id(), 0L))));
    }
    quizzes = rows;
    return rows;
  }

  public List<QuestionRow> getQuestions() {
    if (questions == null) {
      CoursePackage course = catalog.latest(code).orElseThrow().course();
      questions = new ArrayList<>();
      for (ItemStatistics.Item item :
          ItemStatistics.of(grading.observations(viewer(), code, quiz))) {
        String[] key = item.questionKey().split("/", 2);
        Optional<Question> question = Paper.question(course, key[0], key[1]);
        questions.add(
            new QuestionRow(
                item.questionKey(),
                question
                    .map(
                        q ->
                            Optional.ofNullable(q.texts().get(language.getCurrent()))
                                .orElse(q.texts().get(Language.DEFAULT))
                                .text())
                    .orElse(item.questionKey()),
                question
                    .map(
                        q ->
                            Optional.ofNullable(q.texts().get(language.getCurrent()))
                                .orElse(q.texts().get(Language.DEFAULT))
                                .source())
                    .orElse(""),
                item));
      }
    }
    return questions;
  }

  public List<AttemptRow> getLatest() {
    if (latest == null) {
      // In the reader's language (day and month names, order), in the platform's time zone.
      org.rightsacademy.platform.Human when =
          org.rightsacademy.platform.Human.in(language.getCurrent());
      Map<Long, String> names = new HashMap<>();
      latest =
          grading.submitted(viewer(), code, quiz, 0, LATEST).stream()
              .map(
                  a ->
                      new AttemptRow(
                          a,
                          names.computeIfAbsent(
                              a.getAccountId(),
                              id ->
                                  accounts.find(id).map(Account::getDisplayName).orElse("#" + id)),
                          a.getSubmittedAt().map(when::dateTime).orElse("")))
              .toList();
    }
    return latest;
  }

  public long getSubmitted() {
    return grading.countSubmitted(viewer(), code, quiz);
  }

  private Account viewer() {
    return user.account().orElseThrow();
  }

  public List<Language> getLanguages() {
    return List.of(Language.values());
  }

  /** A share as whole per cent, or a dash. */
  public String percent(Double share) {
    return share == null ? "—" : Math.round(share * 100) + "%";
  }

  public String decimal(Double value) {
    return value == null ? "—" : String.format(language.getCurrent().locale(), "%.2f", value);
  }

  public String getQuizTitle() {
    return catalog
        .latest(code)
        .map(
            p ->
                QuizTitles.title(
                    p.course(), Paper.quiz(p.course(), quiz).orElse(null), language.getCurrent()))
        .orElse(quiz);
  }

  public String getCourseTitle() {
    return catalog.latest(code).map(p -> text(p.course().titles())).orElse("");
  }

  private String text(Map<Language, String> texts) {
    return Optional.ofNullable(texts.get(language.getCurrent()))
        .orElse(texts.get(Language.DEFAULT));
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

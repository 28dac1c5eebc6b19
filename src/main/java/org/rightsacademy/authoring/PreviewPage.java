package org.rightsacademy.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.platform.Language;

/**
 * The draft exactly as a learner would get it once published: read by the package reader from the
 * files publication would hand over, in the learner's language when that translation is complete
 * and in English otherwise (with the same note a learner sees).
 */
@Named
@ViewScoped
public class PreviewPage extends EditorPage {

  private static final long serialVersionUID = 1L;

  /** A lesson of the course, in order, for the preview's lesson list. */
  public record Step(String key, String title, boolean current) {}

  /** A question as a learner sees it: texts in the shown language, options in order. */
  public record ShownQuestion(
      int number,
      String scenario,
      String text,
      String type,
      List<String[]> options,
      List<String[]> matches) {}

  private String lesson;
  private String quiz;
  private transient CoursePackage course;
  private transient List<PackageProblem> problems = List.of();
  private transient List<ProblemPlaces.Placed> placed = List.of();
  private transient Language shown;

  public void load() throws IOException {
    if (!reload()) {
      return;
    }
    java.util.Map<String, byte[]> checked = draft().forLearners(draft().declaredVersion());
    PackageReader.Result result = PackageReader.read(PackageFiles.of(checked));
    problems = result.problems();
    placed =
        ProblemPlaces.placed(
            draft(),
            checked,
            problems,
            getLanguage(),
            (key, arguments) ->
                org.rightsacademy.platform.BundleTexts.text(
                    key, arguments == null ? new Object[0] : arguments));
    course = result.course().orElse(null);
    shown =
        course != null && course.languages().contains(getLanguage()) ? getLanguage() : Language.EN;
    if (course != null && lesson == null && quiz == null && !course.modules().isEmpty()) {
      CoursePackage.Module first = course.modules().getFirst();
      lesson = first.id() + "/" + first.lessons().getFirst().id();
    }
  }

  public boolean isReady() {
    return course != null;
  }

  public List<PackageProblem> getProblems() {
    return problems;
  }

  /** The problems named where the trainer typed them (quiz, question, setting, language). */
  public List<ProblemPlaces.Placed> getPlacedProblems() {
    return placed;
  }

  public boolean isFallback() {
    return shown != getLanguage();
  }

  public Language getShown() {
    return shown;
  }

  public List<Step> getSteps() {
    List<Step> steps = new ArrayList<>();
    for (CoursePackage.Module module : course.modules()) {
      for (CoursePackage.Lesson l : module.lessons()) {
        String key = module.id() + "/" + l.id();
        steps.add(new Step(key, l.titles().get(shown), key.equals(lesson)));
      }
    }
    return steps;
  }

  public String getLessonHtml() {
    for (CoursePackage.Module module : course.modules()) {
      for (CoursePackage.Lesson l : module.lessons()) {
        if ((module.id() + "/" + l.id()).equals(lesson)) {
          return withMedia(l.html().get(shown));
        }
      }
    }
    return "";
  }

  /** A quiz in the preview's list: a module quiz is named after its module; tests by their kind. */
  public record QuizLink(String id, String kind, String module) {}

  public List<QuizLink> getQuizzes() {
    List<QuizLink> quizzes = new ArrayList<>();
    quizzes.add(new QuizLink(course.preTest().id(), "pre_test", null));
    course
        .modules()
        .forEach(m -> quizzes.add(new QuizLink(m.quiz().id(), "module", m.titles().get(shown))));
    quizzes.add(new QuizLink(course.finalTest().id(), "final_test", null));
    return quizzes;
  }

  public List<ShownQuestion> getQuestions() {
    CoursePackage.Quiz shownQuiz =
        course.preTest().id().equals(quiz)
            ? course.preTest()
            : course.finalTest().id().equals(quiz)
                ? course.finalTest()
                : course.modules().stream()
                    .map(CoursePackage.Module::quiz)
                    .filter(z -> z.id().equals(quiz))
                    .findFirst()
                    .orElse(null);
    List<ShownQuestion> questions = new ArrayList<>();
    if (shownQuiz == null) {
      return questions;
    }
    int number = 1;
    for (Question question : shownQuiz.questions()) {
      CoursePackage.QuestionText words = question.texts().get(shown);
      List<String[]> options = new ArrayList<>();
      question.options().stream()
          .filter(words.options()::containsKey) // a numerical answer's words are its feedback
          .forEach(o -> options.add(new String[] {o, words.options().get(o).text()}));
      List<String[]> matches = new ArrayList<>();
      question.matches().forEach(m -> matches.add(new String[] {m, words.matches().get(m)}));
      Map<Language, String> scenario =
          question.scenario() == null ? Map.of() : shownQuiz.scenarios().get(question.scenario());
      questions.add(
          new ShownQuestion(
              number++,
              scenario.get(shown),
              words.text(),
              QuestionDraft.typeName(question.type()),
              options,
              matches));
    }
    return questions;
  }

  /** How many questions a draw adds when an attempt starts (they are not fixed, so not shown). */
  public int getDrawn() {
    return course.preTest().id().equals(quiz)
        ? course.preTest().draws().stream().mapToInt(CoursePackage.Draw::count).sum()
        : course.finalTest().id().equals(quiz)
            ? course.finalTest().draws().stream().mapToInt(CoursePackage.Draw::count).sum()
            : 0;
  }

  public String getShownTitle() {
    return course.titles().get(shown);
  }

  public String getLesson() {
    return lesson;
  }

  public void setLesson(String lesson) {
    this.lesson = lesson;
  }

  public String getQuizId() {
    return quiz;
  }

  public void setQuizId(String quiz) {
    this.quiz = quiz;
  }
}

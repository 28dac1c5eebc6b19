package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.rightsacademy.catalog.model.LearningPackage;
import org.rightsacademy.catalog.model.Localized;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.QuestionText;
import org.rightsacademy.catalog.model.Quiz;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.catalog.model.Scenario;
import org.rightsacademy.platform.Language;

/**
 * Edits of a package's quizzes — questions, scenarios, settings — each a function from one {@link
 * LearningPackage} to the next.
 */
final class QuestionEdits {

  private QuestionEdits() {}

  static Quiz quiz(LearningPackage course, String quiz) {
    return course.quiz(quiz).orElseThrow(() -> new IllegalArgumentException("no quiz " + quiz));
  }

  static LearningPackage changeQuestion(
      LearningPackage course, String quiz, String id, UnaryOperator<Question> change) {
    Quiz current = quiz(course, quiz);
    return course.withQuiz(
        current.withQuestions(
            current.questions().stream()
                .map(q -> q.id().equals(id) ? change.apply(q) : q)
                .toList()));
  }

  /**
   * A question's answer key and, when {@code words} are given, its words in one language; a new id
   * is appended to the quiz.
   */
  static LearningPackage saveQuestion(
      LearningPackage course,
      String quiz,
      QuestionDraft key,
      Language language,
      QuestionWords words) {
    Quiz current = quiz(course, quiz);
    Localized<QuestionText> texts =
        current.question(key.id()).map(Question::texts).orElse(Localized.empty());
    if (words != null) {
      texts = texts.with(language, QuestionForms.text(words, key));
    }
    Question saved = QuestionForms.question(key, texts);
    List<Question> questions = new ArrayList<>(current.questions());
    int index = indexOf(questions, key.id());
    if (index < 0) {
      questions.add(saved);
    } else {
      questions.set(index, saved);
    }
    return course.withQuiz(current.withQuestions(questions));
  }

  /** A copy of a question under a new id, just after it, in every language it has. */
  static LearningPackage duplicateQuestion(
      LearningPackage course, String quiz, String id, String copyId) {
    Quiz current = quiz(course, quiz);
    List<Question> questions = new ArrayList<>(current.questions());
    int index = indexOf(questions, id);
    Question original = questions.get(index);
    questions.add(index + 1, original.with(original.common().withId(copyId)));
    return course.withQuiz(current.withQuestions(questions));
  }

  static LearningPackage removeQuestion(LearningPackage course, String quiz, String id) {
    Quiz current = quiz(course, quiz);
    LearningPackage without =
        course.withQuiz(
            current.withQuestions(
                current.questions().stream().filter(q -> !q.id().equals(id)).toList()));
    return Translations.forget(without, Translations.question(quiz, id));
  }

  static LearningPackage addScenario(LearningPackage course, String quiz, String id) {
    Quiz current = quiz(course, quiz);
    List<Scenario> scenarios = new ArrayList<>(current.scenarios());
    scenarios.add(new Scenario(id, Localized.empty()));
    return course.withQuiz(current.withScenarios(scenarios));
  }

  /** A scenario's text in one language; blank removes it. */
  static LearningPackage saveScenario(
      LearningPackage course, String quiz, String scenario, Language language, String text) {
    Quiz current = quiz(course, quiz);
    return course.withQuiz(
        current.withScenarios(
            current.scenarios().stream()
                .map(
                    s ->
                        s.id().equals(scenario)
                            ? new Scenario(s.id(), OutlineEdits.put(s.text(), language, text))
                            : s)
                .toList()));
  }

  static LearningPackage saveSettings(
      LearningPackage course, String quiz, QuizSettings.Overrides settings) {
    return course.withQuiz(quiz(course, quiz).withSettings(settings));
  }

  /** The settings written, with a form's values over them: a blank value takes the default. */
  static PackageFormat.Settings settingsForm(
      Map<String, String> written, Map<String, String> form) {
    Map<String, String> merged = new LinkedHashMap<>(written);
    form.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            merged.put(name, value.strip());
          } else {
            merged.remove(name);
          }
        });
    return PackageFormat.settings(merged);
  }

  private static int indexOf(List<Question> questions, String id) {
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}

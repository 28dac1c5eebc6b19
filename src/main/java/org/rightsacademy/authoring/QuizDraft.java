package org.rightsacademy.authoring;

import java.util.List;
import java.util.Map;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.QuestionText;
import org.rightsacademy.catalog.model.Quiz;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.platform.Language;

/**
 * One quiz of a {@link Draft}: its questions as the editor's forms hold them, its scenarios and
 * settings, and their edits ({@link QuestionEdits}), each with the translation ledger kept true.
 */
public final class QuizDraft {

  private final Draft draft;
  private final String id;

  QuizDraft(Draft draft, String id) {
    this.draft = draft;
    this.id = id;
  }

  public String id() {
    return id;
  }

  private Quiz quiz() {
    return QuestionEdits.quiz(draft.model(), id);
  }

  private List<Question> all() {
    return draft.model().quiz(id).map(Quiz::questions).orElse(List.of());
  }

  public List<QuestionDraft> questions() {
    return all().stream().map(QuestionForms::draft).toList();
  }

  /** The model's question, for a preview or an export. */
  public Question model(String question) {
    return quiz()
        .question(question)
        .orElseThrow(
            () -> new IllegalArgumentException("no question " + question + " in quiz " + id));
  }

  public QuestionDraft question(String question) {
    return QuestionForms.draft(model(question));
  }

  public List<String> scenarios() {
    return draft.model().quiz(id).map(Quiz::scenarios).orElse(List.of()).stream()
        .map(s -> s.id())
        .toList();
  }

  /** A question's words in one language, or null when it has none in that language. */
  public QuestionWords words(String question, Language language) {
    QuestionText text =
        all().stream()
            .filter(q -> q.id().equals(question))
            .findFirst()
            .map(q -> q.texts().values().get(language))
            .orElse(null);
    return text == null ? null : QuestionForms.words(text);
  }

  /** Whether a question has every text it needs in a language (what the validator requires). */
  public boolean complete(String question, Language language) {
    return all().stream()
        .filter(q -> q.id().equals(question) && q.texts().has(language))
        .findFirst()
        .map(q -> QuestionForms.complete(q, q.texts().values().get(language)))
        .orElse(false);
  }

  /** A scenario's text in one language, or null. */
  public String scenarioText(String scenario, Language language) {
    return draft
        .model()
        .quiz(id)
        .flatMap(q -> q.scenario(scenario))
        .map(s -> s.text().values().get(language))
        .orElse(null);
  }

  /**
   * Saves a question: its answer key (language-neutral) and, when given, its words in one language.
   * A new id is appended to the quiz.
   */
  public void saveQuestion(QuestionDraft key, Language language, QuestionWords words) {
    if (words != null && !TextLimits.question(words).isEmpty()) {
      throw TextLimits.question(words).getFirst();
    }
    draft.edit(
        Translations.question(id, key.id()),
        language,
        m -> QuestionEdits.saveQuestion(m, id, key, language, words));
  }

  /** Adds imported questions, their words in the language they were written in. */
  public void addQuestions(List<GiftImport.Item> imported, Language language) {
    for (GiftImport.Item question : imported) {
      saveQuestion(question.key(), language, question.words());
    }
  }

  /** A copy of a question, with a new id, just after it, in every language it has. */
  public String duplicateQuestion(String question) {
    model(question);
    String copyId = draft.newQuestionId(question + "-copy");
    draft.apply(QuestionEdits.duplicateQuestion(draft.model(), id, question, copyId));
    return copyId;
  }

  public void removeQuestion(String question) {
    model(question);
    draft.apply(QuestionEdits.removeQuestion(draft.model(), id, question));
  }

  /** What the quiz draws at random from the course's bank, by tag. */
  public List<org.rightsacademy.catalog.model.Draw> draws() {
    return quiz().draws();
  }

  /**
   * The questions of the whole course a draw by this tag may give, as {@code quiz/question}: a
   * learner of this quiz reads them, so they are translated where they are written.
   */
  public List<String> drawable(String tag) {
    List<String> found = new java.util.ArrayList<>();
    for (Quiz other : draft.model().quizzes()) {
      for (Question question : other.questions()) {
        if (question.bankTags(other.id()).contains(tag)) {
          found.add(other.id() + "/" + question.id());
        }
      }
    }
    return found;
  }

  /** The settings the quiz sets; the others take their defaults. */
  public QuizSettings.Overrides settings() {
    return quiz().settings();
  }

  /** The settings the quiz sets, by their names in the format, as text (for the settings form). */
  public Map<String, String> settingsText() {
    return PackageFormat.settingsText(settings());
  }

  /** Every setting as it is when the quiz leaves it to the defaults of its role, as text. */
  public Map<String, String> defaultsText() {
    QuizSettings d =
        quiz()
            .withSettings(QuizSettings.Overrides.NONE)
            .settings(draft.model().manifest().passMark());
    return PackageFormat.settingsText(
        new QuizSettings.Overrides(
            d.passMark(),
            d.attempts(),
            d.grading(),
            d.timeLimitMinutes(),
            d.shuffleQuestions(),
            d.shuffleOptions(),
            d.feedback(),
            d.reveal(),
            d.multiple(),
            d.penalty()));
  }

  public void saveSettings(QuizSettings.Overrides settings) {
    draft.apply(QuestionEdits.saveSettings(draft.model(), id, settings));
  }

  /**
   * Sets the given settings, by their names in the format; those given empty take their defaults,
   * those not given are kept. A value the format refuses is not saved: its problem is returned.
   */
  public List<PackageProblem> saveSettings(Map<String, String> form) {
    PackageFormat.Settings read = QuestionEdits.settingsForm(settingsText(), form);
    if (read.problems().isEmpty()) {
      saveSettings(read.settings());
    }
    return read.problems();
  }

  /** A new scenario (a case several questions share), with its English text. */
  public String addScenario(String englishText) {
    String scenario = draft.newQuestionId(englishText);
    draft.apply(QuestionEdits.addScenario(draft.model(), id, scenario));
    saveScenario(scenario, Language.EN, englishText);
    return scenario;
  }

  public void saveScenario(String scenario, Language language, String text) {
    TextLimits.check(TextLimits.Field.SCENARIO, text);
    draft.edit(
        Translations.scenario(id, scenario),
        language,
        m -> QuestionEdits.saveScenario(m, id, scenario, language, text));
  }
}

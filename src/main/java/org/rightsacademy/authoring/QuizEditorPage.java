package org.rightsacademy.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.platform.BundleTexts;
import org.rightsacademy.platform.Language;

/**
 * A quiz's question bank: search and filter, new question of any type, duplicate, remove; the
 * scenarios its questions share; its settings; GIFT import (previewed, strict or lenient) and
 * export.
 */
@Named
@ViewScoped
public class QuizEditorPage extends EditorPage {

  private static final long serialVersionUID = 1L;

  /**
   * A question in the list: its key, its words in the page's language (or English), and the state
   * of its translation in that language.
   */
  public record Row(QuestionDraft key, String text, String source, TranslationStatus.State state) {
    public boolean translated() {
      return state != TranslationStatus.State.MISSING;
    }
  }

  private String quiz;
  private String search;
  private String type;
  private String tag;
  private String newType = "single";
  private final GiftImportForm giftImport = new GiftImportForm();
  private GiftImport.Result giftImported;
  private String newScenario;
  private Map<String, String> scenarioTexts = new HashMap<>();
  private Map<String, String> settings = new LinkedHashMap<>();
  private Map<String, String> settingErrors = new LinkedHashMap<>();

  public void load() throws IOException {
    if (!reload()) {
      return;
    }
    if (!draft().quizzes().contains(quiz)) {
      notFound("no such quiz");
      return;
    }
    fill();
  }

  private void fill() {
    scenarioTexts = new HashMap<>();
    draft()
        .quiz(quiz)
        .scenarios()
        .forEach(s -> scenarioTexts.put(s, draft().quiz(quiz).scenarioText(s, getLanguage())));
    settings = new LinkedHashMap<>();
    settingErrors = new LinkedHashMap<>();
    Map<String, String> written = draft().quiz(quiz).settingsText();
    for (SettingsForm.Field field : SettingsForm.FIELDS) {
      settings.put(field.name(), written.getOrDefault(field.name(), ""));
    }
  }

  public List<Row> getRows() {
    List<Row> rows = new ArrayList<>();
    String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    for (QuestionDraft key : draft().quiz(quiz).questions()) {
      QuestionWords words = draft().quiz(quiz).words(key.id(), getLanguage());
      QuestionWords shown = words != null ? words : draft().quiz(quiz).words(key.id(), Language.EN);
      String text = shown == null ? "" : String.valueOf(shown.text());
      String source = shown == null ? "" : String.valueOf(shown.source());
      boolean matches =
          needle.isEmpty()
              || (key.id() + " " + text + " " + source).toLowerCase(Locale.ROOT).contains(needle);
      boolean typeMatches = type == null || type.isBlank() || key.getTypeName().equals(type);
      boolean tagMatches =
          tag == null || tag.isBlank() || key.tags().contains(tag) || tag.equals(quiz);
      if (matches && typeMatches && tagMatches) {
        rows.add(
            new Row(
                key, text, source, DrawnQuestions.state(draft(), quiz, key.id(), getLanguage())));
      }
    }
    return rows;
  }

  public List<String> getTags() {
    return draft().quiz(quiz).questions().stream()
        .flatMap(q -> q.tags().stream())
        .distinct()
        .sorted()
        .toList();
  }

  public List<String> getTypes() {
    return java.util.Arrays.stream(QuestionType.values()).map(QuestionDraft::typeName).toList();
  }

  public String newQuestion() {
    return "/author/question?faces-redirect=true&code="
        + code
        + "&quiz="
        + quiz
        + "&type="
        + newType
        + "&lang=en";
  }

  public void duplicate(String id) {
    opened = drafts.edit(code, Map.of(), draft -> draft.quiz(quiz).duplicateQuestion(id));
    Messages.addInfo(null, "author.duplicated");
  }

  public void remove(String id) {
    opened =
        drafts.delete(
            code,
            "question " + quiz + "/" + id,
            Map.of(),
            draft -> draft.quiz(quiz).removeQuestion(id));
    Messages.addInfo(null, "author.removed");
  }

  public void saveScenarios() {
    Language language = getLanguage();
    if (scenarioTexts.values().stream()
        .anyMatch(t -> !TextLimits.fits(TextLimits.Field.SCENARIO, t))) {
      scenarioTexts.values().stream()
          .filter(t -> !TextLimits.fits(TextLimits.Field.SCENARIO, t))
          .forEach(t -> tooLong(null, TextLimits.Field.SCENARIO, t));
      return;
    }
    opened =
        drafts.edit(
            code,
            Map.of(),
            draft ->
                scenarioTexts.forEach(
                    (id, text) -> {
                      if (!java.util.Objects.equals(
                          text, draft.quiz(quiz).scenarioText(id, language))) {
                        draft.quiz(quiz).saveScenario(id, language, text);
                      }
                    }));
    Messages.addInfo(null, "author.saved");
    warnWording(
        language, scenarioTexts.values().stream().map(String::valueOf).toArray(String[]::new));
  }

  public void addScenario() {
    if (newScenario == null || newScenario.isBlank()) {
      Messages.addError(null, "author.text.required");
      return;
    }
    String text = newScenario;
    if (!TextLimits.fits(TextLimits.Field.SCENARIO, text)) {
      tooLong(null, TextLimits.Field.SCENARIO, text);
      return;
    }
    opened = drafts.edit(code, Map.of(), draft -> draft.quiz(quiz).addScenario(text));
    newScenario = null;
    fill();
    Messages.addInfo(null, "author.saved");
  }

  /**
   * Saves the settings the form's controls hold. Each value is checked at its field first: a value
   * a setting does not take is named beside its field and nothing is saved.
   */
  public void saveSettings() {
    Map<String, String> values = new LinkedHashMap<>();
    for (SettingsForm.Field field : SettingsForm.FIELDS) {
      String value = Faces.getRequestParameter("setting-" + field.name());
      values.put(field.name(), value == null ? "" : value.strip());
    }
    settings = new LinkedHashMap<>(values);
    settingErrors = new LinkedHashMap<>();
    SettingsForm.check(values)
        .forEach(
            (name, refusal) ->
                settingErrors.put(
                    name, BundleTexts.text(refusal.key(), refusal.arguments().toArray())));
    if (!settingErrors.isEmpty()) {
      Messages.addError(null, "author.settings.refused");
      return;
    }
    List<PackageProblem> refused = new ArrayList<>();
    opened =
        drafts.edit(code, Map.of(), draft -> refused.addAll(draft.quiz(quiz).saveSettings(values)));
    if (!refused.isEmpty()) {
      ProblemTexts texts = new ProblemTexts();
      refused.forEach(
          p -> Messages.addError(null, "author.settings.invalid", texts.detail(p.detail())));
      return;
    }
    fill();
    Messages.addInfo(null, "author.saved");
  }

  /** The settings the form shows, each with its control. */
  public List<SettingsForm.Field> getSettingFields() {
    return SettingsForm.FIELDS;
  }

  /** What a setting is when left on its default, as the trainer reads it. */
  public String defaultLabel(SettingsForm.Field field) {
    String value = draft().quiz(quiz).defaultsText().get(field.name());
    return BundleTexts.text(
        "author.setting.default", field.isNumber() ? value : valueLabel(field, value));
  }

  /** A value of a choice or yes/no setting, in the trainer's language. */
  public String valueLabel(SettingsForm.Field field, String value) {
    if (value == null) {
      return "";
    }
    return field.control() == SettingsForm.Control.FLAG
        ? BundleTexts.text(
            "true".equals(value) ? "author.setting.value.yes" : "author.setting.value.no")
        : BundleTexts.text("author.setting.value." + value);
  }

  /** Reads the pasted or uploaded GIFT and shows what an import would do; stores nothing. */
  public void previewGift() {
    String refused = giftImport.take();
    if (refused != null) {
      giftImport.setPreview(null);
      Messages.addError(null, refused);
      return;
    }
    GiftImport.Result result = giftImport.read(quiz, draft().takenIds()::contains);
    giftImport.setPreview(result);
    Messages.addInfo(null, "author.gift.previewed", result.items().size(), result.skipped().size());
  }

  /**
   * Imports what the preview showed: strict, every question or none; lenient, what can be read, the
   * rest listed by line and reason.
   */
  public void importGift() {
    GiftImport.Result shown = giftImport.getPreview();
    String refused = giftImport.take();
    if (refused != null || shown == null) {
      Messages.addError(null, refused != null ? refused : "author.gift.preview_first");
      return;
    }
    GiftImport.Result result = giftImport.read(quiz, draft().takenIds()::contains);
    if (!result.equals(shown)) {
      giftImport.setPreview(result);
      Messages.addError(null, "author.gift.changed");
      return;
    }
    if (!giftImport.isLenient() && !result.clean()) {
      Messages.addError(null, "author.gift.rejected", result.skipped().size());
      return;
    }
    if (result.items().isEmpty()) {
      Messages.addError(null, "author.gift.nothing");
      return;
    }
    Language language = getLanguage();
    // A pasted question longer than the editor takes is refused before anything is stored.
    if (result.items().stream().anyMatch(q -> refusesLongText(q.words(), null))) {
      return;
    }
    opened =
        drafts.edit(
            code, Map.of(), draft -> draft.quiz(quiz).addQuestions(result.items(), language));
    giftImported = result;
    giftImport.forget();
    Messages.addInfo(null, "author.gift.imported", result.items().size());
    if (!result.skipped().isEmpty()) {
      Messages.addWarn(null, "author.gift.left_out", result.skipped().size());
    }
    warnWording(
        language,
        result.items().stream()
            .flatMap(q -> java.util.stream.Stream.of(q.words().text(), q.words().feedback()))
            .toArray(String[]::new));
  }

  /** This quiz's questions in the page's language as a GIFT file. */
  public void exportGift() throws IOException {
    List<org.rightsacademy.catalog.model.Question> questions = new ArrayList<>();
    for (QuestionDraft key : draft().quiz(quiz).questions()) {
      questions.add(draft().quiz(quiz).model(key.id()));
    }
    Faces.sendFile(
        GiftExport.write(quiz, questions, getLanguage()).getBytes(StandardCharsets.UTF_8),
        code + "-" + quiz + "." + getLang() + ".gift.txt",
        true);
  }

  /** "Pre-test", "Final test", or the title of the module whose quiz this is. */
  public String getQuizTitle() {
    return QuestionTitles.quiz(draft(), quiz, getLanguage());
  }

  /**
   * What this quiz draws (a new course's pre-test and final test draw from the module quizzes): the
   * questions a learner may get, with their translation in the page's language and where to make
   * it.
   */
  public List<DrawnQuestions.DrawView> getDraws() {
    return DrawnQuestions.of(draft(), quiz, getLanguage());
  }

  public List<String> getScenarios() {
    return draft().quiz(quiz).scenarios();
  }

  public String englishScenario(String id) {
    return draft().quiz(quiz).scenarioText(id, Language.EN);
  }

  public String getQuiz() {
    return quiz;
  }

  public void setQuiz(String quiz) {
    this.quiz = quiz;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getNewType() {
    return newType;
  }

  public void setNewType(String newType) {
    this.newType = newType;
  }

  public GiftImportForm getGiftImport() {
    return giftImport;
  }

  /** What the last import left out, listed after it (empty before one). */
  public List<GiftImport.Skipped> getGiftLeftOut() {
    return giftImported == null ? List.of() : giftImported.skipped();
  }

  public String getNewScenario() {
    return newScenario;
  }

  public void setNewScenario(String newScenario) {
    this.newScenario = newScenario;
  }

  public Map<String, String> getScenarioTexts() {
    return scenarioTexts;
  }

  public Map<String, String> getSettings() {
    return settings;
  }

  public Map<String, String> getSettingErrors() {
    return settingErrors;
  }
}

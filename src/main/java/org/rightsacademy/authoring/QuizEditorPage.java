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
 * scenarios its questions share; its settings; GIFT import (all or nothing) and export.
 */
@Named
@ViewScoped
public class QuizEditorPage extends EditorPage {

  private static final long serialVersionUID = 1L;

  /** A question in the list: its key and its words in the page's language (or English). */
  public record Row(QuestionDraft key, String text, String source, boolean translated) {}

  private String quiz;
  private String search;
  private String type;
  private String tag;
  private String newType = "single";
  private String gift;
  private transient jakarta.servlet.http.Part giftFile;
  private String giftSource;
  private List<Gift.Problem> giftProblems = List.of();
  private String newScenario;
  private Map<String, String> scenarioTexts = new HashMap<>();
  private Map<String, String> settings = new LinkedHashMap<>();

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
    for (String name :
        List.of(
            "pass_mark",
            "attempts",
            "time_limit",
            "feedback",
            "reveal",
            "shuffle_questions",
            "shuffle_options")) {
      settings.put(name, draft().quiz(quiz).settingsText().getOrDefault(name, ""));
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
        rows.add(new Row(key, text, source, draft().quiz(quiz).complete(key.id(), getLanguage())));
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

  public void saveSettings() {
    List<PackageProblem> refused = new ArrayList<>();
    Map<String, String> values = new LinkedHashMap<>(settings);
    opened =
        drafts.edit(code, Map.of(), draft -> refused.addAll(draft.quiz(quiz).saveSettings(values)));
    if (!refused.isEmpty()) {
      refused.forEach(p -> Messages.addError(null, "author.settings.invalid", p.detail()));
      return;
    }
    Messages.addInfo(null, "author.saved");
  }

  /** Imports GIFT text: every question, or none and a report of each one that cannot be taken. */
  public void importGift() {
    giftProblems = List.of();
    if (giftFile != null && giftFile.getSize() > 0) {
      if (giftFile.getSize() > 2 * 1024 * 1024) {
        Messages.addError(null, "author.gift.too_large");
        return;
      }
      try (java.io.InputStream in = giftFile.getInputStream()) {
        gift =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
                .toString()
                .replace("\uFEFF", "");
      } catch (java.nio.charset.CharacterCodingException e) {
        Messages.addError(null, "author.gift.not_utf8");
        return;
      } catch (IOException e) {
        Messages.addError(null, "author.gift.not_utf8");
        return;
      }
    }
    if (gift == null || gift.isBlank()) {
      Messages.addError(null, "author.gift.empty");
      return;
    }
    Language language = getLanguage();
    java.util.Set<String> taken = draft().takenIds();
    Gift.Result result =
        Gift.read(
            gift,
            giftSource == null || giftSource.isBlank() ? null : giftSource.strip(),
            taken::contains);
    if (!result.ok()) {
      giftProblems = result.problems();
      Messages.addError(null, "author.gift.rejected", giftProblems.size());
      return;
    }
    // A pasted question longer than the editor takes is refused before anything is stored.
    if (result.questions().stream().anyMatch(q -> refusesLongText(q.words(), null))) {
      return;
    }
    opened =
        drafts.edit(
            code, Map.of(), draft -> draft.quiz(quiz).addQuestions(result.questions(), language));
    Messages.addInfo(null, "author.gift.imported", result.questions().size());
    gift = null;
    warnWording(
        language,
        result.questions().stream()
            .flatMap(q -> java.util.stream.Stream.of(q.words().text(), q.words().feedback()))
            .toArray(String[]::new));
  }

  /** This quiz's questions in the page's language as a GIFT file. */
  public void exportGift() throws IOException {
    List<GiftWriter.Exported> questions = new ArrayList<>();
    for (QuestionDraft key : draft().quiz(quiz).questions()) {
      questions.add(
          new GiftWriter.Exported(quiz, draft().quiz(quiz).model(key.id()), getLanguage()));
    }
    Faces.sendFile(
        GiftWriter.write(questions).getBytes(StandardCharsets.UTF_8),
        code + "-" + quiz + "." + getLang() + ".gift.txt",
        true);
  }

  /** "Pre-test", "Final test", or the title of the module whose quiz this is. */
  public String getQuizTitle() {
    if (quiz.equals(draft().preTest())) {
      return BundleTexts.text("author.pre_test");
    }
    if (quiz.equals(draft().finalTest())) {
      return BundleTexts.text("author.final_test");
    }
    return draft().modules().stream()
        .filter(m -> quiz.equals(m.quiz()))
        .findFirst()
        .map(
            m ->
                BundleTexts.text("author.module.quiz")
                    + " · "
                    + m.titles().getOrDefault(getLanguage(), m.title()))
        .orElse(quiz);
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

  public String getGift() {
    return gift;
  }

  public void setGift(String gift) {
    this.gift = gift;
  }

  public jakarta.servlet.http.Part getGiftFile() {
    return giftFile;
  }

  public void setGiftFile(jakarta.servlet.http.Part giftFile) {
    this.giftFile = giftFile;
  }

  public String getGiftSource() {
    return giftSource;
  }

  public void setGiftSource(String giftSource) {
    this.giftSource = giftSource;
  }

  public List<Gift.Problem> getGiftProblems() {
    return giftProblems;
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
}

package org.rightsacademy.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.omnifaces.util.Messages;
import org.rightsacademy.authoring.QuestionWords.OptionWords;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.platform.Language;

/**
 * One question of any type. In English: its answer key (options, what is correct, matches, accepted
 * answers, scenario, tags) and its words; in another language: its words beside the English. A
 * preview shows it as a learner will.
 */
@Named
@ViewScoped
public class QuestionEditorPage extends EditorPage {

  private static final long serialVersionUID = 1L;

  private String quiz;
  private String q;
  private String type;
  private String text;
  private String source;
  private String feedback;
  private String accept;
  private String scenario;
  private String tags;
  private String objective;
  private boolean keepOrder;
  private List<OptionRow> options = new ArrayList<>();
  private List<OptionRow> matches = new ArrayList<>();
  private QuestionWords openedWords;
  private QuestionDraft openedKey;
  private String weightsError;
  private final OpenQuestionForm open = new OpenQuestionForm();

  public void load() throws IOException {
    if (!reload()) {
      return;
    }
    if (!draft().quizzes().contains(quiz)) {
      notFound("no such quiz or question");
      return;
    }
    if (q == null || q.isBlank()) {
      startNew();
      return;
    }
    if (draft().quiz(quiz).questions().stream().noneMatch(x -> x.id().equals(q))) {
      notFound("no such quiz or question");
      return;
    }
    fill();
  }

  private void startNew() {
    lang = "en";
    QuestionType kind;
    try {
      kind = QuestionDraft.type(type == null ? "single" : type);
    } catch (IllegalArgumentException e) {
      kind = QuestionType.SINGLE;
    }
    type = QuestionDraft.typeName(kind);
    options = new ArrayList<>();
    matches = new ArrayList<>();
    switch (kind) {
      case TRUE_FALSE -> {
        options.add(row("true", "True"));
        options.add(row("false", "False"));
        // Nothing ticked: the trainer says which one is right.
      }
      case SHORT -> ShortAnswerForm.start(options);
      case ESSAY, NUMERICAL -> open.start(kind, options);
      default -> {
        for (int i = 0; i < 3; i++) {
          addOption();
        }
        if (kind == QuestionType.MATCHING) {
          for (int i = 0; i < 3; i++) {
            addMatch();
          }
        }
      }
    }
    openedWords = null;
    openedKey = null;
  }

  private static OptionRow row(String id, String text) {
    OptionRow row = new OptionRow(id);
    row.text = text;
    return row;
  }

  private void fill() {
    QuestionDraft key = draft().quiz(quiz).question(q);
    QuestionWords words = draft().quiz(quiz).words(q, getLanguage());
    QuestionWords english = draft().quiz(quiz).words(q, Language.EN);
    openedKey = key;
    openedWords = words;
    open.fill(key);
    type = key.getTypeName();
    text = words == null ? null : words.text();
    source = words == null ? null : words.source();
    feedback = words == null ? null : words.feedback();
    accept = words == null ? "" : String.join("\n", words.accept());
    scenario = key.scenario();
    tags = String.join(", ", key.tags());
    objective = key.objective();
    keepOrder = !key.shuffle();
    List<String> order =
        key.type() == QuestionType.ORDERING && key.correct().size() == key.options().size()
            ? key.correct()
            : key.options();
    options = new ArrayList<>();
    for (String id : order) {
      OptionRow row = new OptionRow(id);
      OptionWords optionWords = words == null ? null : words.options().get(id);
      row.text = optionWords == null ? null : optionWords.text();
      row.feedback = optionWords == null ? null : optionWords.feedback();
      OptionWords englishWords = english == null ? null : english.options().get(id);
      row.englishText = englishWords == null ? null : englishWords.text();
      row.englishFeedback = englishWords == null ? null : englishWords.feedback();
      row.correct = key.correct().contains(id);
      Double weight = key.weights().get(id);
      row.weight = weight == null ? "" : GiftImport.percent(weight);
      row.match = key.pairs().get(id);
      options.add(row);
    }
    matches = new ArrayList<>();
    for (String id : key.matches()) {
      OptionRow row = new OptionRow(id);
      row.text = words == null ? null : words.matches().get(id);
      row.englishText = english == null ? null : english.matches().get(id);
      matches.add(row);
    }
  }

  public void addOption() {
    if (kind("numerical")) {
      open.addRow(options);
      return;
    }
    if (kind("short")) {
      ShortAnswerForm.addRow(options);
      return;
    }
    options.add(new OptionRow(OptionRow.freeId(options, "")));
  }

  public void addMatch() {
    matches.add(new OptionRow(OptionRow.freeId(matches, "m")));
  }

  public void removeOption(OptionRow row) {
    options.remove(row);
  }

  public void removeMatch(OptionRow row) {
    matches.remove(row);
  }

  public void moveOption(OptionRow row, int by) {
    int from = options.indexOf(row);
    int to = from + by;
    if (from >= 0 && to >= 0 && to < options.size()) {
      options.add(to, options.remove(from));
    }
  }

  public void save() {
    Language language = getLanguage();
    QuestionType kind = QuestionDraft.type(type);
    boolean valid = valid(kind, language);
    Map<String, OptionWords> optionWords = new LinkedHashMap<>();
    options.forEach(r -> optionWords.put(r.id, new OptionWords(r.text, r.feedback)));
    Map<String, String> matchWords = new LinkedHashMap<>();
    matches.forEach(r -> matchWords.put(r.id, valid || r.text != null ? r.text : ""));
    List<String> accepted =
        accept == null
            ? List.of()
            : accept.lines().map(String::strip).filter(a -> !a.isEmpty()).toList();
    QuestionWords words =
        new QuestionWords(text, source, feedback, optionWords, matchWords, accepted);
    if (refusesLongText(words, "question:text") || !valid) {
      return;
    }
    QuestionWords expectedWords = openedWords;
    QuestionDraft expectedKey = openedKey;
    boolean isNew = q == null || q.isBlank();
    String[] savedId = {q};
    try {
      opened =
          drafts.edit(
              code,
              Map.of(),
              draft -> {
                if (!isNew) {
                  QuestionDraft currentKey = draft.quiz(quiz).question(q);
                  if (!Objects.equals(currentKey, expectedKey)
                      || !Objects.equals(draft.quiz(quiz).words(q, language), expectedWords)) {
                    throw new EditConflict(PackageFormat.quizTextFile(quiz, language), null, null);
                  }
                }
                String id = isNew ? draft.newQuestionId(text) : q;
                savedId[0] = id;
                QuestionDraft key =
                    language == Language.EN ? key(id, kind) : draft.quiz(quiz).question(id);
                draft.quiz(quiz).saveQuestion(key, language, words);
              });
    } catch (EditConflict e) {
      conflict(e);
      return;
    }
    q = savedId[0];
    fill();
    Messages.addInfo(null, "author.saved");
    List<String> texts = new ArrayList<>(java.util.Arrays.asList(text, feedback));
    options.forEach(
        r -> {
          texts.add(r.text);
          texts.add(r.feedback);
        });
    warnWording(language, texts.stream().filter(Objects::nonNull).toArray(String[]::new));
  }

  private QuestionDraft key(String id, QuestionType kind) {
    return open.key(
        QuestionForms.key(id, kind, options, matches, scenario, tags, keepOrder, objective),
        options);
  }

  private boolean valid(QuestionType kind, Language language) {
    QuestionFormChecks.Checked checked =
        QuestionFormChecks.check(kind, language, text, source, accept, options, matches, open);
    weightsError = checked.weightsError();
    return checked.ok();
  }

  /** The bundle key of what is wrong with the weights as a whole (their sum), or null. */
  public String getWeightsError() {
    return weightsError;
  }

  /** The sum of the positive weights typed, as people read it ("" when none is given). */
  public String getWeightsSum() {
    return QuestionFormChecks.weightsSum(options);
  }

  /** The fields of a numerical question's accepted numbers and an essay's limit and rubric. */
  public OpenQuestionForm getOpen() {
    return open;
  }

  public boolean isChoice() {
    return List.of("single", "multiple", "true-false").contains(type);
  }

  public boolean kind(String name) {
    return name.equals(type);
  }

  public List<String> getScenarioIds() {
    return draft().quiz(quiz).scenarios();
  }

  public QuestionWords getSourceWords() {
    return q == null || q.isBlank() ? null : draft().quiz(quiz).words(q, Language.EN);
  }

  /** The question's words (shortened) as the page's title; its id stays in the address. */
  public String getHeading() {
    return isNew() ? null : QuestionTitles.question(draft(), quiz, q, getLanguage());
  }

  public String getQuizTitle() {
    return QuestionTitles.quiz(draft(), quiz, getLanguage());
  }

  /** Whether exactly one option can be right: ticking one unticks the others. */
  public boolean isOneCorrect() {
    return kind("single") || kind("true-false");
  }

  public boolean isNew() {
    return q == null || q.isBlank();
  }

  public String getQuiz() {
    return quiz;
  }

  public void setQuiz(String quiz) {
    this.quiz = quiz;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public String getAccept() {
    return accept;
  }

  public void setAccept(String accept) {
    this.accept = accept;
  }

  public String getScenario() {
    return scenario;
  }

  public void setScenario(String scenario) {
    this.scenario = scenario;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getObjective() {
    return objective;
  }

  public void setObjective(String objective) {
    this.objective = objective;
  }

  public boolean isKeepOrder() {
    return keepOrder;
  }

  public void setKeepOrder(boolean keepOrder) {
    this.keepOrder = keepOrder;
  }

  public List<OptionRow> getOptions() {
    return options;
  }

  public List<OptionRow> getMatches() {
    return matches;
  }
}

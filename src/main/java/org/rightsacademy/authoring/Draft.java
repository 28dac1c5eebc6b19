package org.rightsacademy.authoring;

import static org.rightsacademy.authoring.PackageYaml.list;
import static org.rightsacademy.authoring.PackageYaml.listIn;
import static org.rightsacademy.authoring.PackageYaml.map;
import static org.rightsacademy.authoring.PackageYaml.mapIn;
import static org.rightsacademy.authoring.PackageYaml.strings;
import static org.rightsacademy.authoring.PackageYaml.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.rightsacademy.platform.Language;

/**
 * A learning package being edited: its files, in the {@code courses/} format, and the edits a
 * trainer makes to them (outline, lessons, questions, translations). Every edit keeps the
 * translation ledger ({@code translations.yaml}) true: it records, per lesson and question and
 * language, the English text a translation was made from, which is how a translation is known to be
 * out of date. Not thread-safe; one request edits one instance.
 */
public final class Draft {

  static final String OUTLINE = "course.yaml";
  static final String LEDGER = "translations.yaml";

  /** A module in the outline. */
  public record ModuleView(
      String id, Map<Language, String> titles, List<LessonView> lessons, String quiz) {
    public String title() {
      return titles.getOrDefault(Language.EN, id);
    }
  }

  /** A lesson in the outline; {@code key} ({@code module/lesson}) names it in the draft. */
  public record LessonView(String module, String id, String file, Map<Language, String> titles) {
    public String key() {
      return module + "/" + id;
    }

    public String title() {
      return titles.getOrDefault(Language.EN, id);
    }
  }

  private final Map<String, byte[]> files;
  private final Set<String> written = new LinkedHashSet<>();
  private final Set<String> removed = new LinkedHashSet<>();
  // Parsed YAML for reading, dropped when its file is written: a translation table reads each
  // quiz file hundreds of times.
  private final Map<String, Map<String, Object>> parsed = new java.util.HashMap<>();

  public Draft(Map<String, byte[]> files) {
    this.files = new TreeMap<>(files);
  }

  /**
   * A new course: one module with one lesson and an empty quiz, and a pre-test and final test that
   * draw from the module quizzes until they get questions of their own.
   */
  public static Draft newCourse(String code, String englishTitle) {
    Draft draft = new Draft(Map.of());
    Map<String, Object> outline = new LinkedHashMap<>();
    outline.put("code", code);
    outline.put("version", 1);
    outline.put("languages", new ArrayList<>(List.of("en")));
    outline.put("title", new LinkedHashMap<>(Map.of("en", englishTitle)));
    outline.put("summary", new LinkedHashMap<>(Map.of("en", englishTitle)));
    outline.put("completion", new LinkedHashMap<>(Map.of("pass_mark", 70)));
    outline.put("pre_test", "pre-test");
    outline.put("final_test", "final-test");
    outline.put("modules", new ArrayList<>());
    draft.writeOutline(outline);
    for (String test : List.of("pre-test", "final-test")) {
      Map<String, Object> key = new LinkedHashMap<>();
      key.put(
          "draw",
          new ArrayList<>(List.of(new LinkedHashMap<>(Map.of("tag", "module-1", "count", 1)))));
      draft.writeYaml(quizKeyFile(test), key);
      draft.writeYaml(quizTextFile(test, Language.EN), new LinkedHashMap<>());
    }
    draft.addLesson(draft.addModule("Module 1").id(), "Introduction");
    draft.written.clear();
    return draft;
  }

  // ---- files ----

  public Map<String, byte[]> files() {
    return new TreeMap<>(files);
  }

  /** The paths of the package's files (a view, not a copy). */
  public Set<String> paths() {
    return java.util.Collections.unmodifiableSet(files.keySet());
  }

  /** Paths written since this instance was made (to store), and paths removed. */
  public Set<String> written() {
    return Set.copyOf(written);
  }

  public Set<String> removed() {
    return Set.copyOf(removed);
  }

  String read(String path) {
    byte[] bytes = files.get(path);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  void write(String path, String text) {
    parsed.remove(path);
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
    written.add(path);
    removed.remove(path);
  }

  void delete(String path) {
    parsed.remove(path);
    if (files.remove(path) != null) {
      removed.add(path);
      written.remove(path);
    }
  }

  Map<String, Object> yaml(String path) {
    String text = read(path);
    return text == null ? new LinkedHashMap<>() : PackageYaml.loadMap(text);
  }

  /** A file's YAML for reading only: callers must not change it (use {@link #yaml} to edit). */
  private Map<String, Object> reading(String path) {
    return parsed.computeIfAbsent(path, this::yaml);
  }

  void writeYaml(String path, Object document) {
    write(path, PackageYaml.dump(document));
  }

  /**
   * The files to publish: the course declares English and the given complete translations (so a
   * partial one never rejects the package: its learners read English until it is complete) and
   * carries the given version number.
   */
  public Map<String, byte[]> publishable(List<Language> languages, int version) {
    Draft copy = new Draft(files);
    Map<String, Object> outline = copy.outline();
    List<Object> codes = new ArrayList<>();
    codes.add(Language.EN.code());
    languages.stream().filter(l -> l != Language.EN).forEach(l -> codes.add(l.code()));
    outline.put("languages", codes);
    outline.put("version", version);
    copy.writeOutline(outline);
    return copy.files();
  }

  /**
   * The files learners get: every language the course is translated into is declared, and each text
   * still missing in one of them is filled with the English, marked in the ledger as a stand-in (so
   * the editor keeps showing it as missing) and set left to right. A learner reading Arabic thus
   * sees the one lesson not yet translated in English, not the whole course.
   */
  public Map<String, byte[]> forLearners(int version) {
    Draft copy = new Draft(files);
    List<TranslationStatus.Item> items = TranslationStatus.of(copy);
    List<Language> targets = TranslationStatus.targets(copy, TranslationStatus.summaries(items));
    for (TranslationStatus.Item item : items) {
      for (Language language : targets) {
        if (item.state(language) == TranslationStatus.State.MISSING) {
          copy.standIn(item.key(), language);
        }
      }
    }
    return copy.publishable(targets, version);
  }

  /** Fills what an item lacks in a language with its English, and records the stand-in. */
  void standIn(String item, Language language) {
    String[] kindAndId = item.split(":", 2);
    // A stand-in from an earlier publication follows the English as it is now.
    boolean renew =
        TranslationStatus.STAND_IN.equals(text(map(ledger().get(item)).get(language.code())));
    Map<String, Object> outline = outline();
    switch (kindAndId[0]) {
      case "course" -> {
        fill(mapIn(outline, "title"), language, renew);
        fill(mapIn(outline, "summary"), language, renew);
        writeOutline(outline);
      }
      case "module" -> {
        fill(mapIn(module(outline, kindAndId[1]), "title"), language, renew);
        writeOutline(outline);
      }
      case "lesson" -> {
        LessonView lesson = lesson(kindAndId[1]);
        fill(mapIn(lessonEntry(outline, lesson), "title"), language, renew);
        writeOutline(outline);
        String path = lessonFile(lesson.file(), language);
        String english = markdown(kindAndId[1], Language.EN);
        if ((renew || read(path) == null || read(path).isBlank()) && english != null) {
          write(path, "<div lang=\"en\" dir=\"ltr\">\n\n" + english.strip() + "\n\n</div>\n");
        }
      }
      case "question", "scenario" -> {
        String[] quizAndId = kindAndId[1].split("/", 2);
        Map<String, Object> englishTexts = yaml(quizTextFile(quizAndId[0], Language.EN));
        Map<String, Object> texts = yaml(quizTextFile(quizAndId[0], language));
        texts.put(quizAndId[1], merged(texts.get(quizAndId[1]), englishTexts.get(quizAndId[1])));
        writeYaml(quizTextFile(quizAndId[0], language), texts);
      }
      default -> throw new IllegalArgumentException("unknown item " + item);
    }
    Map<String, Object> ledger = ledger();
    mapIn(ledger, item).put(language.code(), TranslationStatus.STAND_IN);
    writeYaml(LEDGER, ledger);
  }

  private static void fill(Map<String, Object> texts, Language language, boolean renew) {
    if ((renew || text(texts.get(language.code())) == null)
        && texts.get(Language.EN.code()) != null) {
      texts.put(language.code(), texts.get(Language.EN.code()));
    }
  }

  /** A translation's entry with every part it lacks taken from the English entry. */
  private static Object merged(Object translation, Object english) {
    if (translation == null || (translation instanceof String t && t.isBlank())) {
      return english;
    }
    if (translation instanceof Map<?, ?> && english instanceof Map<?, ?>) {
      Map<String, Object> result = new LinkedHashMap<>(map(translation));
      map(english).forEach((key, value) -> result.put(key, merged(result.get(key), value)));
      return result;
    }
    if (translation instanceof List<?> list && list.isEmpty()) {
      return english;
    }
    return translation;
  }

  // ---- outline ----

  Map<String, Object> outline() {
    return yaml(OUTLINE);
  }

  private void writeOutline(Map<String, Object> outline) {
    writeYaml(OUTLINE, outline);
  }

  public String code() {
    return text(reading(OUTLINE).get("code"));
  }

  public Map<Language, String> titles() {
    return translations(reading(OUTLINE).get("title"));
  }

  public Map<Language, String> summaries() {
    return translations(reading(OUTLINE).get("summary"));
  }

  /** Whether certificates print the final-test grade ({@code certificate: show_score}). */
  public boolean showsScore() {
    return reading(OUTLINE).get("certificate") instanceof Map<?, ?> certificate
        && Boolean.TRUE.equals(certificate.get("show_score"));
  }

  public void setShowsScore(boolean show) {
    Map<String, Object> outline = outline();
    mapIn(outline, "certificate").put("show_score", show);
    writeOutline(outline);
  }

  public String preTest() {
    return text(reading(OUTLINE).get("pre_test"));
  }

  public String finalTest() {
    return text(reading(OUTLINE).get("final_test"));
  }

  /** The languages course.yaml declares (English first). */
  public List<Language> declaredLanguages() {
    return strings(reading(OUTLINE).get("languages")).stream()
        .map(Language::fromCode)
        .flatMap(java.util.Optional::stream)
        .toList();
  }

  public int declaredVersion() {
    Object version = reading(OUTLINE).get("version");
    return version instanceof Integer number ? number : 1;
  }

  public List<ModuleView> modules() {
    List<ModuleView> modules = new ArrayList<>();
    for (Object item : list(reading(OUTLINE).get("modules"))) {
      Map<String, Object> module = map(item);
      String id = text(module.get("id"));
      List<LessonView> lessons = new ArrayList<>();
      for (Object lessonItem : list(module.get("lessons"))) {
        Map<String, Object> lesson = map(lessonItem);
        lessons.add(
            new LessonView(
                id,
                text(lesson.get("id")),
                text(lesson.get("file")),
                translations(lesson.get("title"))));
      }
      modules.add(
          new ModuleView(
              id,
              translations(module.get("title")),
              List.copyOf(lessons),
              text(module.get("quiz"))));
    }
    return modules;
  }

  public LessonView lesson(String key) {
    return modules().stream()
        .flatMap(m -> m.lessons().stream())
        .filter(l -> l.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no lesson " + key));
  }

  /** The course's title and summary in one language. */
  public void setCourseTexts(Language language, String title, String summary) {
    String item = TranslationStatus.COURSE;
    beforeChange(item, language);
    Map<String, Object> outline = outline();
    put(mapIn(outline, "title"), language, title);
    put(mapIn(outline, "summary"), language, summary);
    writeOutline(outline);
    afterChange(item, language);
  }

  /**
   * A new module at the end, with an empty quiz of its own; its id comes from the English title.
   */
  public ModuleView addModule(String englishTitle) {
    Map<String, Object> outline = outline();
    List<Object> modules = listIn(outline, "modules");
    Set<String> taken = new LinkedHashSet<>();
    modules.forEach(m -> taken.add(text(map(m).get("id"))));
    taken.addAll(quizFiles());
    String id = uniqueId(slug(englishTitle, "module"), taken::contains);
    Map<String, Object> module = new LinkedHashMap<>();
    module.put("id", id);
    module.put("title", new LinkedHashMap<>(Map.of("en", englishTitle.strip())));
    module.put("lessons", new ArrayList<>());
    module.put("quiz", id);
    modules.add(module);
    writeOutline(outline);
    writeYaml(quizKeyFile(id), new LinkedHashMap<>(Map.of("questions", new ArrayList<>())));
    writeYaml(quizTextFile(id, Language.EN), new LinkedHashMap<>());
    return modules().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  public void setModuleTitle(String moduleId, Language language, String title) {
    String item = TranslationStatus.module(moduleId);
    beforeChange(item, language);
    Map<String, Object> outline = outline();
    put(mapIn(module(outline, moduleId), "title"), language, title);
    writeOutline(outline);
    afterChange(item, language);
  }

  /** A new lesson at the end of a module, its English text starting with its title. */
  public LessonView addLesson(String moduleId, String englishTitle) {
    Map<String, Object> outline = outline();
    List<Object> lessons = listIn(module(outline, moduleId), "lessons");
    Set<String> taken = new LinkedHashSet<>();
    lessons.forEach(l -> taken.add(text(map(l).get("id"))));
    String id = uniqueId(slug(englishTitle, "lesson"), taken::contains);
    String file = uniqueId(moduleId + "/" + id, f -> files.containsKey(lessonFile(f, Language.EN)));
    Map<String, Object> lesson = new LinkedHashMap<>();
    lesson.put("id", id);
    lesson.put("file", file);
    lesson.put("title", new LinkedHashMap<>(Map.of("en", englishTitle.strip())));
    lessons.add(lesson);
    writeOutline(outline);
    write(lessonFile(file, Language.EN), "# " + englishTitle.strip() + "\n");
    return lesson(moduleId + "/" + id);
  }

  /** A lesson's Markdown in one language, or null when it has none. */
  public String markdown(String lessonKey, Language language) {
    return read(lessonFile(lesson(lessonKey).file(), language));
  }

  /** Saves a lesson's title and text in one language; blank text removes that translation. */
  public void saveLesson(String lessonKey, Language language, String title, String markdown) {
    LessonView lesson = lesson(lessonKey);
    String item = TranslationStatus.lesson(lessonKey);
    beforeChange(item, language);
    Map<String, Object> outline = outline();
    Map<String, Object> entry = lessonEntry(outline, lesson);
    put(mapIn(entry, "title"), language, title);
    writeOutline(outline);
    String path = lessonFile(lesson.file(), language);
    if (markdown == null || markdown.isBlank()) {
      delete(path);
    } else {
      write(path, markdown.strip() + "\n");
    }
    afterChange(item, language);
  }

  public void removeLesson(String lessonKey) {
    LessonView lesson = lesson(lessonKey);
    Map<String, Object> outline = outline();
    list(module(outline, lesson.module()).get("lessons"))
        .removeIf(l -> lesson.id().equals(text(map(l).get("id"))));
    writeOutline(outline);
    for (Language language : Language.values()) {
      delete(lessonFile(lesson.file(), language));
    }
    forget(TranslationStatus.lesson(lessonKey));
  }

  public void removeModule(String moduleId) {
    ModuleView module =
        modules().stream().filter(m -> m.id().equals(moduleId)).findFirst().orElseThrow();
    module.lessons().forEach(l -> removeLesson(l.key()));
    Map<String, Object> outline = outline();
    list(outline.get("modules")).removeIf(m -> moduleId.equals(text(map(m).get("id"))));
    writeOutline(outline);
    if (module.quiz() != null) {
      questions(module.quiz())
          .forEach(q -> forget(TranslationStatus.question(module.quiz(), q.id())));
      delete(quizKeyFile(module.quiz()));
      for (Language language : Language.values()) {
        delete(quizTextFile(module.quiz(), language));
      }
    }
    forget(TranslationStatus.module(moduleId));
  }

  /**
   * Puts the modules in the given order; false when the list is not exactly the current modules.
   */
  public boolean reorderModules(List<String> order) {
    Map<String, Object> outline = outline();
    boolean done = reorder(list(outline.get("modules")), order);
    if (done) {
      writeOutline(outline);
    }
    return done;
  }

  /** Puts a module's lessons in the given order; false when the list is not exactly its lessons. */
  public boolean reorderLessons(String moduleId, List<String> order) {
    Map<String, Object> outline = outline();
    boolean done = reorder(list(module(outline, moduleId).get("lessons")), order);
    if (done) {
      writeOutline(outline);
    }
    return done;
  }

  private static boolean reorder(List<Object> items, List<String> order) {
    Map<String, Object> byId = new LinkedHashMap<>();
    items.forEach(item -> byId.put(text(map(item).get("id")), item));
    if (!new LinkedHashSet<>(order).equals(byId.keySet()) || order.size() != items.size()) {
      return false;
    }
    items.clear();
    order.forEach(id -> items.add(byId.get(id)));
    return true;
  }

  // ---- quizzes ----

  /** The course's quizzes in course order: pre-test, module quizzes, final test. */
  public List<String> quizzes() {
    List<String> quizzes = new ArrayList<>();
    if (preTest() != null) {
      quizzes.add(preTest());
    }
    modules().stream().map(ModuleView::quiz).filter(q -> q != null).forEach(quizzes::add);
    if (finalTest() != null) {
      quizzes.add(finalTest());
    }
    return quizzes;
  }

  private List<String> quizFiles() {
    return files.keySet().stream()
        .filter(p -> p.startsWith("quizzes/") && p.chars().filter(c -> c == '.').count() == 1)
        .map(p -> p.substring("quizzes/".length(), p.length() - ".yaml".length()))
        .toList();
  }

  public List<QuestionDraft> questions(String quiz) {
    List<QuestionDraft> questions = new ArrayList<>();
    for (Object item : list(reading(quizKeyFile(quiz)).get("questions"))) {
      questions.add(QuestionDraft.fromYaml(map(item)));
    }
    return questions;
  }

  public QuestionDraft question(String quiz, String id) {
    return questions(quiz).stream()
        .filter(q -> q.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no question " + id + " in quiz " + quiz));
  }

  public List<String> scenarios(String quiz) {
    return strings(reading(quizKeyFile(quiz)).get("scenarios"));
  }

  /** A question's words in one language, or null when it has none in that language. */
  public QuestionWords words(String quiz, String id, Language language) {
    Object entry = reading(quizTextFile(quiz, language)).get(id);
    return entry == null ? null : QuestionWords.fromYaml(entry);
  }

  /** A scenario's text in one language, or null. */
  public String scenarioText(String quiz, String scenario, Language language) {
    return text(map(reading(quizTextFile(quiz, language)).get(scenario)).get("text"));
  }

  /** The id a new question in this quiz gets from its text, unique across the whole bank. */
  public String newQuestionId(String text) {
    return uniqueId(slug(text, "question"), takenIds()::contains);
  }

  /** Every question and scenario id in the bank: ids are unique across all quizzes. */
  Set<String> takenIds() {
    Set<String> taken = new LinkedHashSet<>();
    for (String quiz : quizzes()) {
      questions(quiz).forEach(q -> taken.add(q.id()));
      taken.addAll(scenarios(quiz));
    }
    return taken;
  }

  /**
   * Saves a question: its answer key (language-neutral, written when {@code key} is given) and its
   * words in one language. A new id is appended to the quiz.
   */
  public void saveQuestion(String quiz, QuestionDraft key, Language language, QuestionWords words) {
    String item = TranslationStatus.question(quiz, key.id());
    beforeChange(item, language);
    Map<String, Object> keyFile = yaml(quizKeyFile(quiz));
    List<Object> questions = listIn(keyFile, "questions");
    int index = indexOf(questions, key.id());
    if (index < 0) {
      questions.add(key.toYaml());
    } else {
      questions.set(index, key.toYaml());
    }
    writeYaml(quizKeyFile(quiz), keyFile);
    if (words != null) {
      Map<String, Object> texts = yaml(quizTextFile(quiz, language));
      texts.put(key.id(), words.toYaml(key));
      writeYaml(quizTextFile(quiz, language), texts);
    }
    afterChange(item, language);
  }

  /** A quiz's settings as written (see courses/README.md); empty when it uses the defaults. */
  public Map<String, Object> quizSettings(String quiz) {
    return new LinkedHashMap<>(map(reading(quizKeyFile(quiz)).get("settings")));
  }

  /**
   * Sets the given settings of a quiz; those given empty take their defaults, the others are kept.
   */
  public void saveQuizSettings(String quiz, Map<String, Object> settings) {
    Map<String, Object> keyFile = yaml(quizKeyFile(quiz));
    // Settings the form does not show (grading, multiple, penalty) stay as the package has them.
    Map<String, Object> kept = new LinkedHashMap<>(PackageYaml.map(keyFile.get("settings")));
    settings.forEach(
        (name, value) -> {
          if (value != null && !String.valueOf(value).isBlank()) {
            kept.put(name, value);
          } else {
            kept.remove(name);
          }
        });
    if (kept.isEmpty()) {
      keyFile.remove("settings");
    } else {
      keyFile.put("settings", kept);
    }
    writeYaml(quizKeyFile(quiz), keyFile);
  }

  /** A new scenario (a case several questions share), with its English text. */
  public String addScenario(String quiz, String englishText) {
    String id = newQuestionId(englishText);
    Map<String, Object> keyFile = yaml(quizKeyFile(quiz));
    listIn(keyFile, "scenarios").add(id);
    writeYaml(quizKeyFile(quiz), keyFile);
    saveScenario(quiz, id, Language.EN, englishText);
    return id;
  }

  public void saveScenario(String quiz, String scenario, Language language, String text) {
    String item = TranslationStatus.scenario(quiz, scenario);
    beforeChange(item, language);
    Map<String, Object> texts = yaml(quizTextFile(quiz, language));
    if (text == null || text.isBlank()) {
      texts.remove(scenario);
    } else {
      texts.put(scenario, new LinkedHashMap<>(Map.of("text", text.strip())));
    }
    writeYaml(quizTextFile(quiz, language), texts);
    afterChange(item, language);
  }

  /** Adds imported questions to a quiz, their words in the language they were written in. */
  public void addQuestions(String quiz, List<Gift.Imported> imported, Language language) {
    for (Gift.Imported question : imported) {
      saveQuestion(quiz, question.key(), language, question.words());
    }
  }

  /** A copy of a question, with a new id, just after it, in every language it has. */
  public String duplicateQuestion(String quiz, String id) {
    QuestionDraft original = question(quiz, id);
    String copyId = newQuestionId(id + "-copy");
    Map<String, Object> keyFile = yaml(quizKeyFile(quiz));
    List<Object> questions = listIn(keyFile, "questions");
    questions.add(indexOf(questions, id) + 1, original.withId(copyId).toYaml());
    writeYaml(quizKeyFile(quiz), keyFile);
    for (Language language : Language.values()) {
      Map<String, Object> texts = yaml(quizTextFile(quiz, language));
      if (texts.containsKey(id)) {
        texts.put(copyId, texts.get(id));
        writeYaml(quizTextFile(quiz, language), texts);
      }
    }
    return copyId;
  }

  public void removeQuestion(String quiz, String id) {
    Map<String, Object> keyFile = yaml(quizKeyFile(quiz));
    List<Object> questions = listIn(keyFile, "questions");
    questions.remove(indexOf(questions, id));
    writeYaml(quizKeyFile(quiz), keyFile);
    for (Language language : Language.values()) {
      Map<String, Object> texts = yaml(quizTextFile(quiz, language));
      if (texts.remove(id) != null) {
        writeYaml(quizTextFile(quiz, language), texts);
      }
    }
    forget(TranslationStatus.question(quiz, id));
  }

  private static int indexOf(List<Object> questions, String id) {
    for (int i = 0; i < questions.size(); i++) {
      if (id.equals(text(map(questions.get(i)).get("id")))) {
        return i;
      }
    }
    return -1;
  }

  // ---- the translation ledger ----

  /** The English text each translation was made from, per item and language (fingerprints). */
  Map<String, Object> ledger() {
    return yaml(LEDGER);
  }

  /**
   * Before the English of an item changes, every translation of it that has no ledger entry yet is
   * recorded as made from the English as it stands: a package as loaded is taken as consistent.
   */
  private void beforeChange(String item, Language language) {
    if (language != Language.EN) {
      return;
    }
    String english = TranslationStatus.content(this, item, Language.EN);
    if (english == null) {
      return;
    }
    Map<String, Object> ledger = ledger();
    Map<String, Object> entry = mapIn(ledger, item);
    boolean changed = false;
    for (Language other : Language.values()) {
      if (other != Language.EN
          && !entry.containsKey(other.code())
          && TranslationStatus.content(this, item, other) != null) {
        entry.put(other.code(), TranslationStatus.fingerprint(english));
        changed = true;
      }
    }
    if (changed) {
      writeYaml(LEDGER, ledger);
    }
  }

  /** A translation just saved is made from the English as it stands now. */
  private void afterChange(String item, Language language) {
    if (language == Language.EN) {
      return;
    }
    String english = TranslationStatus.content(this, item, Language.EN);
    Map<String, Object> ledger = ledger();
    if (english == null || TranslationStatus.content(this, item, language) == null) {
      map(ledger.get(item)).remove(language.code());
    } else {
      mapIn(ledger, item).put(language.code(), TranslationStatus.fingerprint(english));
    }
    writeYaml(LEDGER, ledger);
  }

  private void forget(String item) {
    Map<String, Object> ledger = ledger();
    if (ledger.remove(item) != null) {
      writeYaml(LEDGER, ledger);
    }
  }

  // ---- helpers ----

  static String lessonFile(String file, Language language) {
    return "lessons/" + file + "." + language.code() + ".md";
  }

  static String quizKeyFile(String quiz) {
    return "quizzes/" + quiz + ".yaml";
  }

  static String quizTextFile(String quiz, Language language) {
    return "quizzes/" + quiz + "." + language.code() + ".yaml";
  }

  private static Map<String, Object> module(Map<String, Object> outline, String moduleId) {
    return list(outline.get("modules")).stream()
        .map(PackageYaml::map)
        .filter(m -> moduleId.equals(text(m.get("id"))))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no module " + moduleId));
  }

  private static Map<String, Object> lessonEntry(Map<String, Object> outline, LessonView lesson) {
    return list(module(outline, lesson.module()).get("lessons")).stream()
        .map(PackageYaml::map)
        .filter(l -> lesson.id().equals(text(l.get("id"))))
        .findFirst()
        .orElseThrow();
  }

  private static void put(Map<String, Object> texts, Language language, String value) {
    if (value == null || value.isBlank()) {
      texts.remove(language.code());
    } else {
      texts.put(language.code(), value.strip());
    }
  }

  static Map<Language, String> translations(Object value) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    map(value)
        .forEach(
            (code, text) ->
                Language.fromCode(code)
                    .ifPresent(
                        l -> {
                          String t = text(text);
                          if (t != null) {
                            texts.put(l, t);
                          }
                        }));
    return texts;
  }

  /**
   * Lower-case ASCII letters, digits and dashes from a title: "Non-refoulement (art. 22)" →
   * "non-refoulement-art-22".
   */
  static String slug(String title, String fallback) {
    String ascii =
        Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    String slug =
        ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 40) {
      slug = slug.substring(0, 40).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? fallback : slug;
  }

  static String uniqueId(String base, Predicate<String> taken) {
    String id = base;
    for (int n = 2; taken.test(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}

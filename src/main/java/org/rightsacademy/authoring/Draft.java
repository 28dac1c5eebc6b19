package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.rightsacademy.catalog.model.LearningPackage;
import org.rightsacademy.catalog.model.Lesson;
import org.rightsacademy.catalog.model.Module;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.platform.Language;

/**
 * A learning package being edited: its {@link LearningPackage} model and the files it is stored as
 * (in the {@code courses/} format, pictures included). Every edit is a function from one model to
 * the next ({@link OutlineEdits}, {@link QuestionEdits}, {@link Translations}); the files it
 * changes are written again, the others keep their bytes. Every edit keeps the translation ledger
 * ({@code translations.yaml}) true: it records, per lesson and question and language, the English
 * text a translation was made from, which is how a translation is known to be out of date. Not
 * thread-safe; one request edits one instance.
 */
public final class Draft {

  static final String OUTLINE = PackageFormat.MANIFEST;

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
  private LearningPackage model;
  // The files the model writes as it stands: an edit rewrites only those it changes.
  private Map<String, byte[]> modelled;

  /**
   * The draft held in these files; an {@link UnreadableDraft} when they do not read as a package (a
   * file that is not YAML, too large, or not UTF-8, or no course.yaml): editing such a draft would
   * write the half that reads over the whole.
   */
  public Draft(Map<String, byte[]> files) {
    this.files = new TreeMap<>(files);
    PackageFormat.Read read = PackageFormat.read(this.files);
    UnreadableDraft.refuse(read);
    this.model = read.course().get();
    this.modelled = PackageFormat.write(model);
  }

  /** A copy to change without changing this one. */
  Draft(Draft other) {
    this.files = new TreeMap<>(other.files);
    this.model = other.model;
    this.modelled = other.modelled;
  }

  private Draft(LearningPackage model) {
    this.files = new TreeMap<>(PackageFormat.write(model));
    this.model = model;
    this.modelled = new TreeMap<>(files);
  }

  /**
   * A new course: one module with one lesson and an empty quiz, and a pre-test and final test that
   * draw from the module quizzes until they get questions of their own.
   */
  public static Draft newCourse(String code, String englishTitle) {
    Draft draft = new Draft(OutlineEdits.newCourse(code, englishTitle));
    draft.addLesson(draft.addModule("Module 1").id(), "Introduction");
    draft.written.clear();
    return draft;
  }

  // ---- the model and its files ----

  /** The package as it stands. */
  public LearningPackage model() {
    return model;
  }

  /** Makes the model the given one and writes again the files it changes. */
  void apply(LearningPackage changed) {
    Map<String, byte[]> now = PackageFormat.write(changed);
    now.forEach(
        (path, bytes) -> {
          if (!Arrays.equals(bytes, modelled.get(path)) || !files.containsKey(path)) {
            files.put(path, bytes);
            written.add(path);
            removed.remove(path);
          }
        });
    for (String path : modelled.keySet()) {
      if (!now.containsKey(path) && files.remove(path) != null) {
        removed.add(path);
        written.remove(path);
      }
    }
    model = changed;
    modelled = now;
  }

  /** An edit of one item in one language, with the translation ledger kept true around it. */
  void edit(String item, Language language, UnaryOperator<LearningPackage> change) {
    LearningPackage before = Translations.beforeChange(model, item, language);
    apply(Translations.afterChange(change.apply(before), item, language));
  }

  public Map<String, byte[]> files() {
    return new TreeMap<>(files);
  }

  /** The paths of the package's files (a view, not a copy). */
  public Set<String> paths() {
    return Collections.unmodifiableSet(files.keySet());
  }

  /** Paths written since this instance was made (to store), and paths removed. */
  public Set<String> written() {
    return Set.copyOf(written);
  }

  public Set<String> removed() {
    return Set.copyOf(removed);
  }

  // ---- publishing ----

  /**
   * The files to publish: English and the given complete translations declared, with the given
   * version number (see {@link DraftPublishing#publishable}).
   */
  public Map<String, byte[]> publishable(List<Language> languages, int version) {
    return DraftPublishing.publishable(this, languages, version);
  }

  /** The files learners get, English standing in for missing texts ({@link DraftPublishing}). */
  public Map<String, byte[]> forLearners(int version) {
    return DraftPublishing.forLearners(this, version);
  }

  // ---- the outline ----

  public String code() {
    return model.manifest().code();
  }

  public Map<Language, String> titles() {
    return model.manifest().title().values();
  }

  public Map<Language, String> summaries() {
    return model.manifest().summary().values();
  }

  /** Whether certificates print the final-test grade ({@code certificate: show_score}). */
  public boolean showsScore() {
    return model.manifest().certificateShowsScore();
  }

  public void setShowsScore(boolean show) {
    apply(model.withManifest(model.manifest().withCertificateShowsScore(show)));
  }

  public String preTest() {
    return model.manifest().preTest();
  }

  public String finalTest() {
    return model.manifest().finalTest();
  }

  /** The languages course.yaml declares (English first). */
  public List<Language> declaredLanguages() {
    return model.manifest().languages();
  }

  public int declaredVersion() {
    return model.manifest().version();
  }

  public List<ModuleView> modules() {
    List<ModuleView> modules = new ArrayList<>();
    for (Module module : model.modules()) {
      List<LessonView> lessons = new ArrayList<>();
      for (Lesson lesson : module.lessons()) {
        lessons.add(
            new LessonView(module.id(), lesson.id(), lesson.file(), lesson.title().values()));
      }
      modules.add(
          new ModuleView(
              module.id(), module.title().values(), List.copyOf(lessons), module.quiz()));
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
    edit(
        Translations.COURSE,
        language,
        m ->
            m.withManifest(
                m.manifest()
                    .withTexts(
                        OutlineEdits.put(m.manifest().title(), language, title),
                        OutlineEdits.put(m.manifest().summary(), language, summary))));
  }

  /**
   * A new module at the end, with an empty quiz of its own; its id comes from the English title.
   */
  public ModuleView addModule(String englishTitle) {
    String id = OutlineEdits.newModuleId(model, files.keySet(), englishTitle);
    apply(OutlineEdits.addModule(model, id, englishTitle));
    return modules().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  public void setModuleTitle(String moduleId, Language language, String title) {
    edit(
        Translations.module(moduleId),
        language,
        m ->
            OutlineEdits.changeModule(
                m,
                moduleId,
                module -> module.withTitle(OutlineEdits.put(module.title(), language, title))));
  }

  /** A new lesson at the end of a module, its English text starting with its title. */
  public LessonView addLesson(String moduleId, String englishTitle) {
    Set<String> before = new LinkedHashSet<>();
    model.module(moduleId).orElseThrow().lessons().forEach(l -> before.add(l.id()));
    apply(OutlineEdits.addLesson(model, files.keySet(), moduleId, englishTitle));
    return model.module(moduleId).orElseThrow().lessons().stream()
        .filter(l -> !before.contains(l.id()))
        .findFirst()
        .map(l -> lesson(moduleId + "/" + l.id()))
        .orElseThrow();
  }

  /** A lesson's Markdown in one language, or null when it has none. */
  public String markdown(String lessonKey, Language language) {
    lesson(lessonKey);
    return Translations.lesson(model, lessonKey).body().values().get(language);
  }

  /** Saves a lesson's title and text in one language; blank text removes that translation. */
  public void saveLesson(String lessonKey, Language language, String title, String markdown) {
    TextLimits.check(TextLimits.Field.LESSON_TITLE, title);
    TextLimits.check(TextLimits.Field.LESSON_TEXT, markdown);
    lesson(lessonKey);
    edit(
        Translations.lesson(lessonKey),
        language,
        m -> OutlineEdits.saveLesson(m, lessonKey, language, title, markdown));
  }

  // ---- pictures ----

  /**
   * Stores a picture checked by {@link org.rightsacademy.catalog.ImageCheck} under {@code path},
   * with its alt texts (English or the editor's language at least), and returns the Markdown that
   * shows it from the given lesson file.
   */
  public String addImage(
      String path, byte[] bytes, Map<Language, String> altTexts, String lessonPath) {
    if (files.containsKey(path) || !Images.isImagePath(path)) {
      throw new IllegalArgumentException("cannot store a picture at " + path);
    }
    altTexts.values().forEach(text -> TextLimits.check(TextLimits.Field.ALT_TEXT, text));
    files.put(path, bytes.clone());
    written.add(path);
    removed.remove(path);
    Set<String> media = new java.util.TreeSet<>(model.media());
    media.add(path);
    LearningPackage changed =
        model
            .withMedia(media)
            .withAltTexts(path, new org.rightsacademy.catalog.model.Localized<>(altTexts));
    for (Language language : altTexts.keySet()) {
      changed = Translations.afterChange(changed, Translations.image(path), language);
    }
    apply(changed);
    return Images.markdown(lessonPath, path);
  }

  /** Writes a file the model does not describe (a picture's bytes), keeping its path. */
  void putFile(String path, byte[] bytes) {
    files.put(path, bytes.clone());
    written.add(path);
    removed.remove(path);
  }

  /** Removes a file the model does not describe (a picture's bytes). */
  void dropFile(String path) {
    if (files.remove(path) != null) {
      removed.add(path);
      written.remove(path);
    }
  }

  /** A picture's alt text in one language; blank removes it. */
  public void setAltText(String path, Language language, String text) {
    if (!model.media().contains(path)) {
      throw new IllegalArgumentException("no picture " + path);
    }
    String value = text == null || text.isBlank() ? null : text.strip();
    TextLimits.check(TextLimits.Field.ALT_TEXT, value);
    edit(
        Translations.image(path),
        language,
        m ->
            m.withAltTexts(
                path,
                m.altTexts()
                    .getOrDefault(path, org.rightsacademy.catalog.model.Localized.empty())
                    .with(language, value)));
  }

  public void removeLesson(String lessonKey) {
    lesson(lessonKey);
    apply(OutlineEdits.removeLesson(model, lessonKey));
  }

  public void removeModule(String moduleId) {
    apply(OutlineEdits.removeModule(model, moduleId));
  }

  /**
   * Puts the modules in the given order; false when the list is not exactly the current modules.
   */
  public boolean reorderModules(List<String> order) {
    List<Module> modules = OutlineEdits.reordered(model.modules(), Module::id, order);
    if (modules != null) {
      apply(model.withModules(modules));
    }
    return modules != null;
  }

  /** Puts a module's lessons in the given order; false when the list is not exactly its lessons. */
  public boolean reorderLessons(String moduleId, List<String> order) {
    List<Lesson> lessons =
        OutlineEdits.reordered(model.module(moduleId).orElseThrow().lessons(), Lesson::id, order);
    if (lessons != null) {
      apply(OutlineEdits.changeModule(model, moduleId, m -> m.withLessons(lessons)));
    }
    return lessons != null;
  }

  // ---- quizzes ----

  /** The course's quizzes in course order: pre-test, module quizzes, final test. */
  public List<String> quizzes() {
    return QuestionBank.quizzes(model);
  }

  /** One quiz of the draft, to read and edit. */
  public QuizDraft quiz(String quiz) {
    return new QuizDraft(this, quiz);
  }

  /** The id a new question gets from its text, unique across the whole bank. */
  public String newQuestionId(String text) {
    return OutlineEdits.uniqueId(OutlineEdits.slug(text, "question"), takenIds()::contains);
  }

  /** Every question and scenario id in the bank: ids are unique across all quizzes. */
  Set<String> takenIds() {
    return QuestionBank.takenIds(model);
  }
}

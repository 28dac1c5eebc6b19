package org.rightsacademy.authoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.rightsacademy.catalog.model.Draw;
import org.rightsacademy.catalog.model.LearningPackage;
import org.rightsacademy.catalog.model.Lesson;
import org.rightsacademy.catalog.model.Localized;
import org.rightsacademy.catalog.model.Manifest;
import org.rightsacademy.catalog.model.Module;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.catalog.model.Quiz;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.catalog.model.TranslationLedger;
import org.rightsacademy.platform.Language;

/**
 * Edits of a package's outline — modules, lessons, their titles and texts, their order — each a
 * function from one {@link LearningPackage} to the next.
 */
final class OutlineEdits {

  private OutlineEdits() {}

  /**
   * A new course's start: a pre-test and a final test that draw from the first module's quiz until
   * they get questions of their own ({@link Draft#newCourse} adds that module and its lesson).
   */
  static LearningPackage newCourse(String code, String englishTitle) {
    Localized<String> title = Localized.of(Language.EN, englishTitle);
    Manifest manifest =
        new Manifest(
            code, 1, List.of(Language.EN), title, title, 70, false, "pre-test", "final-test");
    List<Quiz> tests = new ArrayList<>();
    for (Quiz.Role role : List.of(Quiz.Role.PRE, Quiz.Role.FINAL)) {
      tests.add(
          new Quiz(
              role == Quiz.Role.PRE ? "pre-test" : "final-test",
              role,
              QuizSettings.Overrides.NONE,
              List.of(),
              List.of(new Draw("module-1", 1)),
              List.of()));
    }
    return new LearningPackage(manifest, List.of(), tests, Set.of(), TranslationLedger.empty());
  }

  static LearningPackage changeModule(
      LearningPackage course, String moduleId, UnaryOperator<Module> change) {
    course
        .module(moduleId)
        .orElseThrow(() -> new IllegalArgumentException("no module " + moduleId));
    return course.withModules(
        course.modules().stream().map(m -> m.id().equals(moduleId) ? change.apply(m) : m).toList());
  }

  /** Changes the lesson named {@code module/lesson}. */
  static LearningPackage changeLesson(
      LearningPackage course, String lessonKey, UnaryOperator<Lesson> change) {
    String[] moduleAndLesson = lessonKey.split("/", 2);
    if (Translations.lesson(course, lessonKey) == null) {
      throw new IllegalArgumentException("no lesson " + lessonKey);
    }
    return changeModule(
        course,
        moduleAndLesson[0],
        m ->
            m.withLessons(
                m.lessons().stream()
                    .map(l -> l.id().equals(moduleAndLesson[1]) ? change.apply(l) : l)
                    .toList()));
  }

  /** A language's text set, or removed when blank. */
  static Localized<String> put(Localized<String> texts, Language language, String value) {
    return texts.with(language, value == null || value.isBlank() ? null : value.strip());
  }

  /**
   * A new module at the end, with an empty quiz of its own; its id comes from its English title.
   */
  static LearningPackage addModule(LearningPackage course, String id, String englishTitle) {
    List<Module> modules = new ArrayList<>(course.modules());
    modules.add(new Module(id, Localized.of(Language.EN, englishTitle.strip()), List.of(), id));
    List<Quiz> quizzes = new ArrayList<>(course.quizzes());
    quizzes.add(
        new Quiz(
            id, Quiz.Role.MODULE, QuizSettings.Overrides.NONE, List.of(), List.of(), List.of()));
    return course.withModules(modules).withQuizzes(quizzes);
  }

  /** The id a new module gets: from its title, unique among modules and quizzes. */
  static String newModuleId(LearningPackage course, Set<String> paths, String englishTitle) {
    Set<String> taken = new LinkedHashSet<>();
    course.modules().forEach(m -> taken.add(m.id()));
    course.quizzes().forEach(q -> taken.add(q.id()));
    paths.stream()
        .filter(p -> p.startsWith("quizzes/") && p.chars().filter(c -> c == '.').count() == 1)
        .map(p -> p.substring("quizzes/".length(), p.length() - ".yaml".length()))
        .forEach(taken::add);
    return uniqueId(slug(englishTitle, "module"), taken::contains);
  }

  /** A new lesson at the end of a module, its English text starting with its title. */
  static LearningPackage addLesson(
      LearningPackage course, Set<String> paths, String moduleId, String englishTitle) {
    Module module = course.module(moduleId).orElseThrow();
    Set<String> taken = new LinkedHashSet<>();
    module.lessons().forEach(l -> taken.add(l.id()));
    String id = uniqueId(slug(englishTitle, "lesson"), taken::contains);
    Set<String> files = new LinkedHashSet<>(paths);
    course.lessons().forEach(l -> files.add(PackageFormat.lessonFile(l.file(), Language.EN)));
    String file =
        uniqueId(
            moduleId + "/" + id, f -> files.contains(PackageFormat.lessonFile(f, Language.EN)));
    Lesson lesson =
        new Lesson(
            id,
            file,
            Localized.of(Language.EN, englishTitle.strip()),
            Localized.of(Language.EN, "# " + englishTitle.strip() + "\n"));
    List<Lesson> lessons = new ArrayList<>(module.lessons());
    lessons.add(lesson);
    return changeModule(course, moduleId, m -> m.withLessons(lessons));
  }

  /** A lesson's title and text in one language; blank text removes that translation. */
  static LearningPackage saveLesson(
      LearningPackage course, String lessonKey, Language language, String title, String markdown) {
    return changeLesson(
        course,
        lessonKey,
        lesson ->
            lesson
                .withTitle(put(lesson.title(), language, title))
                .withBody(
                    lesson
                        .body()
                        .with(
                            language,
                            markdown == null || markdown.isBlank()
                                ? null
                                : markdown.strip() + "\n")));
  }

  static LearningPackage removeLesson(LearningPackage course, String lessonKey) {
    String[] moduleAndLesson = lessonKey.split("/", 2);
    LearningPackage without =
        changeModule(
            course,
            moduleAndLesson[0],
            m ->
                m.withLessons(
                    m.lessons().stream().filter(l -> !l.id().equals(moduleAndLesson[1])).toList()));
    return Translations.forget(without, Translations.lesson(lessonKey));
  }

  static LearningPackage removeModule(LearningPackage course, String moduleId) {
    Module module = course.module(moduleId).orElseThrow();
    LearningPackage changed = course;
    for (Lesson lesson : module.lessons()) {
      changed = removeLesson(changed, moduleId + "/" + lesson.id());
    }
    changed =
        changed.withModules(
            changed.modules().stream().filter(m -> !m.id().equals(moduleId)).toList());
    if (module.quiz() != null) {
      Quiz quiz = changed.quiz(module.quiz()).orElse(null);
      if (quiz != null) {
        for (var question : quiz.questions()) {
          changed = Translations.forget(changed, Translations.question(quiz.id(), question.id()));
        }
        changed =
            changed.withQuizzes(
                changed.quizzes().stream().filter(q -> !q.id().equals(quiz.id())).toList());
      }
    }
    return Translations.forget(changed, Translations.module(moduleId));
  }

  /** The items in the given order of ids; null when the list is not exactly the items. */
  static <T> List<T> reordered(List<T> items, Function<T, String> id, List<String> order) {
    Map<String, T> byId = new LinkedHashMap<>();
    items.forEach(item -> byId.put(id.apply(item), item));
    if (!new LinkedHashSet<>(order).equals(byId.keySet()) || order.size() != items.size()) {
      return null;
    }
    return order.stream().map(byId::get).toList();
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

package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.platform.Language;

/** The pre-test and the final test of a course made in the editor, translated and published. */
class TranslatedTestsTest {

  /** A course as a trainer makes it in the browser: a module quiz the tests draw from. */
  static Draft browserCourse() {
    Draft draft = Draft.newCourse("asylum-tests", "Asylum basics");
    draft.saveLesson(
        "module-1/introduction", Language.EN, "Introduction", "# Introduction\n\nArticle 14.");
    single(draft, "module-1", "who", "Who may seek asylum?", "everyone", "citizens", "workers");
    single(draft, "module-1", "where", "Where is asylum sought?", "abroad", "home", "nowhere");
    single(draft, "module-1", "when", "When may it be sought?", "persecuted", "never", "rich");
    return draft;
  }

  static void single(Draft draft, String quiz, String id, String text, String... options) {
    QuestionDraft key =
        new QuestionDraft(
            id,
            QuestionType.SINGLE,
            List.of(options),
            List.of(),
            List.of(options[0]),
            Map.of(),
            null,
            List.of());
    Map<String, QuestionWords.OptionWords> words = new LinkedHashMap<>();
    for (String option : options) {
      words.put(option, new QuestionWords.OptionWords("Option " + option, null));
    }
    draft
        .quiz(quiz)
        .saveQuestion(
            key,
            Language.EN,
            new QuestionWords(text, "UDHR art. 14", null, words, Map.of(), List.of()));
  }

  /**
   * Each edit as the service makes it: the draft read from its stored files, the changes stored.
   */
  static Map<String, byte[]> stored(
      Map<String, byte[]> store, java.util.function.Consumer<Draft> edit) {
    Draft draft = new Draft(store);
    edit.accept(draft);
    Map<String, byte[]> next = new java.util.TreeMap<>(store);
    draft.written().forEach(path -> next.put(path, draft.files().get(path)));
    draft.removed().forEach(next::remove);
    return next;
  }

  @Test
  void aCourseStoredEditByEditPublishesWithItsGaps() {
    Map<String, byte[]> store = browserCourse().files();
    store = stored(store, d -> d.setCourseTexts(Language.FR, "L'asile", "Résumé"));
    store = stored(store, d -> d.setModuleTitle("module-1", Language.RU, "Модуль"));
    store =
        stored(
            store,
            d ->
                d.saveLesson(
                    "module-1/introduction", Language.AR, "مقدمة", "# مقدمة\n\nالمادة 14."));
    Draft draft = new Draft(store);
    Map<String, byte[]> published = draft.forLearners(1);
    assertEquals(List.of(), PackageReader.read(PackageFiles.of(published)).problems(), "first");
    store = stored(published, d -> d.setModuleTitle("module-1", Language.FR, "Module un"));
    draft = new Draft(store);
    assertEquals(
        List.of(),
        PackageReader.read(PackageFiles.of(draft.forLearners(1))).problems(),
        "what is missing falls back to English");
  }

  @Test
  void aCourseTranslatedInPartPublishesWithItsGapsInEnglish() {
    Draft draft = browserCourse();
    draft.setCourseTexts(Language.FR, "L'asile", "Résumé");
    draft.setCourseTexts(Language.AR, "اللجوء", "ملخص");
    assertEquals(
        List.of(),
        PackageReader.read(PackageFiles.of(draft.forLearners(1))).problems(),
        "what is missing falls back to English");
  }

  @Test
  void thePreTestAndFinalTestListTheQuestionsTheyDrawSoTheyCanBeTranslated() {
    Draft draft = browserCourse();
    assertEquals(1, draft.quiz("pre-test").draws().size());
    assertEquals(
        List.of("module-1/who", "module-1/where", "module-1/when"),
        draft.quiz("final-test").drawable(draft.quiz("final-test").draws().getFirst().tag()));
  }

  @Test
  void aProblemIsNamedByItsQuizQuestionAndFieldNotItsYamlLine() {
    Draft draft = browserCourse();
    Map<String, byte[]> files = draft.files();
    String key =
        new String(files.get("quizzes/module-1.yaml"), java.nio.charset.StandardCharsets.UTF_8);
    int line = (int) key.lines().takeWhile(l -> !l.contains("correct: abroad")).count() + 1;
    assertEquals(
        List.of("questions", 1, "correct"),
        ProblemPlaces.path(files.get("quizzes/module-1.yaml"), line));
    org.rightsacademy.catalog.model.PackageProblem problem =
        new org.rightsacademy.catalog.model.PackageProblem(
            "quizzes/module-1.yaml",
            line,
            org.rightsacademy.catalog.model.PackageProblem.Kind.ANSWER_KEY,
            "x");
    List<ProblemPlaces.Placed> placed =
        ProblemPlaces.placed(
            draft,
            files,
            List.of(problem),
            Language.EN,
            (k, args) -> k + (args == null ? "" : java.util.Arrays.toString(args)));
    assertEquals(
        "author.module.quiz · Module 1 › author.problem.place.question[Where is asylum sought?]"
            + " › author.option.correct",
        placed.getFirst().place());
  }

  @Test
  void aProblemInATranslationOrASettingIsNamedByItsQuestionOrSettingAndLanguage() {
    Draft draft = browserCourse();
    single(draft, "final-test", "why", "Why is it forbidden?", "risk", "cost", "habit");
    draft
        .quiz("final-test")
        .saveQuestion(
            draft.quiz("final-test").question("why"),
            Language.AR,
            new QuestionWords(
                "لماذا هو محظور؟",
                "المادة 33",
                null,
                Map.of(
                    "risk", new QuestionWords.OptionWords("الخطر", null),
                    "cost", new QuestionWords.OptionWords("الكلفة", null),
                    "habit", new QuestionWords.OptionWords("العادة", null)),
                Map.of(),
                List.of()));
    draft.quiz("final-test").saveSettings(Map.of("pass_mark", "80"));
    Map<String, byte[]> files = draft.files();
    String words =
        new String(
            files.get("quizzes/final-test.ar.yaml"), java.nio.charset.StandardCharsets.UTF_8);
    int optionLine = (int) words.lines().takeWhile(l -> !l.contains("الكلفة")).count() + 1;
    String key =
        new String(files.get("quizzes/final-test.yaml"), java.nio.charset.StandardCharsets.UTF_8);
    int settingLine = (int) key.lines().takeWhile(l -> !l.contains("pass_mark")).count() + 1;
    List<ProblemPlaces.Placed> placed =
        ProblemPlaces.placed(
            draft,
            files,
            List.of(
                new org.rightsacademy.catalog.model.PackageProblem(
                    "quizzes/final-test.ar.yaml",
                    optionLine,
                    org.rightsacademy.catalog.model.PackageProblem.Kind.INVALID_VALUE,
                    "x"),
                new org.rightsacademy.catalog.model.PackageProblem(
                    "quizzes/final-test.yaml",
                    settingLine,
                    org.rightsacademy.catalog.model.PackageProblem.Kind.INVALID_VALUE,
                    "y"),
                new org.rightsacademy.catalog.model.PackageProblem(
                    "elsewhere.txt",
                    3,
                    org.rightsacademy.catalog.model.PackageProblem.Kind.INVALID_VALUE,
                    "z")),
            Language.EN,
            (k, args) -> k + (args == null ? "" : java.util.Arrays.toString(args)));
    assertEquals(
        "author.final_test › author.problem.place.question[Why is it forbidden?] › author.options"
            + " (العربية)",
        placed.get(0).place());
    assertEquals(
        "author.final_test › author.problem.place.setting[author.setting.field.pass_mark]",
        placed.get(1).place());
    assertEquals("elsewhere.txt:3", placed.get(2).place(), "what it cannot name keeps file:line");
  }
}

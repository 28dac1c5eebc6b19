package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsacademy.authoring.TranslationStatus.Item;
import org.rightsacademy.authoring.TranslationStatus.State;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.platform.Language;

/** The draft model: edits in the courses/ format, and which translations are missing or behind. */
class DraftTest {

  private static Draft sample() {
    return new Draft(
        PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")).contents());
  }

  private static State state(Draft draft, String key, Language language) {
    return TranslationStatus.of(draft).stream()
        .filter(i -> i.key().equals(key))
        .findFirst()
        .orElseThrow()
        .state(language);
  }

  @Test
  void aPackageAsLoadedHasItsTranslationsUpToDateAndTheUndeclaredOnesMissing() {
    List<Item> items = TranslationStatus.of(sample());
    assertTrue(
        items.stream().allMatch(i -> i.state(Language.AR) == State.UP_TO_DATE),
        "the sample is complete in Arabic");
    assertTrue(
        items.stream().allMatch(i -> i.state(Language.FR) == State.MISSING),
        "the sample has no French");
    assertTrue(items.stream().anyMatch(i -> i.kind() == TranslationStatus.Kind.QUESTION));
    assertTrue(items.stream().anyMatch(i -> i.kind() == TranslationStatus.Kind.SCENARIO));
  }

  @Test
  void savingTheQuizSettingsFormKeepsTheSettingsItDoesNotShow() {
    Draft draft = sample();
    assertEquals(
        QuizSettings.MultipleScoring.PARTIAL,
        draft.quiz("basics").settings().multiple(),
        "the sample sets a scoring the form does not show");
    Map<String, String> form = new java.util.LinkedHashMap<>();
    form.put("pass_mark", "80");
    form.put("time_limit", "");
    assertEquals(List.of(), draft.quiz("basics").saveSettings(form));
    QuizSettings.Overrides saved = draft.quiz("basics").settings();
    assertEquals(80, saved.passMark());
    assertEquals(null, saved.timeLimitMinutes(), "emptied in the form: back to the default");
    assertEquals(QuizSettings.MultipleScoring.PARTIAL, saved.multiple(), "not in the form: kept");
    assertEquals(100, saved.penalty(), "not in the form: kept");
  }

  @Test
  void aQuizSettingTheFormatRefusesIsNotSavedAndSaysWhy() {
    Draft draft = sample();
    QuizSettings.Overrides before = draft.quiz("basics").settings();
    List<PackageProblem> refused =
        draft.quiz("basics").saveSettings(Map.of("attempts", "many", "reveal", "sometimes"));
    assertEquals(2, refused.size(), refused.toString());
    assertTrue(refused.getFirst().detail().contains("attempts"), refused.toString());
    assertEquals(before, draft.quiz("basics").settings(), "nothing saved");
    assertEquals(Set.of(), draft.written());
  }

  @Test
  void whetherCertificatesPrintTheScoreIsKeptInThePackage() {
    Draft draft = sample();
    assertTrue(draft.showsScore(), "the sample says show_score: true");
    draft.setShowsScore(false);
    assertFalse(draft.showsScore());
    PackageReader.Result result = PackageReader.read(PackageFiles.of(draft.files()));
    assertEquals(List.of(), result.problems());
    assertFalse(result.course().orElseThrow().certificateShowsScore());
  }

  @Test
  void editingTheEnglishPutsEveryTranslationOfThatLessonOutOfDateAndOnlyThatLesson() {
    Draft draft = sample();
    draft.saveLesson(
        "basics/definition",
        Language.EN,
        "The definition",
        "# The definition\n\nA new first paragraph.");
    assertEquals(State.OUT_OF_DATE, state(draft, "lesson:basics/definition", Language.AR));
    assertEquals(State.UP_TO_DATE, state(draft, "lesson:basics/categories", Language.AR));
    assertEquals(
        State.MISSING,
        state(draft, "lesson:basics/definition", Language.FR),
        "a missing translation stays missing");
  }

  @Test
  void savingTheTranslationBringsItUpToDateAgain() {
    Draft draft = sample();
    draft.saveLesson(
        "basics/definition", Language.EN, "The definition", "# The definition\n\nChanged.");
    draft.saveLesson("basics/definition", Language.AR, "التعريف", "# التعريف\n\nنص معدل.");
    assertEquals(State.UP_TO_DATE, state(draft, "lesson:basics/definition", Language.AR));
    draft.saveLesson(
        "basics/definition", Language.EN, "The definition", "# The definition\n\nChanged twice.");
    assertEquals(State.OUT_OF_DATE, state(draft, "lesson:basics/definition", Language.AR));
  }

  @Test
  void savingTheSameEnglishAgainChangesNothing() {
    Draft draft = sample();
    String english = draft.markdown("basics/definition", Language.EN);
    draft.saveLesson("basics/definition", Language.EN, "The definition", english);
    assertEquals(State.UP_TO_DATE, state(draft, "lesson:basics/definition", Language.AR));
  }

  @Test
  void theEditorKeepsAQuestionsWrittenOptionOrderWhenItSavesIt() {
    Draft draft = sample();
    QuestionDraft key = draft.quiz("basics").question("who-is-covered");
    assertTrue(key.shuffle(), "the sample's questions say nothing: shuffled");
    QuestionDraft kept =
        new QuestionDraft(
            key.id(),
            key.type(),
            key.options(),
            key.matches(),
            key.correct(),
            key.pairs(),
            key.scenario(),
            key.tags(),
            false);
    draft.quiz("basics").saveQuestion(kept, Language.EN, null);
    assertFalse(
        draft.quiz("basics").question("who-is-covered").shuffle(), "shuffle: false is written");
    QuestionDraft again = draft.quiz("basics").question("who-is-covered");
    draft
        .quiz("basics")
        .saveQuestion(
            again, Language.EN, draft.quiz("basics").words("who-is-covered", Language.EN));
    assertFalse(
        draft.quiz("basics").question("who-is-covered").shuffle(),
        "saving the question again keeps it");
    CoursePackage course =
        PackageReader.read(PackageFiles.of(draft.files())).course().orElseThrow();
    assertFalse(
        course.modules().get(0).quiz().questions().getFirst().shuffle(),
        "the package read from the draft has it");
  }

  @Test
  void aQuestionsObjectiveSurvivesAnEditAndACopy() {
    Draft draft = sample();
    QuestionDraft key = draft.quiz("basics").question("who-is-covered");
    assertEquals(null, key.objective(), "the sample's questions name no objective");
    QuestionDraft measured =
        new QuestionDraft(
            key.id(),
            key.type(),
            key.options(),
            key.matches(),
            key.correct(),
            key.pairs(),
            key.scenario(),
            key.tags(),
            key.shuffle(),
            "scope");
    draft.quiz("basics").saveQuestion(measured, Language.EN, null);
    QuestionDraft again = draft.quiz("basics").question("who-is-covered");
    assertEquals("scope", again.objective(), "objective: is written");
    draft
        .quiz("basics")
        .saveQuestion(
            again, Language.AR, draft.quiz("basics").words("who-is-covered", Language.AR));
    assertEquals(
        "scope",
        draft.quiz("basics").question("who-is-covered").objective(),
        "saving a translation keeps it");
    assertEquals("scope", again.withId("who-is-covered-copy").objective(), "a copy keeps it");
    CoursePackage course =
        PackageReader.read(PackageFiles.of(draft.files())).course().orElseThrow();
    assertEquals(
        "scope",
        course.modules().get(0).quiz().questions().getFirst().objective(),
        "the package read from the draft has it");
  }

  @Test
  void aQuestionGoesOutOfDateWhenItsEnglishChanges() {
    Draft draft = sample();
    QuestionDraft key = draft.quiz("basics").question("who-is-covered");
    QuestionWords english = draft.quiz("basics").words("who-is-covered", Language.EN);
    QuestionWords changed =
        new QuestionWords(
            english.text() + " (art. 2)",
            english.source(),
            english.feedback(),
            english.options(),
            english.matches(),
            english.accept());
    draft.quiz("basics").saveQuestion(key, Language.EN, changed);
    assertEquals(State.OUT_OF_DATE, state(draft, "question:basics/who-is-covered", Language.AR));
    assertEquals(State.UP_TO_DATE, state(draft, "question:basics/part-three", Language.AR));
  }

  @Test
  void aNewCourseIsAValidPackageOnceItsQuizCannotBePassedByGuessing() {
    Draft draft = Draft.newCourse("asylum-basics", "Asylum basics");
    assertFalse(
        PackageReader.read(PackageFiles.of(draft.publishable(List.of(), 1))).ok(),
        "an empty quiz is reported");
    draft.saveLesson(
        "module-1/introduction",
        Language.EN,
        "Introduction",
        "# Introduction\n\nArticle 14 of the Universal Declaration.");
    QuestionDraft key =
        new QuestionDraft(
            "udhr-14",
            QuestionType.TRUE_FALSE,
            List.of("true", "false"),
            List.of(),
            List.of("true"),
            Map.of(),
            null,
            List.of());
    draft
        .quiz("module-1")
        .saveQuestion(
            key,
            Language.EN,
            new QuestionWords(
                "Everyone may seek asylum.",
                "UDHR art. 14",
                null,
                Map.of(
                    "true",
                    new QuestionWords.OptionWords("True", null),
                    "false",
                    new QuestionWords.OptionWords("False", null)),
                Map.of(),
                List.of()));
    PackageReader.Result guessable =
        PackageReader.read(PackageFiles.of(draft.publishable(List.of(), 1)));
    assertTrue(guessable.course().isPresent(), "it reads");
    assertFalse(
        guessable.ok(),
        "but a final test drawing one true/false question is passed by answering true");
    assertTrue(
        guessable.errors().stream()
            .allMatch(
                p ->
                    p.kind() == PackageProblem.Kind.GUESSABLE
                        && p.file().equals("quizzes/final-test.yaml")),
        guessable.errors().toString());

    QuestionDraft other =
        new QuestionDraft(
            "udhr-14-crimes",
            QuestionType.TRUE_FALSE,
            List.of("true", "false"),
            List.of(),
            List.of("false"),
            Map.of(),
            null,
            List.of());
    draft
        .quiz("module-1")
        .saveQuestion(
            other,
            Language.EN,
            new QuestionWords(
                "Asylum may be invoked against a prosecution for a common crime.",
                "UDHR art. 14(2)",
                null,
                Map.of(
                    "true",
                    new QuestionWords.OptionWords("True", null),
                    "false",
                    new QuestionWords.OptionWords("False", null)),
                Map.of(),
                List.of()));
    QuestionDraft single =
        new QuestionDraft(
            "udhr-14-who",
            QuestionType.SINGLE,
            List.of("everyone", "citizens", "workers"),
            List.of(),
            List.of("everyone"),
            Map.of(),
            null,
            List.of());
    draft
        .quiz("module-1")
        .saveQuestion(
            single,
            Language.EN,
            new QuestionWords(
                "Who may seek asylum from persecution?",
                "UDHR art. 14",
                null,
                Map.of(
                    "everyone",
                    new QuestionWords.OptionWords("Everyone", null),
                    "citizens",
                    new QuestionWords.OptionWords("Only citizens of a State party", null),
                    "workers",
                    new QuestionWords.OptionWords("Only people with a work permit", null)),
                Map.of(),
                List.of()));
    PackageReader.Result result =
        PackageReader.read(PackageFiles.of(draft.publishable(List.of(), 1)));
    assertEquals(List.of(), result.problems());
    CoursePackage course = result.course().orElseThrow();
    assertEquals(
        "Introduction", course.modules().getFirst().lessons().getFirst().titles().get(Language.EN));
    assertEquals(1, course.preTest().size(), "the pre-test draws from the module quiz");
  }

  @Test
  void learnersGetTheEnglishLeftToRightWhereATranslationIsMissingAndTheEditorStillCallsItMissing() {
    Draft draft = sample();
    draft.saveLesson(
        "basics/definition", Language.FR, "La définition", "# La définition\n\nTexte en français.");
    assertFalse(
        PackageReader.read(PackageFiles.of(draft.publishable(List.of(Language.AR, Language.FR), 2)))
            .ok(),
        "declaring a partial translation as it is would reject the package");

    Draft published = new Draft(draft.forLearners(2));
    PackageReader.Result result = PackageReader.read(PackageFiles.of(published.files()));
    assertEquals(List.of(), result.problems());
    CoursePackage course = result.course().orElseThrow();
    assertEquals(
        List.of(Language.EN, Language.FR, Language.AR),
        course.languages(),
        "French is begun, so French learners get it");
    assertTrue(
        course
            .modules()
            .getFirst()
            .lessons()
            .get(0)
            .html()
            .get(Language.FR)
            .contains("Texte en français"));
    String standIn = course.modules().getFirst().lessons().get(1).html().get(Language.FR);
    assertTrue(
        standIn.contains("<div lang=\"en\" dir=\"ltr\">")
            && standIn.contains("Categories of workers"),
        "[" + standIn + "]");
    assertEquals(State.UP_TO_DATE, state(published, "lesson:basics/definition", Language.FR));
    assertEquals(
        State.MISSING,
        state(published, "lesson:basics/categories", Language.FR),
        "a stand-in is still a missing translation");
    assertEquals(State.MISSING, state(published, "question:basics/who-is-covered", Language.FR));
    assertEquals(
        List.of(),
        TranslationStatus.of(published).stream()
            .filter(i -> i.state(Language.RU) != State.MISSING)
            .toList(),
        "Russian was never begun: not declared, nothing filled");
  }

  @Test
  void aStandInFollowsTheEnglishAtTheNextPublication() {
    Draft draft = sample();
    draft.saveLesson(
        "basics/definition", Language.FR, "La définition", "# La définition\n\nTexte.");
    Draft published = new Draft(draft.forLearners(2));
    published.saveLesson(
        "basics/categories",
        Language.EN,
        "Categories of workers",
        "# Categories\n\nRewritten in English.");
    Draft again = new Draft(published.forLearners(3));
    assertTrue(again.markdown("basics/categories", Language.FR).contains("Rewritten in English."));
    assertEquals(State.MISSING, state(again, "lesson:basics/categories", Language.FR));
  }

  @Test
  void publishingAsksAboutTheLanguagesACourseIsTranslatedIntoNotEveryLanguage() {
    Draft draft = sample();
    assertEquals(
        List.of(Language.AR),
        targets(draft),
        "Arabic is declared; French and Russian were never begun");
    draft.saveLesson(
        "basics/definition", Language.FR, "La définition", "# La définition\n\nTexte.");
    assertEquals(
        List.of(Language.FR, Language.AR),
        targets(draft),
        "a French translation begun makes French a target");
  }

  private static List<Language> targets(Draft draft) {
    return TranslationStatus.targets(
        draft, TranslationStatus.summaries(TranslationStatus.of(draft)));
  }

  @Test
  void modulesAndLessonsReorderOnlyWhenTheListIsExactlyTheirs() {
    Draft draft = sample();
    String added = draft.addModule("Rights at work").id();
    assertEquals("rights-at-work", added);
    draft.addLesson(added, "Wages");
    assertFalse(draft.reorderModules(List.of(added)), "a list missing a module is refused");
    assertTrue(draft.reorderModules(List.of(added, "basics")));
    assertEquals(
        List.of(added, "basics"), draft.modules().stream().map(Draft.ModuleView::id).toList());
    assertTrue(draft.reorderLessons("basics", List.of("categories", "definition")));
    assertEquals("categories", draft.modules().get(1).lessons().getFirst().id());
  }

  @Test
  void duplicatingAQuestionCopiesItInEveryLanguageUnderANewId() {
    Draft draft = sample();
    String copy = draft.quiz("basics").duplicateQuestion("who-is-covered");
    assertEquals("who-is-covered-copy", copy);
    assertEquals(
        draft.quiz("basics").words("who-is-covered", Language.AR),
        draft.quiz("basics").words(copy, Language.AR));
    draft.quiz("basics").removeQuestion(copy);
    assertFalse(draft.quiz("basics").questions().stream().anyMatch(q -> q.id().equals(copy)));
  }

  @Test
  void everyQuestionTypeSurvivesAReadAndAWrite() {
    Draft draft = sample();
    for (QuestionDraft question : draft.quiz("basics").questions()) {
      QuestionWords english = draft.quiz("basics").words(question.id(), Language.EN);
      Draft copy = sample();
      copy.quiz("basics").saveQuestion(question, Language.EN, english);
      assertEquals(question, copy.quiz("basics").question(question.id()), question.id());
      assertEquals(english, copy.quiz("basics").words(question.id(), Language.EN), question.id());
    }
    assertTrue(PackageReader.read(PackageFiles.of(draft.files())).ok());
  }

  @Test
  void numericalAndEssayQuestionsSurviveAReadAndAWriteAndTheirTranslationsAreTracked() {
    java.util.function.Supplier<Draft> open =
        () ->
            new Draft(
                PackageFiles.fromFolder(Path.of("src/test/resources/open-answers")).contents());
    Draft draft = open.get();
    for (QuestionDraft question : draft.quiz("basics").questions()) {
      QuestionWords english = draft.quiz("basics").words(question.id(), Language.EN);
      Draft copy = open.get();
      copy.quiz("basics").saveQuestion(question, Language.EN, english);
      assertEquals(question, copy.quiz("basics").question(question.id()), question.id());
      assertEquals(english, copy.quiz("basics").words(question.id(), Language.EN), question.id());
    }
    QuestionDraft numerical = draft.quiz("basics").question("how-many-articles");
    assertEquals(2, numerical.open().numbers().size());
    assertEquals(1500, draft.quiz("basics").question("why-part-three").open().maxLength());
    assertTrue(PackageReader.read(PackageFiles.of(draft.files())).ok());
    assertEquals(State.UP_TO_DATE, state(draft, "question:basics/how-many-articles", Language.AR));
  }

  @Test
  void idsComeFromTitlesInPlainLettersAndStayUnique() {
    assertEquals("non-refoulement-art-22", OutlineEdits.slug("Non-refoulement (art. 22)", "x"));
    assertEquals("securite-a-la-frontiere", OutlineEdits.slug("Sécurité à la frontière", "x"));
    assertEquals("lesson", OutlineEdits.slug("الحدود", "lesson"));
    assertEquals("a-3", OutlineEdits.uniqueId("a", id -> id.equals("a") || id.equals("a-2")));
  }
}

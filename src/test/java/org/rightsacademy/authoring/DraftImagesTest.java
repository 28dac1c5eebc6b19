package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.ImageCheck;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.platform.Language;

/**
 * Pictures in a draft (stored as package files, alt texts per language in images.yaml, a missing
 * alt text a gap or an error), the editor's text limits, and a draft that no longer reads.
 */
class DraftImagesTest {

  private static final String LESSON = "basics/definition";
  private static final String LESSON_FILE = "lessons/01-basics/01-definition.en.md";

  private static Draft sample() {
    return new Draft(
        PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")).contents());
  }

  private static byte[] png() {
    return org.rightsacademy.catalog.ImageCheckTest.picture("png", 12, 8);
  }

  /** Adds a picture to the lesson in English with the given alt texts, as the editor does. */
  private static String addTo(Draft draft, Map<Language, String> alts) {
    String path = Images.newPath("Route map.PNG", ImageCheck.Format.PNG, draft.paths());
    String markdown = draft.addImage(path, png(), alts, LESSON_FILE);
    draft.saveLesson(
        LESSON,
        Language.EN,
        "The definition",
        draft.markdown(LESSON, Language.EN) + "\n" + markdown);
    return path;
  }

  private static List<PackageProblem> problems(Map<String, byte[]> files) {
    return PackageReader.read(PackageFiles.of(files)).problems().stream()
        .filter(PackageProblem::isError)
        .toList();
  }

  @Test
  void aPictureIsAPackageFileWithItsAltTextsInImagesYaml() {
    Draft draft = sample();
    String path = addTo(draft, Map.of(Language.EN, "Route map", Language.AR, "خريطة الطريق"));
    assertEquals("images/route-map.png", path);
    assertTrue(draft.written().contains(path));
    assertTrue(draft.written().contains("images.yaml"));
    String yaml = new String(draft.files().get("images.yaml"), StandardCharsets.UTF_8);
    assertTrue(yaml.contains("images/route-map.png:") && yaml.contains("خريطة الطريق"), yaml);
    assertTrue(
        draft.markdown(LESSON, Language.EN).contains("![](../../images/route-map.png)"),
        "shown from the lesson's folder");

    Draft again = new Draft(draft.files());
    assertEquals("Route map", again.model().altText(path, Language.EN));
    assertEquals(List.of(), problems(again.publishable(List.of(Language.AR), 1)));
    var course = PackageReader.read(PackageFiles.of(again.files())).course().orElseThrow();
    String arabic = course.modules().getFirst().lessons().getFirst().html().get(Language.AR);
    String english = course.modules().getFirst().lessons().getFirst().html().get(Language.EN);
    assertTrue(english.contains("alt=\"Route map\""), english);
    assertFalse(arabic.contains("route-map"), "the Arabic lesson does not show it yet");
  }

  @Test
  void aMissingAltTextIsAnErrorInADeclaredLanguageAndAGapElsewhere() {
    Draft draft = sample();
    String path = addTo(draft, Map.of(Language.EN, "Route map"));
    // Arabic is declared: publishing as is names the picture and the language.
    List<PackageProblem> errors = problems(draft.publishable(List.of(Language.AR), 1));
    assertTrue(
        errors.stream()
            .anyMatch(
                p ->
                    p.kind() == PackageProblem.Kind.MISSING_TRANSLATION
                        && p.file().equals("images.yaml")
                        && p.detail().contains(path)
                        && p.detail().contains("ar")),
        errors::toString);
    // The translation status counts it as missing in Arabic, and publishing with gaps fills it.
    assertEquals(
        TranslationStatus.State.MISSING,
        TranslationStatus.of(draft).stream()
            .filter(i -> i.key().equals("image:" + path))
            .findFirst()
            .orElseThrow()
            .state(Language.AR));
    assertEquals(List.of(), problems(draft.forLearners(2)));
    draft.setAltText(path, Language.AR, "خريطة الطريق");
    assertEquals(List.of(), problems(draft.publishable(List.of(Language.AR), 1)));
  }

  @Test
  void anImageInALessonWithNoAltTextAnywhereIsReportedWithItsLine() {
    Draft draft = sample();
    Map<String, byte[]> files = draft.files();
    files.put("images/plain.png", png());
    files.put(
        LESSON_FILE,
        (new String(files.get(LESSON_FILE), StandardCharsets.UTF_8)
                + "\n![](../../images/plain.png)\n")
            .getBytes(StandardCharsets.UTF_8));
    List<PackageProblem> errors = problems(files);
    assertTrue(
        errors.stream()
            .anyMatch(
                p ->
                    p.kind() == PackageProblem.Kind.MISSING_TRANSLATION
                        && p.file().equals(LESSON_FILE)
                        && p.line() > 1
                        && p.detail().equals("alt text of images/plain.png")),
        errors::toString);
  }

  @Test
  void aMillionCharacterLessonOrQuestionIsRefusedAndNothingChanges() {
    Draft draft = sample();
    String huge = "x".repeat(1_200_000);
    Map<String, byte[]> before = draft.files();
    TextLimits.TooLong lesson =
        assertThrows(
            TextLimits.TooLong.class,
            () -> draft.saveLesson(LESSON, Language.EN, "The definition", huge));
    assertEquals(TextLimits.Field.LESSON_TEXT, lesson.field());
    QuestionDraft key = draft.quiz("basics").questions().getFirst();
    QuestionWords words = draft.quiz("basics").words(key.id(), Language.EN);
    QuestionWords long_ =
        new QuestionWords(
            huge,
            words.source(),
            words.feedback(),
            words.options(),
            words.matches(),
            words.accept());
    TextLimits.TooLong question =
        assertThrows(
            TextLimits.TooLong.class,
            () -> draft.quiz("basics").saveQuestion(key, Language.EN, long_));
    assertEquals(TextLimits.Field.QUESTION_TEXT, question.field());
    assertEquals(1_200_000, question.length());
    assertTrue(draft.written().isEmpty(), "nothing written");
    assertEquals(before.keySet(), draft.files().keySet());
  }

  @Test
  void aDraftWithBrokenOrOversizedYamlDoesNotOpenAndSaysWhy() {
    Map<String, byte[]> broken = sample().files();
    broken.put(
        "quizzes/basics.en.yaml", "who: [unclosed\n  - x: y".getBytes(StandardCharsets.UTF_8));
    UnreadableDraft e = assertThrows(UnreadableDraft.class, () -> new Draft(broken));
    assertTrue(
        e.problems().stream()
            .anyMatch(
                p ->
                    p.file().equals("quizzes/basics.en.yaml")
                        && p.kind() == PackageProblem.Kind.INVALID_YAML),
        e.problems()::toString);

    Map<String, byte[]> oversized = sample().files();
    oversized.put(
        "quizzes/basics.en.yaml",
        ("q:\n  text: " + "x".repeat(2_200_000) + "\n").getBytes(StandardCharsets.UTF_8));
    UnreadableDraft large = assertThrows(UnreadableDraft.class, () -> new Draft(oversized));
    assertEquals(PackageProblem.Kind.TOO_LARGE, large.problems().getFirst().kind());

    Map<String, byte[]> noManifest = sample().files();
    noManifest.remove("course.yaml");
    assertThrows(UnreadableDraft.class, () -> new Draft(noManifest));
  }
}

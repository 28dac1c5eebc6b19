package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.platform.Language;

/**
 * The editor gives a validator problem's detail in the trainer's language, with its values, where
 * the validator wrote it in English; a detail it does not know keeps the validator's words.
 */
class ProblemDetailsTest {

  private static BiFunction<String, Object[], String> words(Language language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language.code()));
    return (key, arguments) ->
        new MessageFormat(bundle.getString(key), Locale.forLanguageTag(language.code()))
            .format(arguments == null ? new Object[0] : arguments);
  }

  private static Map<String, byte[]> replaced(
      Map<String, byte[]> files, String path, String from, String to) {
    String text = new String(files.get(path), StandardCharsets.UTF_8);
    assertTrue(text.contains(from), text);
    files.put(path, text.replace(from, to).getBytes(StandardCharsets.UTF_8));
    return files;
  }

  @Test
  void aWrongSettingAndAMissingSourceAreSaidInTheTrainersLanguage() {
    Draft draft = TranslatedTestsTest.browserCourse();
    TranslatedTestsTest.single(
        draft, "final-test", "why", "Why is it forbidden?", "risk", "cost", "habit");
    draft.quiz("final-test").saveSettings(Map.of("pass_mark", "80"));
    Map<String, byte[]> files = draft.files();
    replaced(files, "quizzes/final-test.yaml", "pass_mark: 80", "pass_mark: 150");
    replaced(files, "quizzes/final-test.en.yaml", "source: UDHR art. 14", "source: ''");
    List<String> details =
        PackageReader.read(PackageFiles.of(files)).problems().stream()
            .filter(PackageProblem::isError)
            .map(PackageProblem::detail)
            .toList();
    assertTrue(details.contains("pass_mark must be between 0 and 100"), details::toString);
    assertTrue(details.contains("question why names no legal source"), details::toString);
    for (String detail : details) {
      assertTrue(ProblemDetails.known(detail), "a text of its own: " + detail);
    }
    assertEquals(
        "Seuil de réussite (%) : saisissez un nombre de 0 à 100.",
        ProblemDetails.in("pass_mark must be between 0 and 100", words(Language.FR)));
    assertEquals(
        "السؤال لا يذكر أي مصدر قانوني.",
        ProblemDetails.in("question why names no legal source", words(Language.AR)));
    assertEquals(
        "Вопрос не называет правовой источник.",
        ProblemDetails.in("question why names no legal source", words(Language.RU)));
  }

  @Test
  void theValuesInADetailAreKeptAndAnUnknownDetailKeepsItsWords() {
    assertEquals(
        "Les poids positifs totalisent 90 %, et non 100 %.",
        ProblemDetails.in(
            "question who: the positive weights add up to 90, not 100", words(Language.FR)));
    assertEquals(
        "Le quiz tire 5 questions avec l’étiquette « asylum », mais le cours n’en a que 3.",
        ProblemDetails.in(
            "quiz final-test draws 5 questions tagged asylum but the bank has 3",
            words(Language.FR)));
    assertEquals(
        "L’image images/route.png n’a pas de texte alternatif dans cette langue (ar).",
        ProblemDetails.in("alt text of images/route.png in ar", words(Language.FR)));
    assertEquals(
        "version: “x” is not a whole number.",
        ProblemDetails.in("version is not a whole number: x", words(Language.EN)),
        "a name that is not a quiz setting stays as it is");
    assertEquals(
        "something new went wrong",
        ProblemDetails.in("something new went wrong", words(Language.AR)));
    assertFalse(ProblemDetails.known("something new went wrong"));
  }

  @Test
  void everyDetailTextIsInEveryLanguage() {
    for (Language language : Language.values()) {
      ResourceBundle bundle =
          ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language.code()));
      for (String key : ProblemDetails.keys()) {
        assertTrue(bundle.containsKey(key), key + " in " + language);
        assertFalse(bundle.getString(key).isBlank(), key + " in " + language);
      }
    }
  }
}

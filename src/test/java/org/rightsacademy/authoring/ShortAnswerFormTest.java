package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.authoring.QuestionWords.OptionWords;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.OptionText;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.Question.ShortAnswer;
import org.rightsacademy.platform.Language;

/**
 * The question editor's rows of a short answer's alternatives: weights as typed, the catch-all
 * found by its words, and the form → draft → package → form way with nothing lost, translation
 * included.
 */
class ShortAnswerFormTest {

  @Test
  void weightsAreWholeNumbersFromMinusToPlusAHundredAndBlankIsFull() {
    assertEquals(100, ShortAnswerForm.weight(""));
    assertEquals(100, ShortAnswerForm.weight(null));
    assertEquals(50, ShortAnswerForm.weight("50 %"));
    assertEquals(-100, ShortAnswerForm.weight("-100"));
    assertEquals(0, ShortAnswerForm.weight("0"));
    assertNull(ShortAnswerForm.weight("150"));
    assertNull(ShortAnswerForm.weight("-101"));
    assertNull(ShortAnswerForm.weight("33.5"));
    assertNull(ShortAnswerForm.weight("half"));
  }

  @Test
  void rowsBecomeAlternativesAndComeBackAsTheyWereInEveryLanguage() {
    List<OptionRow> rows =
        List.of(
            row("s1", "16(7)", "", null),
            row("s2", "article 16", "50", "Close: the paragraph matters."),
            row("s3", " * ", "0", "Look at article 16 again."));
    QuestionDraft key =
        QuestionForms.key(
            "consul-article",
            CoursePackage.QuestionType.SHORT,
            rows,
            List.of(),
            null,
            "",
            false,
            null);
    assertEquals(List.of("s1", "s2", "s3"), key.options());
    assertEquals(Map.of("s1", 100.0, "s2", 50.0, "s3", 0.0), key.weights());
    assertEquals(List.of("s3"), key.correct(), "the catch-all, by its words");

    Draft draft =
        new Draft(
            PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")).contents());
    QuizDraft quiz = draft.quiz("basics");
    quiz.saveQuestion(key, Language.EN, words("Which article?", "ICRMW art. 16(7)", rows));
    List<OptionRow> arabic =
        List.of(
            row("s1", "16(7)", null, null),
            row("s2", "المادة 16", null, "قريب، لكن الفقرة مهمة."),
            row("s3", "typed by mistake", null, "راجع المادة 16."));
    quiz.saveQuestion(key, Language.AR, words("أي مادة؟", "الاتفاقية، المادة 16(7)", arabic));

    Question.ShortText model = (Question.ShortText) quiz.model("consul-article");
    assertEquals(
        List.of(
            new ShortAnswer("s1", 100, false),
            new ShortAnswer("s2", 50, false),
            new ShortAnswer("s3", 0, true)),
        model.answers());
    assertEquals(
        new OptionText("*", "راجع المادة 16."),
        model.texts().get(Language.AR).options().get("s3"),
        "the catch-all's words are * whatever was typed");
    assertEquals(key, quiz.question("consul-article"), "the form's key comes back");
    assertEquals(
        new OptionWords("article 16", "Close: the paragraph matters."),
        quiz.words("consul-article", Language.EN).options().get("s2"));
    PackageReader.Result read = PackageReader.read(PackageFiles.of(draft.files()));
    assertTrue(read.ok(), read.problems().toString());
  }

  private static QuestionWords words(String text, String source, List<OptionRow> rows) {
    Map<String, OptionWords> options = new LinkedHashMap<>();
    rows.forEach(r -> options.put(r.getId(), new OptionWords(r.getText(), r.getFeedback())));
    return new QuestionWords(text, source, null, options, Map.of(), List.of());
  }

  private static OptionRow row(String id, String text, String weight, String feedback) {
    OptionRow row = new OptionRow(id);
    row.setText(text);
    row.setWeight(weight);
    row.setFeedback(feedback);
    return row;
  }
}

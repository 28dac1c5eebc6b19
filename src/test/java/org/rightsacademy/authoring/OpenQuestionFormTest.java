package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.Question.NumericAnswer;

/** The editor's accepted numbers as a trainer writes them, GIFT's way. */
class OpenQuestionFormTest {

  @Test
  void aNumberAToleranceAndARangeAreReadWithTheirCredit() {
    OpenQuestionForm form = new OpenQuestionForm();
    List<OptionRow> rows = new ArrayList<>();
    form.start(QuestionType.NUMERICAL, rows);
    form.addRow(rows);
    form.addRow(rows);
    form.addRow(rows);
    assertEquals(List.of("n1", "n2", "n3", "n4"), rows.stream().map(OptionRow::getId).toList());
    Map<String, String> accepts = form.getAccepts();
    accepts.put("n1", "93");
    accepts.put("n2", " 2,5 : 0,5 ");
    accepts.put("n3", "90..96");
    accepts.put("n4", "96..90");
    form.getWeights().put("n3", "50");
    assertEquals(Optional.of(NumericAnswer.exact("n1", 93, 0, 100)), form.answer("n1"));
    assertEquals(Optional.of(NumericAnswer.exact("n2", 2.5, 0.5, 0)), form.answer("n2"));
    assertEquals(Optional.of(NumericAnswer.range("n3", 90, 96, 50)), form.answer("n3"));
    assertTrue(form.answer("n4").isEmpty(), "a range upside down");
    accepts.put("n4", "ninety");
    assertTrue(form.answer("n4").isEmpty());
  }

  @Test
  void aSavedQuestionFillsTheFieldsAsWritten() {
    OpenQuestionForm form = new OpenQuestionForm();
    form.fill(
        new QuestionDraft(
            "q",
            QuestionType.NUMERICAL,
            List.of("a", "b"),
            List.of(),
            List.of(),
            Map.of(),
            null,
            List.of(),
            true,
            null,
            new QuestionDraft.Open(
                List.of(
                    NumericAnswer.exact("a", 2.5, 0.5, 100), NumericAnswer.range("b", 1, 4, 50)),
                0,
                null)));
    assertEquals(Map.of("a", "2.5:0.5", "b", "1..4"), form.getAccepts());
    assertEquals(Map.of("a", "100", "b", "50"), form.getWeights());
  }
}

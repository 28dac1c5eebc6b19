package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionText;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.Question.NumericAnswer;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.platform.Language;

/**
 * Numerical questions: a value with its tolerance, ranges, weights and partial credit, and the
 * numbers learners type in each language.
 */
class NumericalGradingTest {

  private static final QuizSettings PARTIAL = QuizSettings.defaults(70);

  private static QuizSettings allOrNothing() {
    QuizSettings d = PARTIAL;
    return new QuizSettings(
        d.passMark(),
        d.attempts(),
        d.grading(),
        d.timeLimitMinutes(),
        d.shuffleQuestions(),
        d.shuffleOptions(),
        d.feedback(),
        d.reveal(),
        QuizSettings.MultipleScoring.ALL_OR_NOTHING,
        d.penalty());
  }

  private static Question numerical(NumericAnswer... answers) {
    return new Question(
        "days",
        QuestionType.NUMERICAL,
        java.util.Arrays.stream(answers).map(NumericAnswer::id).toList(),
        List.of(),
        new AnswerKey.Numbers(List.of(answers)),
        null,
        Set.of("quiz"),
        Map.of(
            Language.EN,
            new QuestionText(
                "How many?",
                "ICRMW",
                null,
                Map.of(
                    "exact",
                    new org.rightsacademy.catalog.CoursePackage.OptionText("Right.", null)),
                Map.of(),
                List.of())));
  }

  private static double score(Question question, String stored, QuizSettings settings) {
    return Grader.score(question, Answer.decode(QuestionType.NUMERICAL, stored), settings);
  }

  @Test
  void aValueScoresWithinItsToleranceBoundsIncluded() {
    Question q = numerical(NumericAnswer.exact("exact", 2.5, 0.5, 100));
    assertEquals(1, score(q, "2.5", PARTIAL));
    assertEquals(1, score(q, "2", PARTIAL), "the lower bound counts");
    assertEquals(1, score(q, "3", PARTIAL), "the upper bound counts");
    assertEquals(0, score(q, "3.01", PARTIAL));
    assertEquals(0, score(q, "1.99", PARTIAL));
  }

  @Test
  void anExactValueWithoutToleranceIsExactEvenInDecimals() {
    Question q = numerical(NumericAnswer.exact("exact", 0.3, 0, 100));
    assertEquals(1, score(q, "0.3", PARTIAL));
    assertEquals(1, score(q, "0.30", PARTIAL));
    assertEquals(0, score(q, "0.31", PARTIAL));
  }

  @Test
  void theBestWeightOfTheAnswersANumberFallsInCounts() {
    Question q =
        numerical(
            NumericAnswer.exact("exact", 93, 0, 100),
            NumericAnswer.range("close", 90, 96, 50),
            NumericAnswer.range("far", 80, 100, 10));
    assertEquals(1, score(q, "93", PARTIAL), "in all three: the full answer");
    assertEquals(0.5, score(q, "95", PARTIAL), 1e-9);
    assertEquals(0.1, score(q, "81", PARTIAL), 1e-9);
    assertEquals(0, score(q, "101", PARTIAL));
    assertEquals(0, score(q, "-93", PARTIAL));
  }

  @Test
  void withPartialCreditOffOnlyTheFullAnswerScores() {
    Question q =
        numerical(
            NumericAnswer.exact("exact", 93, 0, 100), NumericAnswer.range("close", 90, 96, 50));
    assertEquals(1, score(q, "93", allOrNothing()));
    assertEquals(0, score(q, "95", allOrNothing()));
  }

  @Test
  void blankOrStoredGarbageScoresNothing() {
    Question q = numerical(NumericAnswer.exact("exact", 0, 0, 100));
    assertEquals(0, score(q, "", PARTIAL));
    assertEquals(0, score(q, "zero", PARTIAL));
  }

  @Test
  void theFeedbackIsTheOneOfTheAnswerTheNumberFallsIn() {
    Question q = numerical(NumericAnswer.exact("exact", 93, 0, 100));
    AnswerKey.Numbers key = (AnswerKey.Numbers) q.key();
    assertEquals("Right.", PaperView.numericFeedback(key, q.texts().get(Language.EN), "93"));
    assertEquals(null, PaperView.numericFeedback(key, q.texts().get(Language.EN), "94"));
  }

  @ParameterizedTest(name = "{1}: \"{0}\" is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3.5|EN|3.5",
        "3,5|FR|3.5",
        "3,5|RU|3.5",
        "3,5|EN|3.5",
        "1,000|EN|1000",
        "1,000|FR|1",
        "1 000,5|FR|1000.5",
        "1\u00a0000,5|FR|1000.5",
        "1\u202f000|RU|1000",
        "1.000.000|FR|1000000",
        "1.000,25|FR|1000.25",
        "1,000.25|EN|1000.25",
        "\u0663\u066b\u0665|AR|3.5",
        "\u0669\u0663|AR|93",
        "\u06f9\u06f3|AR|93",
        "-2|EN|-2",
        "\u22122|EN|-2",
        "+7|EN|7",
        ".5|EN|0.5",
        "2.50|EN|2.5",
        "  42  |EN|42",
        "\u200f\u0664\u0662|AR|42"
      })
  void aNumberIsReadAsTheLearnersLanguageWritesIt(String typed, Language language, String read) {
    assertEquals(Optional.of(read), NumberInput.normalise(typed, language));
  }

  @ParameterizedTest
  @CsvSource({"abc", "3.5.1x", "'3,5,1'", "1e5", "--3", "3-", "'1,2.3,4'", "NaN", "Infinity", "½"})
  void whatIsNotANumberIsRefused(String typed) {
    assertTrue(NumberInput.parse(typed, Language.EN).isEmpty(), typed);
    assertTrue(NumberInput.parse(typed, Language.FR).isEmpty(), typed);
  }

  @Test
  void aNumberIsShownBackAsTheLanguageWritesIt() {
    assertEquals("3,5", NumberInput.show("3.5", Language.FR));
    assertEquals("3.5", NumberInput.show("3.5", Language.EN));
    assertFalse(NumberInput.parse("9".repeat(NumberInput.MAX_LENGTH + 1), Language.EN).isPresent());
  }
}

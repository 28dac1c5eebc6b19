package org.rightsacademy.authoring.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.model.Localized;
import org.rightsacademy.catalog.model.OptionText;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.QuestionText;
import org.rightsacademy.platform.Language;

/** Moodle's numerical and essay questions to the package model and back, nothing lost. */
class OpenTypesTest {

  private static Question.Common common(String id) {
    return new Question.Common(id, null, List.of(), true, null, new Localized<>(Map.of()));
  }

  private static List<GiftQuestion> read(String gift) {
    return new GiftReader().read(gift).strict();
  }

  @Test
  void aNumericalQuestionWithToleranceRangeWeightsAndFeedbackBecomesTheModelsAndBack() {
    GiftQuestion.Numerical gift =
        assertInstanceOf(
            GiftQuestion.Numerical.class,
            read("::Days::How many days? {#\n"
                    + "  =2.5:0.5#Right.\n"
                    + "  =%50%1..4#Close.\n"
                    + "}")
                .getFirst());
    Question.Numerical numerical = OpenTypes.numerical(gift, common("days"));
    assertEquals(
        List.of(
            Question.NumericAnswer.exact("n1", 2.5, 0.5, 100),
            Question.NumericAnswer.range("n2", 1, 4, 50)),
        numerical.answers());
    Map<String, OptionText> feedback = OpenTypes.numericalFeedback(gift);
    assertEquals(
        Map.of("n1", new OptionText("Right.", null), "n2", new OptionText("Close.", null)),
        feedback);
    QuestionText words =
        new QuestionText("How many days?", "Days", null, feedback, Map.of(), List.of());
    GiftQuestion.Numerical back = OpenTypes.gift(numerical, words, gift.header());
    List<GiftQuestion> again = read(new GiftWriter().write(List.of(back)));
    Question.Numerical twice =
        OpenTypes.numerical((GiftQuestion.Numerical) again.getFirst(), common("days"));
    assertEquals(numerical, twice, "GIFT → model → GIFT → model keeps every answer");
    assertEquals(feedback, OpenTypes.numericalFeedback((GiftQuestion.Numerical) again.getFirst()));
  }

  @Test
  void anEssayIsAnEssayAndWhatGiftCannotCarryIsNamed() {
    GiftQuestion.Essay gift =
        assertInstanceOf(GiftQuestion.Essay.class, read("::Why::Explain why. {}").getFirst());
    Question.Essay essay = OpenTypes.essay(gift, common("why"));
    assertEquals(Question.Essay.DEFAULT_LENGTH, essay.maxLength());
    assertEquals(
        GiftQuestion.Essay.class,
        read(new GiftWriter().write(List.of(OpenTypes.gift(essay, gift.header()))))
            .getFirst()
            .getClass());
    assertEquals(
        "at most 500 characters; rubric: Name Part III.",
        OpenTypes.notInGift(new Question.Essay(common("why"), 500, "Name\n Part III.")));
    assertEquals("", OpenTypes.notInGift(essay));
  }

  @Test
  void aNegativeOrOversizedWeightIsKeptWithinZeroToAHundred() {
    GiftQuestion.Numerical gift =
        new GiftQuestion.Numerical(
            GiftQuestion.Header.of("t", "?"),
            List.of(
                new GiftQuestion.NumericAnswer(new GiftQuestion.Tolerance(1, 0), 100, ""),
                new GiftQuestion.NumericAnswer(new GiftQuestion.Tolerance(2, 0), -50, "")),
            "");
    assertEquals(0, OpenTypes.numerical(gift, common("t")).answers().get(1).weight());
    assertEquals(Language.EN, Language.DEFAULT);
  }
}

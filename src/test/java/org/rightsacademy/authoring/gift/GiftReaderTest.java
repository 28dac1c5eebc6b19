package org.rightsacademy.authoring.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rightsacademy.authoring.gift.GiftFixtures.titled;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rightsacademy.authoring.gift.GiftQuestion.Answer;
import org.rightsacademy.authoring.gift.GiftQuestion.Description;
import org.rightsacademy.authoring.gift.GiftQuestion.Essay;
import org.rightsacademy.authoring.gift.GiftQuestion.Matching;
import org.rightsacademy.authoring.gift.GiftQuestion.MultipleChoice;
import org.rightsacademy.authoring.gift.GiftQuestion.MultipleResponse;
import org.rightsacademy.authoring.gift.GiftQuestion.NumericAnswer;
import org.rightsacademy.authoring.gift.GiftQuestion.Numerical;
import org.rightsacademy.authoring.gift.GiftQuestion.Pair;
import org.rightsacademy.authoring.gift.GiftQuestion.Range;
import org.rightsacademy.authoring.gift.GiftQuestion.ShortAnswer;
import org.rightsacademy.authoring.gift.GiftQuestion.Tolerance;
import org.rightsacademy.authoring.gift.GiftQuestion.TrueFalse;

/** Every GIFT question type Moodle imports, read from every-type.gift. */
class GiftReaderTest {

  private static List<GiftQuestion> questions;

  @BeforeAll
  static void read() {
    questions = GiftFixtures.clean("every-type.gift");
  }

  @Test
  void readsEveryQuestionOfTheFileInOrderWithTheLineItStartsOn() {
    assertEquals(15, questions.size());
    GiftRead read = new GiftReader().read(GiftFixtures.text("every-type.gift"));
    assertEquals(4, read.located().getFirst().line());
    assertEquals("Consular access", read.located().getFirst().question().header().title());
  }

  @Test
  void multipleChoiceKeepsRightWrongAndPartlyRightAnswersWithFeedback() {
    MultipleChoice q = titled(questions, "Consular access", MultipleChoice.class);
    assertEquals(
        "At a checkpoint, who must be told of an arrest if the person asks?", q.header().text());
    assertEquals(
        List.of(
            new Answer("The consulate", 100, "Right: article 36 of the Vienna Convention."),
            new Answer("The employer", 0, "No: the employer has no right to know."),
            new Answer(
                "A lawyer of the person's choice",
                50,
                "Partly: a lawyer, yes, but the consulate too.")),
        q.answers());
    assertEquals("Consular notification is a right of the person.", q.header().generalFeedback());
  }

  @Test
  void multipleResponseKeepsPositiveNegativeAndZeroWeights() {
    MultipleResponse q = titled(questions, "Rights in detention", MultipleResponse.class);
    assertEquals(
        List.of(50.0, 50.0, -100.0, 0.0), q.answers().stream().map(Answer::weight).toList());
    assertEquals("No: separation is required.", q.answers().get(2).feedback());
    assertEquals("", q.answers().get(3).feedback());
  }

  @Test
  void trueFalseKeepsBothFeedbacksAndTheGeneralOne() {
    TrueFalse q = titled(questions, "Non-refoulement", TrueFalse.class);
    assertTrue(q.answer());
    assertEquals("Wrong: the rule is absolute.", q.wrongFeedback());
    assertEquals("Right: it admits no exception.", q.rightFeedback());
    assertEquals("Article 3 of the Convention against Torture.", q.header().generalFeedback());
    assertFalse(titled(questions, "Short false", TrueFalse.class).answer());
  }

  @Test
  void shortAnswerKeepsEveryWeighedAlternativeTheCatchAllAndTheirFeedback() {
    ShortAnswer q = titled(questions, "Convention name", ShortAnswer.class);
    assertEquals(
        List.of(
            new Answer("ICRMW", 100, "Right."),
            new Answer("CMW", 50, "Also used, by its committee."),
            new Answer("UNCRC", 0, "That is the children's convention."),
            new Answer("*", 100, "Look at the title of the convention.")),
        q.answers());
    assertTrue(q.answers().getLast().catchAll());
  }

  @Test
  void matchingKeepsPairsAndTheDistractorWithNoLeftSide() {
    Matching q = titled(questions, "Match instruments", Matching.class);
    assertEquals(
        List.of(
            new Pair("Refugee Convention", "1951"),
            new Pair("Migrant Workers Convention", "1990"),
            new Pair("Global Compact for Migration", "2018"),
            new Pair("", "1966")),
        q.pairs());
    assertTrue(q.pairs().getLast().distractor());
    assertEquals("Three of the four years match.", q.header().generalFeedback());
  }

  @Test
  void numericalReadsExactValuesTolerancesAndRanges() {
    assertEquals(
        List.of(new NumericAnswer(new Tolerance(1990, 0), 100, "")),
        titled(questions, "Year adopted", Numerical.class).answers());
    assertEquals(
        List.of(new NumericAnswer(new Tolerance(55, 5), 100, "")),
        titled(questions, "Ratifications", Numerical.class).answers());
    assertEquals(
        List.of(new NumericAnswer(new Range(1, 5), 100, "")),
        titled(questions, "Range", Numerical.class).answers());
  }

  @Test
  void numericalReadsSeveralWeighedAnswersTheOtherwiseFeedbackAndTheGeneralOne() {
    Numerical q = titled(questions, "Several numbers", Numerical.class);
    assertEquals(
        List.of(
            new NumericAnswer(new Tolerance(1951, 0), 100, "Exactly."),
            new NumericAnswer(new Range(1950, 1952), 50, "Close: it was 1951.")),
        q.answers());
    assertEquals("Look at its full name.", q.otherwiseFeedback());
    assertEquals(
        "The 1951 Convention relating to the Status of Refugees.", q.header().generalFeedback());
  }

  @Test
  void emptyBracesMakeAnEssayWithOrWithoutGeneralFeedback() {
    Essay plain = titled(questions, "Your view", Essay.class);
    assertEquals(
        "Describe a case where a migrant's right to health was at stake.", plain.header().text());
    Essay withFeedback = titled(questions, "Essay with feedback", Essay.class);
    assertEquals("Start with the person's own words.", withFeedback.header().generalFeedback());
  }

  @Test
  void textWithoutBracesIsADescription() {
    Description q = titled(questions, "About the test", Description.class);
    assertEquals("The next questions are about detention.", q.header().text());
  }

  @Test
  void answersInsideTheSentenceMakeAMissingWordQuestionWithTheTextOnBothSides() {
    MultipleChoice q = titled(questions, "Missing word", MultipleChoice.class);
    assertTrue(q.header().missingWord());
    assertEquals("Arbitrary detention is ", q.header().text());
    assertEquals(" under international law.", q.header().textAfter());
    assertEquals("forbidden", q.answers().get(1).text());
    ShortAnswer s = titled(questions, "Short missing word", ShortAnswer.class);
    assertEquals("The right to ", s.header().text());
    assertEquals(" comes first.", s.header().textAfter());
    assertFalse(titled(questions, "Consular access", MultipleChoice.class).header().missingWord());
  }

  @Test
  void everyQuestionAfterACategoryLineIsInThatCategory() {
    assertTrue(
        questions.stream()
            .allMatch(
                q -> q.header().category().equals("$course$/top/Rights of migrants/Detention")));
  }
}

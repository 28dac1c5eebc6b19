package org.rightsacademy.authoring.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightsacademy.authoring.gift.GiftProblem.Kind;

/** Broken questions are listed by line and reason; the rest are kept, or all refused. */
class GiftProblemsTest {

  private final GiftRead broken = new GiftReader().read(GiftFixtures.text("broken.gift"));

  @Test
  void lenientReadingKeepsTheGoodQuestionsAndListsTheBrokenOnesByLine() {
    assertEquals(
        List.of("Good one", "Good two", "Good three"),
        broken.questions().stream().map(q -> q.header().title()).toList());
    assertEquals(
        List.of(
            "line 5: '{' without a matching '}' after 'The brace is never closed {=yes ~no'",
            "line 10: numerical answer '3:x' is not a number",
            "line 13: multiple choice with fewer than two answers: '~alone'",
            "line 17: weight 150% is outside -100..100",
            "line 19: matching pair 'b' has no '->'",
            "line 19: matching with fewer than two pairs: '=a -> 1 =b'",
            "line 21: '}' without a '{' before it, after 'Closing first } then {=x}'"),
        broken.problems().stream().map(GiftProblem::toString).toList());
  }

  @Test
  void strictReadingRefusesTheWholeFileAndNamesEveryProblem() {
    GiftRead.Refused refused = assertThrows(GiftRead.Refused.class, broken::strict);
    assertEquals(broken.problems(), refused.problems());
    assertFalse(broken.clean());
  }

  @Test
  void aQuestionOverTheLimitIsAProblemWithItsLineNotAnException() {
    String huge = "::Huge::" + "x".repeat(1_200_000) + " {=a ~b}";
    GiftRead read = new GiftReader().read("::Small::Fine {T}\n\n" + huge + "\n\n::After::Fine {F}");
    assertEquals(
        List.of("Small", "After"), read.questions().stream().map(q -> q.header().title()).toList());
    GiftProblem problem = read.problems().getFirst();
    assertEquals(3, problem.line());
    assertEquals(Kind.TOO_LONG, problem.kind());
    assertEquals(
        "line 3: question too long: 1,200,016 characters, more than the 100,000 allowed",
        problem.toString());
    assertEquals(1, read.problems().size());
  }

  @Test
  void aQuestionWithoutTextOrWithAnEmptyAnswerIsAProblem() {
    GiftRead read = new GiftReader().read("::No text::{=a ~b}\n\n::Empty::Which? {=a ~ ~c}");
    assertEquals(
        List.of(Kind.NO_TEXT, Kind.EMPTY_ANSWER),
        read.problems().stream().map(GiftProblem::kind).toList());
    assertEquals(List.of(), read.questions());
  }

  @Test
  void aSecondPairOfBracesIsAProblemNotASilentlyMangledQuestion() {
    GiftRead read = new GiftReader().read("::Two::First {=a ~b} then\n{=c ~d}");
    assertEquals(Kind.EXTRA_BRACES, read.problems().getFirst().kind());
    assertEquals(2, read.problems().getFirst().line());
  }

  @Test
  void numericalWithoutAnyAnswerIsAProblem() {
    GiftRead read = new GiftReader().read("::N::How many? {#}\n\n::M::And now? {#~#no}");
    assertEquals(
        List.of(Kind.NO_NUMBER, Kind.NO_NUMBER),
        read.problems().stream().map(GiftProblem::kind).toList());
  }

  @Test
  void numbersGiftCannotWriteBackAreNotNumbers() {
    GiftRead read =
        new GiftReader().read("::Big::How big? {#1e999}\n\n::Comma::Decimal comma? {#3,5}");
    assertEquals(
        List.of(
            "line 1: numerical answer '1e999' is not a number",
            "line 3: numerical answer '3,5' is not a number"),
        read.problems().stream().map(GiftProblem::toString).toList());
  }

  @Test
  void anEmptyTextIsNoQuestionAndNoProblem() {
    GiftRead read = new GiftReader().read("\n\n// only a comment\n\n   \n");
    assertEquals(List.of(), read.questions());
    assertEquals(List.of(), read.problems());
  }
}

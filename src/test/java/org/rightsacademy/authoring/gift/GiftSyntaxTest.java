package org.rightsacademy.authoring.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rightsacademy.authoring.gift.GiftFixtures.titled;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightsacademy.authoring.gift.GiftQuestion.Answer;
import org.rightsacademy.authoring.gift.GiftQuestion.Essay;
import org.rightsacademy.authoring.gift.GiftQuestion.Format;
import org.rightsacademy.authoring.gift.GiftQuestion.Matching;
import org.rightsacademy.authoring.gift.GiftQuestion.MultipleChoice;
import org.rightsacademy.authoring.gift.GiftQuestion.NumericAnswer;
import org.rightsacademy.authoring.gift.GiftQuestion.Numerical;
import org.rightsacademy.authoring.gift.GiftQuestion.Pair;
import org.rightsacademy.authoring.gift.GiftQuestion.ShortAnswer;
import org.rightsacademy.authoring.gift.GiftQuestion.Tolerance;
import org.rightsacademy.authoring.gift.GiftQuestion.TrueFalse;

/** Format markers, escapes, comments, titles, scripts and a file as Moodle itself exports it. */
class GiftSyntaxTest {

  private final List<GiftQuestion> marked = GiftFixtures.clean("formats-escapes-comments.gift");

  @Test
  void formatMarkersAreRecordedAndTakenOutOfTheText() {
    MultipleChoice html = titled(marked, "Html", MultipleChoice.class);
    assertEquals(Format.HTML, html.header().format());
    assertEquals("<p>Which <b>one</b>?</p>", html.header().text());
    assertEquals("<i>this</i>", html.answers().getFirst().text());
    TrueFalse markdown = titled(marked, "Markdown", TrueFalse.class);
    assertEquals(Format.MARKDOWN, markdown.header().format());
    assertEquals("**Bold** question", markdown.header().text());
    assertEquals(Format.PLAIN, titled(marked, "Plain", TrueFalse.class).header().format());
    ShortAnswer moodle = titled(marked, "Moodle", ShortAnswer.class);
    assertEquals(Format.MOODLE, moodle.header().format());
    assertEquals("Moodle auto-format", moodle.header().text());
  }

  @Test
  void escapedCharactersAreTextAndBackslashNIsALineBreak() {
    MultipleChoice q = titled(marked, "Escapes: all of them", MultipleChoice.class);
    assertEquals(
        "Is 1 + 1 = 2? Braces { and } and a tilde ~ and a hash # and a backslash \\ and\n"
            + "a new line.",
        q.header().text());
    assertEquals(
        List.of(
            new Answer("Yes = right", 100, "Feedback with # and :"),
            new Answer("No ~ wrong", 0, "")),
        q.answers());
  }

  @Test
  void commentLinesAreLeftOutEvenInsideAnswersAndCarryIdAndTags() {
    MultipleChoice q = titled(marked, "Commented", MultipleChoice.class);
    assertEquals(List.of("right", "wrong"), q.answers().stream().map(Answer::text).toList());
    TrueFalse tagged = titled(marked, "Tagged", TrueFalse.class);
    assertEquals("Q-42", tagged.header().idNumber());
    assertEquals(List.of("detention", "art]9"), tagged.header().tags());
    MultipleChoice link = titled(marked, "Link", MultipleChoice.class);
    assertEquals("See http://example.org/rights", link.header().text());
  }

  @Test
  void aQuestionWithoutTitleIsNamedAfterItsFirstWords() {
    GiftQuestion q =
        marked.stream().filter(x -> x.header().text().startsWith("What does")).findFirst().get();
    assertFalse(q.header().titled());
    assertEquals("What does article 16 of the convention protect?", q.header().title());
    assertTrue(marked.stream().filter(x -> x != q).allMatch(x -> x.header().titled()));
  }

  @Test
  void aLongUntitledQuestionIsNamedAfterItsFirstWordsCutAtAWord() {
    String text = "Word ".repeat(40) + "end? {T}";
    GiftQuestion q = new GiftReader().read(text).strict().getFirst();
    assertTrue(q.header().title().length() <= 81);
    assertTrue(q.header().title().endsWith("Word…"), q.header().title());
  }

  @Test
  void arabicAndRussianQuestionsReadWithTheirCategories() {
    List<GiftQuestion> q = GiftFixtures.clean("scripts.gift");
    MultipleChoice arabic = titled(q, "الاحتجاز", MultipleChoice.class);
    assertEquals("هل يجوز احتجاز المهاجرين تعسفياً؟", arabic.header().text());
    assertEquals("حقوق المهاجرين", arabic.header().category());
    assertEquals(new Answer("لا", 100, "صحيح: الاحتجاز التعسفي محظور."), arabic.answers().get(0));
    MultipleChoice russian = titled(q, "Задержание", MultipleChoice.class);
    assertEquals("Права мигрантов", russian.header().category());
    assertEquals("Статья 16 Конвенции.", russian.header().generalFeedback());
    ShortAnswer untitled = (ShortAnswer) q.getLast();
    assertEquals("Кто защищает права трудящихся-мигрантов?", untitled.header().title());
    assertEquals("Комитет по трудящимся-мигрантам", untitled.answers().getFirst().text());
  }

  @Test
  void aFileAsMoodleExportsItReadsWhole() {
    List<GiftQuestion> q = GiftFixtures.clean("moodle-export.gift");
    assertEquals(6, q.size());
    assertTrue(
        q.stream()
            .allMatch(x -> x.header().category().equals("$course$/top/Default for RA/Detention")));
    MultipleChoice notice = titled(q, "Consular notice", MultipleChoice.class);
    assertEquals(Format.HTML, notice.header().format());
    assertEquals(List.of("detention"), notice.header().tags());
    assertEquals(new Answer("<p>The consulate</p>", 100, "<p>Right.</p>"), notice.answers().get(0));
    ShortAnswer weighted = titled(q, "Weighted short answer", ShortAnswer.class);
    assertEquals(
        List.of(
            new Answer("CMW", 100, "Right."),
            new Answer("Committee", 50, "Be more precise."),
            new Answer("*", 0, "Look at the convention's title.")),
        weighted.answers());
    Numerical number = titled(q, "Number", Numerical.class);
    assertEquals(
        List.of(
            new NumericAnswer(new Tolerance(1990, 0), 100, ""),
            new NumericAnswer(new Tolerance(1990, 1), 50, "Close.")),
        number.answers());
    assertEquals("Wrong.", number.otherwiseFeedback());
    assertEquals("<p>It was 1990.</p>", number.header().generalFeedback());
    TrueFalse tf = titled(q, "TF", TrueFalse.class);
    assertEquals("", tf.wrongFeedback());
    assertEquals("Right.", tf.rightFeedback());
    titled(q, "Essay", Essay.class);
    assertEquals(
        List.of(
            new Pair("<p>ICRMW</p>", "1990"),
            new Pair("<p>Refugee Convention</p>", "1951"),
            new Pair("", "2018")),
        titled(q, "Match", Matching.class).pairs());
  }

  @Test
  void trueFalseAnswersAreTheFourWordsMoodleKnows() {
    List<GiftQuestion> q =
        new GiftReader().read("A {T}\n\nB {TRUE}\n\nC {F}\n\nD {FALSE}\n\nE {true}").strict();
    assertEquals(
        List.of(true, true, false, false),
        q.subList(0, 4).stream().map(x -> ((TrueFalse) x).answer()).toList());
    assertEquals("true", ((ShortAnswer) q.get(4)).answers().getFirst().text());
  }
}

package org.rightsacademy.authoring.gift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsacademy.authoring.gift.GiftQuestion.Answer;
import org.rightsacademy.authoring.gift.GiftQuestion.Description;
import org.rightsacademy.authoring.gift.GiftQuestion.Format;
import org.rightsacademy.authoring.gift.GiftQuestion.Header;
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
import org.rightsacademy.authoring.gift.GiftQuestion.Unsupported;

/** GIFT → questions → GIFT → questions loses nothing, and what is written is Moodle's syntax. */
class GiftWriterTest {

  private static List<GiftQuestion> roundTrip(List<GiftQuestion> questions) {
    return new GiftReader().read(new GiftWriter().write(questions)).strict();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "every-type.gift",
        "formats-escapes-comments.gift",
        "scripts.gift",
        "moodle-export.gift",
        "windows-1252.gift",
        "utf-16le-bom.gift"
      })
  void everyFixtureComesBackTheSameThroughWritingAndReading(String fixture) {
    List<GiftQuestion> first = GiftFixtures.clean(fixture);
    List<GiftQuestion> second = roundTrip(first);
    assertEquals(first, second);
    String written = new GiftWriter().write(first);
    assertEquals(written, new GiftWriter().write(second));
  }

  @Test
  void weightsFeedbackAlternativesDistractorsAndRangesAreWrittenInMoodlesSyntax() {
    String written = new GiftWriter().write(GiftFixtures.clean("every-type.gift"));
    assertTrue(written.startsWith("$CATEGORY: $course$/top/Rights of migrants/Detention\n\n"));
    assertTrue(
        written.contains(
            "::Rights in detention::Which of these are rights of a detained migrant?{\n"
                + "\t~%50%To be told the reasons for detention#Yes.\n"
                + "\t~%50%To challenge the detention before a court#Yes.\n"
                + "\t~%-100%To be held with convicted prisoners#No\\: separation is required.\n"
                + "\t~To pay for one's own detention\n"
                + "}"),
        written);
    assertTrue(written.contains("\t=%50%CMW#Also used, by its committee.\n"), written);
    assertTrue(written.contains("\t=*#Look at the title of the convention.\n"), written);
    assertTrue(written.contains("\t= -> 1966\n"), written);
    assertTrue(written.contains("{#\n\t1951#Exactly.\n\t=%50%1950..1952#Close"), written);
    assertTrue(written.contains("\t~#Look at its full name.\n"), written);
    assertTrue(written.contains("{#55:5}"), written);
    assertTrue(
        written.contains("{TRUE#Wrong\\: the rule is absolute.#Right\\: it admits no exception."),
        written);
    assertTrue(
        written.contains("Arbitrary detention is {~allowed =forbidden ~encouraged} under"),
        written);
  }

  @Test
  void textsThatLookLikeGiftSyntaxAreWrittenSoTheyReadBackAsText() {
    Header header =
        new Header(
            "Title with :: and {braces}",
            true,
            "Top/Sub",
            Format.MOODLE,
            "[html] is a marker, // not a comment,\n\nand a blank line = ~ # \\ }",
            "",
            "General # feedback ####",
            "id]1",
            List.of("tag one", "tag]two"));
    List<GiftQuestion> questions =
        List.of(
            new MultipleResponse(
                header,
                List.of(
                    new Answer("%50% of them", 50, "[plain] feedback"),
                    new Answer("%20% looks weighed", 0, ""),
                    new Answer("-> arrow", 50, "fine"))),
            new ShortAnswer(
                header.withFormat(Format.HTML),
                List.of(new Answer("%10%", 100, ""), new Answer("T", 0, "no"))),
            new Description(
                Header.of("Slashes", "// starts like a comment").withCategory("Top/Sub")),
            new TrueFalse(
                Header.of("Only right", "True?").withCategory("Top/Sub"), true, "", "right only"));
    assertEquals(questions, roundTrip(questions));
  }

  @Test
  void everyQuestionTypeMadeInCodeComesBackTheSame() {
    List<GiftQuestion> questions =
        List.of(
            new MultipleChoice(
                Header.of("MC", "Pick").withGeneralFeedback("General"),
                List.of(new Answer("a", 100, "yes"), new Answer("b", 33.33333, "partly"))),
            new Matching(
                Header.of("Match", "Match them").withTextAfter(" and more"),
                List.of(new Pair("x", "1"), new Pair("y", "2"), new Pair("", "3"))),
            new Numerical(
                Header.of("Numbers", "How much?"),
                List.of(
                    new NumericAnswer(new Tolerance(-3.5, 0.25), 100, "close"),
                    new NumericAnswer(new Range(-10, 1e-5), -50, "")),
                "other"),
            new GiftQuestion.Essay(Header.of("Essay", "Why?").withCategory("A/B")));
    assertEquals(questions, roundTrip(questions));
  }

  @Test
  void questionsWithoutCategoryAreWrittenBeforeTheFirstCategoryLine() {
    GiftQuestion inA = new GiftQuestion.Essay(Header.of("In A", "a?").withCategory("A"));
    GiftQuestion none = new GiftQuestion.Essay(Header.of("None", "none?"));
    GiftQuestion inB = new GiftQuestion.Essay(Header.of("In B", "b?").withCategory("B"));
    String written = new GiftWriter().write(List.of(inA, none, inB));
    assertEquals(
        "::None::none?{}\n\n$CATEGORY: A\n\n::In A::a?{}\n\n$CATEGORY: B\n\n::In B::b?{}\n\n",
        written);
    assertEquals(List.of(none, inA, inB), new GiftReader().read(written).strict());
  }

  @Test
  void anOrderingQuestionIsLeftOutWithACommentNamingIt() {
    String written =
        new GiftWriter()
            .write(
                List.of(
                    new Unsupported(Header.of("Steps of an appeal", "Put in order"), "ordering"),
                    new TrueFalse(Header.of("Kept", "Still here?"), true, "", "")));
    assertTrue(
        written.startsWith(
            "// Left out: ordering question \"Steps of an appeal\", a type GIFT cannot carry.\n"),
        written);
    assertEquals(
        List.of("Kept"),
        new GiftReader().read(written).strict().stream().map(q -> q.header().title()).toList());
  }
}

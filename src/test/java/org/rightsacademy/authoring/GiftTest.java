package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.authoring.Gift.Imported;
import org.rightsacademy.authoring.Gift.ProblemKind;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.platform.Language;

/** Moodle GIFT in and out, with the constructs real files have. */
class GiftTest {

  private static Gift.Result read(String gift) {
    return Gift.read(gift, null, id -> false);
  }

  private static Imported only(String gift) {
    Gift.Result result = read(gift);
    assertEquals(List.of(), result.problems());
    assertEquals(1, result.questions().size());
    return result.questions().getFirst();
  }

  @Test
  void multipleChoiceWithTitleFeedbackAndGeneralFeedback() {
    Imported q =
        only(
            """
        // a comment line
        ::ICRMW art. 16(7)::At a checkpoint, what does article 16(7) require? {
          =Ask, and inform the consulate if the person wishes #Right: on request.
          ~Inform the consulate in every case #Not automatic.
          ~Nothing
          ####Consular notification happens on request.
        }
        """);
    assertEquals(QuestionType.SINGLE, q.key().type());
    assertEquals(List.of("a", "b", "c"), q.key().options());
    assertEquals(List.of("a"), q.key().correct());
    assertEquals("ICRMW art. 16(7)", q.words().source());
    assertEquals("At a checkpoint, what does article 16(7) require?", q.words().text());
    assertEquals("Not automatic.", q.words().options().get("b").feedback());
    assertNull(q.words().options().get("c").feedback());
    assertEquals("Consular notification happens on request.", q.words().feedback());
    assertEquals(2, q.line(), "the question starts on the line after the comment");
  }

  @Test
  void trueFalseInEveryNotationWithBothFeedbacks() {
    for (String answer : List.of("T", "TRUE", "t", "True")) {
      assertEquals(
          List.of("true"),
          only("::Art. 35::Part III grants regularisation.{" + answer + "}").key().correct());
    }
    Imported f =
        only(
            "::ICRMW art. 35::Part III grants a right to regularisation. {FALSE#No: article 35 says so.#Right.}");
    assertEquals(QuestionType.TRUE_FALSE, f.key().type());
    assertEquals(List.of("false"), f.key().correct());
    assertEquals(
        "No: article 35 says so.",
        f.words().options().get("true").feedback(),
        "feedback for the wrong answer");
    assertEquals("Right.", f.words().options().get("false").feedback());
  }

  @Test
  void shortAnswerTakesEveryFullMarkAnswer() {
    Imported q =
        only(
            "::ICRMW art. 16::Which article covers arrest safeguards? {=16 =article 16 =%50%art 15}");
    assertEquals(QuestionType.SHORT, q.key().type());
    assertEquals(List.of("16", "article 16"), q.words().accept());
  }

  @Test
  void matchingPairsAndExtraWrongMatches() {
    Imported q =
        only(
            """
        ::Matching::Match each right with its article. {
          =Consular contact -> art. 16(7)
          =Collective expulsion -> art. 22
          =Emergency care -> art. 28
          = -> art. 99
        }""");
    assertEquals(QuestionType.MATCHING, q.key().type());
    assertEquals(List.of("a", "b", "c"), q.key().options());
    assertEquals(List.of("m1", "m2", "m3", "m4"), q.key().matches());
    assertEquals(Map.of("a", "m1", "b", "m2", "c", "m3"), q.key().pairs());
    assertEquals("art. 22", q.words().matches().get("m2"));
  }

  @Test
  void weightedAnswersMakeAMultipleAnswerQuestion() {
    Imported q =
        only(
            "::Art. 16::Which safeguards apply? {~%50%Reasons in a language understood ~%50%Prompt judge ~%-100%None}");
    assertEquals(QuestionType.MULTIPLE, q.key().type());
    assertEquals(List.of("a", "b"), q.key().correct());
  }

  @Test
  void escapedCharactersMultiLineTextAndMissingWordForm() {
    Imported q =
        only(
            """
        ::Principle 7\\: non-criminalisation::Victims should not be held liable
        for offences that are a direct consequence of their situation as
        trafficked persons {=true ~false} \\{really\\} \\= yes""");
    assertEquals("Principle 7: non-criminalisation", q.words().source());
    assertTrue(
        q.words().text().startsWith("Victims should not be held liable for offences"),
        q.words().text());
    assertTrue(
        q.words().text().endsWith("trafficked persons _____ {really} = yes"), q.words().text());
  }

  @Test
  void arabicAndCyrillicTextAndCategoriesBecomeTags() {
    Gift.Result result =
        read(
            """
        $CATEGORY: $course$/top/Rights of all

        ::الاتفاقية، المادة 16(7)::هل الإبلاغ القنصلي تلقائي؟{F#بل يتم بناءً على طلب الشخص.#صحيح.}

        $CATEGORY: $course$/top/Права всех

        ::Конвенция, ст. 22::Коллективная высылка запрещена. {T}
        """);
    assertEquals(List.of(), result.problems());
    assertEquals("هل الإبلاغ القنصلي تلقائي؟", result.questions().get(0).words().text());
    assertEquals(List.of("rights-of-all"), result.questions().get(0).key().tags());
    assertEquals("Коллективная высылка запрещена.", result.questions().get(1).words().text());
    assertEquals("Конвенция, ст. 22", result.questions().get(1).words().source());
  }

  @Test
  void everyQuestionThatCannotBeImportedIsReportedWithItsLine() {
    Gift.Result result =
        read(
            """
        ::Numbers::How many articles? {#93}

        ::Essay::Describe a border stop. {}

        ::Wrong::All wrong {~a ~b}

        No title here {=yes ~no}

        ::Ok::A fine one {=yes ~no}

        ::Open::Never closed {=a ~b
        """);
    assertEquals(3, result.questions().size()); // the numerical, the essay and "Ok"
    List<String> problems = new ArrayList<>();
    result.problems().forEach(p -> problems.add(p.line() + " " + p.kind()));
    assertEquals(List.of("5 NO_CORRECT_ANSWER", "7 NO_SOURCE", "11 UNCLOSED_BRACE"), problems);
  }

  @Test
  void moodlesNumericalAndEssayQuestionsAreImportedAndWrittenBack() {
    Imported numerical =
        only("::Days::How many days? {#=2.5:0.5#Right. =%50%1..4#Close. ~#Not quite.}");
    assertEquals(QuestionType.NUMERICAL, numerical.key().type());
    assertEquals(
        List.of(
            Question.NumericAnswer.exact("n1", 2.5, 0.5, 100),
            Question.NumericAnswer.range("n2", 1, 4, 50)),
        numerical.key().open().numbers());
    assertEquals("Close.", numerical.words().options().get("n2").text());
    assertEquals(
        List.of(Question.NumericAnswer.exact("n1", 93, 0, 100)),
        only("::Articles::How many articles? {#93}").key().open().numbers());
    Imported essay = only("::Why::Explain why. {}");
    assertEquals(QuestionType.ESSAY, essay.key().type());
    Question model =
        QuestionForms.question(
            numerical.key(),
            new org.rightsacademy.catalog.model.Localized<>(
                Map.of(Language.EN, QuestionForms.text(numerical.words(), numerical.key()))));
    String written =
        GiftWriter.write(List.of(new GiftWriter.Exported("basics", model, Language.EN)));
    assertTrue(written.contains("{#\n  =2.5:0.5 #Right.\n  =%50%1..4 #Close."), written);
    Imported again = read(written).questions().getFirst();
    assertEquals(numerical.key().open(), again.key().open());
  }

  @Test
  void aDefaultSourceCoversQuestionsWithoutATitle() {
    Gift.Result result = Gift.read("No title here {=yes ~no}", "ICRMW", id -> false);
    assertEquals("ICRMW", result.questions().getFirst().words().source());
    assertEquals(ProblemKind.NO_SOURCE, read("No title {=yes ~no}").problems().getFirst().kind());
  }

  @Test
  void idsAreUniqueAgainstTheBankAndEachOther() {
    Gift.Result result =
        Gift.read("::A::Same {T}\n\n::A::Same {F}", null, id -> id.equals("a-same"));
    assertEquals(
        List.of("a-same-2", "a-same-3"),
        result.questions().stream().map(q -> q.key().id()).toList());
  }

  @Test
  void whatIsWrittenReadsBackTheSameForEveryTypeGiftHas() {
    Draft sample =
        new Draft(
            PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")).contents());
    List<GiftWriter.Exported> exported = new ArrayList<>();
    for (String quiz : sample.quizzes()) {
      for (QuestionDraft key : sample.quiz(quiz).questions()) {
        exported.add(new GiftWriter.Exported(quiz, sample.quiz(quiz).model(key.id()), Language.AR));
      }
    }
    String gift = GiftWriter.write(exported);
    assertTrue(gift.contains("// not exported: arrest-steps (ordering has no GIFT form)"), gift);
    Gift.Result back = Gift.read(gift, null, id -> false);
    assertEquals(List.of(), back.problems());
    List<GiftWriter.Exported> writable =
        exported.stream().filter(e -> !(e.question() instanceof Question.Ordering)).toList();
    assertEquals(writable.size(), back.questions().size());
    for (int i = 0; i < writable.size(); i++) {
      Question original = writable.get(i).question();
      Question read = back.questions().get(i).question(Language.AR);
      assertEquals(original.getClass(), read.getClass(), original.id());
      assertEquals(
          original.texts().get(Language.AR).text(),
          read.texts().get(Language.AR).text(),
          original.id());
      assertEquals(
          original.texts().get(Language.AR).source(),
          read.texts().get(Language.AR).source(),
          original.id());
      assertEquals(
          QuestionForms.draft(original).correct().size(),
          QuestionForms.draft(read).correct().size(),
          original.id());
    }
  }
}

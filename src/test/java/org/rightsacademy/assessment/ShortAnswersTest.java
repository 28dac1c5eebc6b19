package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.OptionText;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionText;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.GuessingStrategy;
import org.rightsacademy.catalog.model.Question.ShortAnswer;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.catalog.model.QuizSettings.MultipleScoring;
import org.rightsacademy.platform.Language;

/** Short answers with weighted alternatives, per-answer feedback and a {@code *} catch-all. */
class ShortAnswersTest {

  private static final QuizSettings PARTIAL = QuizSettings.defaults(70);

  /** "Which article?" {=16 =%50%article 16#close =%-50%article 2#no =%0%*#look again}. */
  private static final Question WHICH =
      question(
          List.of(
              new ShortAnswer("s1", 100, false),
              new ShortAnswer("s2", 50, false),
              new ShortAnswer("s3", -50, false),
              new ShortAnswer("s4", 0, true)),
          Map.of(
              Language.EN,
              words(
                  "16(7)",
                  null,
                  "Article 16",
                  "Close: the paragraph matters.",
                  "article 2",
                  "Article 2 defines who is covered.",
                  "*",
                  "Look at article 16 again."),
              Language.FR,
              words(
                  "16(7)",
                  null,
                  "l’article 16",
                  "Presque : le paragraphe compte.",
                  "article 2",
                  "L’article 2 définit qui est protégé.",
                  "*",
                  "Relisez l’article 16.")));

  private static double score(Question question, String answer, QuizSettings settings) {
    return Grader.score(question, new Answer.Text(answer), settings);
  }

  @Test
  void theBestWeightedAlternativeMatchedIsTheScore() {
    assertEquals(1, score(WHICH, "16(7)", PARTIAL));
    assertEquals(0.5, score(WHICH, "article 16", PARTIAL));
    assertEquals(0, score(WHICH, "article 2", PARTIAL), "a negative weight scores 0, not less");
    assertEquals(0, score(WHICH, "article 99", PARTIAL), "the catch-all is worth 0 here");
  }

  @Test
  void alternativesAreComparedAsAcceptedAnswersAreInAnyLanguage() {
    assertEquals(1, score(WHICH, "  16 (7) ", PARTIAL), "spaces and brackets do not matter");
    assertEquals(0.5, score(WHICH, "ARTICLE   16", PARTIAL), "nor case");
    assertEquals(0.5, score(WHICH, "L'Article 16", PARTIAL), "the French words count too");
    assertEquals(0.5, score(WHICH, "l’ártícle 16.", PARTIAL), "nor accents and punctuation");
  }

  @Test
  void anEmptyAnswerNeverMatchesTheCatchAll() {
    Question generous =
        question(
            List.of(new ShortAnswer("s1", 100, false), new ShortAnswer("s2", 50, true)),
            Map.of(Language.EN, words("16", null, "*", "Partly.")));
    assertEquals(0.5, score(generous, "anything", PARTIAL), "the catch-all earns its weight");
    assertEquals(1, score(generous, "16", PARTIAL), "a real match beats the catch-all");
    for (String blank : new String[] {"", "   ", "*", "?!", " - ", "\t"}) {
      assertEquals(0, score(generous, blank, PARTIAL), "nothing typed: '" + blank + "'");
      assertTrue(
          ShortAnswers.matched(generous, (AnswerKey.Accepted) generous.key(), blank).isEmpty());
    }
    assertEquals(0, Grader.score(generous, null, PARTIAL));
  }

  @Test
  void withAllOrNothingOnlyFullCreditCounts() {
    QuizSettings allOrNothing = settings(MultipleScoring.ALL_OR_NOTHING);
    assertEquals(1, score(WHICH, "16(7)", allOrNothing));
    assertEquals(0, score(WHICH, "article 16", allOrNothing));
  }

  @Test
  void theMatchedAlternativesFeedbackIsInTheLearnersLanguage() {
    AnswerKey.Accepted key = (AnswerKey.Accepted) WHICH.key();
    QuestionText french = WHICH.texts().get(Language.FR);
    QuestionText english = WHICH.texts().get(Language.EN);
    assertEquals(
        "Presque : le paragraphe compte.", ShortAnswers.feedback(WHICH, key, french, "article 16"));
    assertEquals(
        "Look at article 16 again.", ShortAnswers.feedback(WHICH, key, english, "article 99"));
    assertEquals(
        "Article 2 defines who is covered.",
        ShortAnswers.feedback(WHICH, key, english, "Article 2"),
        "a matched wrong answer gives its own feedback, not the catch-all's");
    assertNull(ShortAnswers.feedback(WHICH, key, english, "16(7)"), "no feedback written");
    assertNull(ShortAnswers.feedback(WHICH, key, english, " "), "nothing typed, nothing said");
    assertEquals("16(7)", PaperView.correctAnswer(WHICH, english, Language.EN));
  }

  @Test
  void theOldAcceptListStillGradesAsBefore() {
    Map<Language, QuestionText> texts = new EnumMap<>(Language.class);
    texts.put(
        Language.EN,
        new QuestionText("Which?", "ICRMW", null, Map.of(), Map.of(), List.of("16(7)", "16")));
    Question flat =
        new Question(
            "flat",
            QuestionType.SHORT,
            List.of(),
            List.of(),
            new AnswerKey.Accepted(),
            null,
            Set.of(),
            texts);
    assertEquals(1, score(flat, "16 (7)", PARTIAL));
    assertEquals(0, score(flat, "17", PARTIAL));
    assertEquals("16(7)", PaperView.correctAnswer(flat, texts.get(Language.EN), Language.EN));
  }

  @Test
  void blindStrategiesEarnACatchAllWorthSomethingAndNothingElse() {
    Question generous =
        question(
            List.of(new ShortAnswer("s1", 100, false), new ShortAnswer("s2", 30, true)),
            Map.of(Language.EN, words("16", null, "*", null)));
    assertEquals(0.3, GuessingStrategy.FIRST_OPTION.expected(generous, PARTIAL, Language.EN));
    assertEquals(0, GuessingStrategy.TICK_NOTHING.expected(generous, PARTIAL, Language.EN));
    assertEquals(0, GuessingStrategy.FIRST_OPTION.expected(WHICH, PARTIAL, Language.EN));
    assertEquals(
        0,
        GuessingStrategy.FIRST_OPTION.expected(
            generous, settings(MultipleScoring.ALL_OR_NOTHING), Language.EN));
  }

  @Test
  void theCheckedAnswerAndTheReviewShowTheMatchedAlternativesFeedback() throws Exception {
    java.util.Map<String, byte[]> files =
        org.rightsacademy.catalog.PackageFiles.fromFolder(
                java.nio.file.Path.of("src/test/resources/packages/sample"))
            .contents();
    edit(
        files,
        "quizzes/basics.yaml",
        s ->
            s.replace(
                "scenarios: [checkpoint]\n",
                "  - id: consul-article\n    type: short\n    answers:\n      - {id: exact}\n"
                    + "      - {id: article, weight: 50}\n      - {id: other, weight: 0, any: true}\n"
                    + "scenarios: [checkpoint]\n"));
    edit(
        files,
        "quizzes/basics.en.yaml",
        s ->
            s
                + "consul-article:\n  source: ICRMW art. 16(7)\n  text: Which article?\n  options:\n"
                + "    exact: \"16(7)\"\n    article: {text: article 16, feedback: Close.}\n"
                + "    other: {feedback: Look again.}\n");
    edit(
        files,
        "quizzes/basics.ar.yaml",
        s ->
            s
                + "consul-article:\n  source: الاتفاقية، المادة 16(7)\n  text: أي مادة؟\n  options:\n"
                + "    exact: \"16(7)\"\n    article: {text: المادة 16, feedback: قريب.}\n"
                + "    other: {feedback: راجع المادة.}\n");
    org.rightsacademy.catalog.PackageReader.Result read =
        org.rightsacademy.catalog.PackageReader.read(
            org.rightsacademy.catalog.PackageFiles.of(files));
    assertEquals(List.of(), read.problems().stream().filter(p -> p.isError()).toList());
    org.rightsacademy.catalog.CoursePackage course = read.course().orElseThrow();
    org.rightsacademy.catalog.CoursePackage.Quiz basics = course.modules().get(0).quiz();
    Paper.Item drawn =
        Paper.draw(course, basics, new java.util.Random(3)).items().stream()
            .filter(i -> i.questionId().equals("consul-article"))
            .findFirst()
            .orElseThrow();
    for (String[] answer :
        new String[][] {
          {"Article 16", "Close.", "قريب."}, {"article 99", "Look again.", "راجع المادة."}
        }) {
      AttemptItem item = new AttemptItem(1, 1, drawn);
      java.lang.reflect.Field response = AttemptItem.class.getDeclaredField("response");
      response.setAccessible(true);
      response.set(item, answer[0]);
      item.check(java.time.Instant.now(), 0);
      assertTrue(ItemFeedback.of(course, item, Language.EN).notes().contains(answer[1]));
      assertEquals(
          answer[2],
          PaperView.of(course, "basics", List.of(item), Language.AR, true)
              .getFirst()
              .open()
              .answerFeedback(),
          "the review, in the learner's language");
    }
  }

  private static void edit(
      Map<String, byte[]> files, String file, java.util.function.UnaryOperator<String> change) {
    String text = new String(files.get(file), java.nio.charset.StandardCharsets.UTF_8);
    files.put(file, change.apply(text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static QuizSettings settings(MultipleScoring scoring) {
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
        scoring,
        d.penalty());
  }

  /** Words and feedback of each alternative, in order s1, s2...: text, feedback, text, ... */
  private static QuestionText words(String... pairs) {
    Map<String, OptionText> options = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      options.put("s" + (i / 2 + 1), new OptionText(pairs[i], pairs[i + 1]));
    }
    return new QuestionText("Which article?", "ICRMW art. 16", null, options, Map.of(), List.of());
  }

  private static Question question(List<ShortAnswer> answers, Map<Language, QuestionText> texts) {
    return new Question(
        "which",
        QuestionType.SHORT,
        answers.stream().map(ShortAnswer::id).toList(),
        List.of(),
        new AnswerKey.Accepted(answers),
        null,
        Set.of(),
        new EnumMap<>(texts));
  }
}

package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionText;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.catalog.model.QuizSettings.Grading;
import org.rightsacademy.catalog.model.QuizSettings.MultipleScoring;
import org.rightsacademy.platform.Language;

/** Grading of every question type and setting, with the edge cases learners actually produce. */
class GraderTest {

  private static final QuizSettings PARTIAL = QuizSettings.defaults(70);
  private static final QuizSettings HALF_PENALTY = withPenalty(MultipleScoring.PARTIAL, 50);
  private static final QuizSettings ALL_OR_NOTHING =
      withPenalty(MultipleScoring.ALL_OR_NOTHING, 100);

  private static QuizSettings withPenalty(MultipleScoring scoring, int penalty) {
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
        penalty);
  }

  private static Question question(
      QuestionType type,
      List<String> options,
      AnswerKey key,
      Map<Language, List<String>> accepted) {
    Map<Language, QuestionText> texts = new EnumMap<>(Language.class);
    accepted.forEach(
        (language, answers) ->
            texts.put(
                language,
                new QuestionText("?", "ICRMW art. 16(7)", null, Map.of(), Map.of(), answers)));
    if (texts.isEmpty()) {
      texts.put(
          Language.EN,
          new QuestionText("?", "ICRMW art. 16(7)", null, Map.of(), Map.of(), List.of()));
    }
    return new Question("q", type, options, List.of(), key, null, Set.of("quiz"), texts);
  }

  private static Question choice(QuestionType type, List<String> options, String... correct) {
    return question(type, options, new AnswerKey.Choices(Set.of(correct)), Map.of());
  }

  private static Answer picked(String... options) {
    return new Answer.Choices(Set.of(options));
  }

  private static final Question SINGLE = choice(QuestionType.SINGLE, List.of("a", "b", "c"), "b");
  private static final Question TRUE_FALSE =
      choice(QuestionType.TRUE_FALSE, List.of("true", "false"), "true");
  private static final Question MULTIPLE =
      choice(QuestionType.MULTIPLE, List.of("a", "b", "c", "d"), "a", "b");

  @Test
  void singleChoiceAndTrueFalseAreRightOrWrong() {
    assertEquals(1, Grader.score(SINGLE, picked("b"), PARTIAL));
    assertEquals(0, Grader.score(SINGLE, picked("a"), PARTIAL));
    assertEquals(
        0,
        Grader.score(SINGLE, picked("a", "b"), PARTIAL),
        "two picks on a single-choice question (a forged request) earn nothing");
    assertEquals(1, Grader.score(TRUE_FALSE, picked("true"), PARTIAL));
    assertEquals(0, Grader.score(TRUE_FALSE, picked("false"), PARTIAL));
  }

  @Test
  void noAnswerScoresNothingWhateverTheType() {
    assertEquals(0, Grader.score(SINGLE, null, PARTIAL));
    assertEquals(0, Grader.score(MULTIPLE, picked(), PARTIAL));
    assertEquals(
        0,
        Grader.score(
            question(
                QuestionType.SHORT,
                List.of(),
                new AnswerKey.Accepted(),
                Map.of(Language.EN, List.of("16(7)"))),
            new Answer.Text("   "),
            PARTIAL));
    assertEquals(
        0,
        Grader.score(
            question(
                QuestionType.ORDERING,
                List.of("x", "y"),
                new AnswerKey.Sequence(List.of("x", "y")),
                Map.of()),
            new Answer.Order(List.of()),
            PARTIAL));
  }

  @Test
  void multipleChoiceGivesPartialCreditLessWrongPicks() {
    assertEquals(1, Grader.score(MULTIPLE, picked("a", "b"), PARTIAL));
    assertEquals(0.5, Grader.score(MULTIPLE, picked("a"), PARTIAL));
    assertEquals(
        0,
        Grader.score(MULTIPLE, picked("a", "c"), PARTIAL),
        "one of two right, one of two wrong: full penalty cancels it");
    assertEquals(0.25, Grader.score(MULTIPLE, picked("a", "c"), HALF_PENALTY));
    assertEquals(
        0,
        Grader.score(MULTIPLE, picked("a", "b", "c", "d"), PARTIAL),
        "ticking every box earns nothing");
    assertEquals(0.5, Grader.score(MULTIPLE, picked("a", "b", "c", "d"), HALF_PENALTY));
    assertEquals(0, Grader.score(MULTIPLE, picked("c", "d"), HALF_PENALTY), "never below zero");
  }

  @Test
  void multipleChoiceAllOrNothingNeedsExactlyTheRightSet() {
    assertEquals(1, Grader.score(MULTIPLE, picked("a", "b"), ALL_OR_NOTHING));
    assertEquals(0, Grader.score(MULTIPLE, picked("a"), ALL_OR_NOTHING));
    assertEquals(0, Grader.score(MULTIPLE, picked("a", "b", "c"), ALL_OR_NOTHING));
  }

  @Test
  void multipleChoiceWhereEveryOptionIsRightHasNoPenaltyToDivide() {
    Question all = choice(QuestionType.MULTIPLE, List.of("a", "b"), "a", "b");
    assertEquals(0.5, Grader.score(all, picked("a"), PARTIAL));
  }

  @Test
  void matchingCreditsEachRightPair() {
    Question match =
        question(
            QuestionType.MATCHING,
            List.of("x", "y", "z"),
            new AnswerKey.Pairs(Map.of("x", "1", "y", "2", "z", "3")),
            Map.of());
    assertEquals(
        1, Grader.score(match, new Answer.Pairs(Map.of("x", "1", "y", "2", "z", "3")), PARTIAL));
    assertEquals(
        1 / 3.0,
        Grader.score(match, new Answer.Pairs(Map.of("x", "1", "y", "3", "z", "2")), PARTIAL),
        1e-9);
    assertEquals(
        2 / 3.0,
        Grader.score(match, new Answer.Pairs(Map.of("x", "1", "y", "2")), PARTIAL),
        1e-9,
        "an item left unmatched earns nothing");
    assertEquals(
        2 / 3.0,
        Grader.score(match, new Answer.Pairs(Map.of("x", "1", "y", "2", "z", "9")), PARTIAL),
        1e-9,
        "a match that does not exist earns nothing");
  }

  @Test
  void orderingCreditsTheLongestRunInTheRightOrder() {
    Question order =
        question(
            QuestionType.ORDERING,
            List.of("a", "b", "c", "d"),
            new AnswerKey.Sequence(List.of("a", "b", "c", "d")),
            Map.of());
    assertEquals(1, Grader.score(order, new Answer.Order(List.of("a", "b", "c", "d")), PARTIAL));
    assertEquals(
        0.75,
        Grader.score(order, new Answer.Order(List.of("b", "c", "d", "a")), PARTIAL),
        "one item out of place costs one item");
    assertEquals(
        0,
        Grader.score(order, new Answer.Order(List.of("d", "c", "b", "a")), PARTIAL),
        "reversed is wrong");
    assertEquals(
        0.5,
        Grader.score(order, new Answer.Order(List.of("a", "b")), PARTIAL),
        "a partial order counts what it has right");
    assertEquals(
        0.5,
        Grader.score(order, new Answer.Order(List.of("a", "a", "b", "zz")), PARTIAL),
        "repeats and unknown items count once or not at all");
  }

  @Test
  void shortAnswersIgnoreCaseSpacingPunctuationAndMarksInAnyLanguage() {
    Question shortText =
        question(
            QuestionType.SHORT,
            List.of(),
            new AnswerKey.Accepted(),
            Map.of(
                Language.EN,
                List.of("article 16(7)", "16(7)"),
                Language.AR,
                List.of("المادة 16(7)"),
                Language.FR,
                List.of("Non-refoulement")));
    assertEquals(1, Grader.score(shortText, new Answer.Text("Article 16 (7)"), PARTIAL));
    assertEquals(1, Grader.score(shortText, new Answer.Text(" 16(7). "), PARTIAL));
    assertEquals(
        1,
        Grader.score(shortText, new Answer.Text("المادّة 16(7)"), PARTIAL),
        "a shadda does not matter");
    assertEquals(1, Grader.score(shortText, new Answer.Text("non refoulement"), PARTIAL));
    assertEquals(0, Grader.score(shortText, new Answer.Text("16(5)"), PARTIAL));
    assertEquals(Grader.normalise("إعادة"), Grader.normalise("اعاده"));
    assertEquals(Grader.normalise("Ёлка"), Grader.normalise("елка"));
    assertEquals(Grader.normalise("Réfugié"), Grader.normalise("refugie"));
  }

  @Test
  void anAnswerOfTheWrongShapeScoresNothing() {
    assertEquals(0, Grader.score(SINGLE, new Answer.Text("b"), PARTIAL));
  }

  @Test
  void answersSurviveTheirStoredForm() {
    assertEquals(
        new Answer.Pairs(Map.of("x", "1", "y", "2")),
        Answer.decode(
            QuestionType.MATCHING, new Answer.Pairs(Map.of("x", "1", "y", "2")).encode()));
    assertEquals(
        new Answer.Order(List.of("c", "a", "b")), Answer.decode(QuestionType.ORDERING, "c,a,b"));
    assertEquals(picked("a", "b"), Answer.decode(QuestionType.MULTIPLE, "a,b"));
    assertEquals(
        "a,b", Answer.decode(QuestionType.MULTIPLE, "b,a").encode(), "one answer, one stored form");
    assertEquals("x=1,y=2", Answer.decode(QuestionType.MATCHING, "y=2,x=1").encode());
    assertEquals(
        "c,a,b",
        Answer.decode(QuestionType.ORDERING, "c,a,b").encode(),
        "an order is kept as given");
    assertEquals(new Answer.Text("16, (7)"), Answer.decode(QuestionType.SHORT, "16, (7)"));
    assertEquals(picked(), Answer.decode(QuestionType.SINGLE, null));
  }

  @Test
  void anAttemptIsTheMeanOfItsQuestionsInPerCent() {
    assertEquals(66.67, Grades.percent(List.of(1.0, 1.0, 0.0)));
    assertEquals(0, Grades.percent(List.of()));
    assertEquals(62.5, Grades.percent(List.of(1.0, 0.5, 0.5, 0.5)));
  }

  @Test
  void theQuizGradeFollowsTheGradingMethod() {
    List<Double> attempts = List.of(40.0, 90.0, 65.0);
    assertEquals(OptionalDouble.of(90), Grades.quizGrade(attempts, Grading.HIGHEST));
    assertEquals(OptionalDouble.of(40), Grades.quizGrade(attempts, Grading.FIRST));
    assertEquals(OptionalDouble.of(65), Grades.quizGrade(attempts, Grading.LAST));
    assertEquals(OptionalDouble.of(65), Grades.quizGrade(attempts, Grading.AVERAGE));
    assertEquals(
        OptionalDouble.of(66.67), Grades.quizGrade(List.of(100.0, 100.0, 0.0), Grading.AVERAGE));
    assertEquals(OptionalDouble.empty(), Grades.quizGrade(List.of(), Grading.HIGHEST));
  }
}

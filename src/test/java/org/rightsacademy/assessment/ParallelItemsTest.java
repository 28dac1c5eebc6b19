package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.Module;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.platform.Language;

/**
 * The pre-test and the final test draw one item per learning objective among the course's parallel
 * items: simulated learners never meet a pre-test item again in the final test, a retake of the
 * pre-test keeps its baseline, a retake of the final test shows what the learner has not seen yet
 * where the bank allows, and the items of an objective come up about equally often.
 */
class ParallelItemsTest {

  private static final List<String> OBJECTIVES =
      List.of("who-is-covered", "right-to-consul", "expulsion");
  private static final int LEARNERS = 10_000;

  private static Question question(String id, String objective) {
    return new Question(
        id,
        QuestionType.TRUE_FALSE,
        List.of("true", "false"),
        List.of(),
        new AnswerKey.Choices(Set.of("true")),
        null,
        Set.of(),
        Map.of(),
        true,
        objective);
  }

  private static Quiz quiz(String id, List<Question> questions) {
    return new Quiz(id, questions, List.of(), QuizSettings.defaults(70), Map.of());
  }

  /**
   * A course whose pre-test names each objective once and whose final test names it {@code
   * perObjective - 1} times, each quiz with one question that names none.
   */
  private static CoursePackage course(int perObjective) {
    List<Question> pre = new java.util.ArrayList<>();
    List<Question> fin = new java.util.ArrayList<>();
    for (String objective : OBJECTIVES) {
      pre.add(question("pre-" + objective, objective));
      for (int n = 1; n < perObjective; n++) {
        fin.add(question("final-" + objective + "-" + n, objective));
      }
    }
    pre.add(question("pre-warm-up", null));
    fin.add(question("final-closing", null));
    Quiz module =
        quiz("basics", List.of(question("basics-one", null), question("basics-two", null)));
    return new CoursePackage(
        "parallel",
        1,
        List.of(Language.EN),
        Map.of(Language.EN, "Parallel"),
        Map.of(),
        70,
        false,
        List.of(new Module("basics", Map.of(Language.EN, "Basics"), List.of(), module)),
        quiz("pre-test", pre),
        quiz("final-test", fin),
        "checksum");
  }

  private static Set<String> keys(Paper... papers) {
    Set<String> keys = new HashSet<>();
    for (Paper paper : papers) {
      paper.items().forEach(i -> keys.add(i.quiz() + "/" + i.questionId()));
    }
    return keys;
  }

  /** The item the paper shows for each objective. */
  private static Map<String, String> byObjective(CoursePackage course, Paper paper) {
    Map<String, String> items = new LinkedHashMap<>();
    for (Paper.Item item : paper.items()) {
      String objective =
          Paper.question(course, item.quiz(), item.questionId()).orElseThrow().objective();
      if (objective != null) {
        assertEquals(
            null,
            items.put(objective, item.quiz() + "/" + item.questionId()),
            "one item per objective: " + paper);
      }
    }
    return items;
  }

  @ParameterizedTest(name = "with {0} items per objective")
  @ValueSource(ints = {2, 3})
  void
      overTenThousandLearnersThePreTestAndTheFinalTestNeverShareAnItemAndAPreTestRetakeKeepsItsItems(
          int perObjective) {
    CoursePackage course = course(perObjective);
    Random random = new Random(20261206L + perObjective);
    for (int learner = 0; learner < LEARNERS; learner++) {
      Paper pre = Paper.draw(course, course.preTest(), Paper.History.NONE, random);
      Paper preAgain =
          Paper.draw(course, course.preTest(), new Paper.History(keys(pre), Set.of()), random);
      assertEquals(keys(pre), keys(preAgain), "a pre-test retake shows the same items");
      Paper fin =
          Paper.draw(
              course, course.finalTest(), new Paper.History(Set.of(), keys(pre, preAgain)), random);
      Paper finAgain =
          Paper.draw(
              course,
              course.finalTest(),
              new Paper.History(keys(fin), keys(pre, preAgain)),
              random);
      Set<String> shared = new HashSet<>(keys(pre));
      shared.retainAll(keys(fin, finAgain));
      assertEquals(
          Set.of(), shared, "learner " + learner + ": no item of the pre-test in the final test");
      assertEquals(
          OBJECTIVES.size(),
          byObjective(course, fin).size(),
          "every objective measured in the final test");
      for (String objective : OBJECTIVES) {
        String first = byObjective(course, fin).get(objective);
        String retake = byObjective(course, finAgain).get(objective);
        if (perObjective >= 3) {
          assertTrue(
              !first.equals(retake),
              "learner " + learner + ": the final retake shows an unseen item for " + objective);
        } else {
          assertEquals(first, retake, "only one item is left once the pre-test has had its own");
        }
      }
    }
  }

  @ParameterizedTest(name = "with {0} items per objective")
  @ValueSource(ints = {2, 3})
  void onFirstAttemptsEachItemOfAnObjectiveIsDrawnWithinFivePerCentOfItsShare(int perObjective) {
    CoursePackage course = course(perObjective);
    Random random = new Random(7L * perObjective);
    for (Quiz quiz : List.of(course.preTest(), course.finalTest())) {
      Map<String, Integer> counts = new HashMap<>();
      for (int learner = 0; learner < LEARNERS; learner++) {
        byObjective(course, Paper.draw(course, quiz, Paper.History.NONE, random))
            .values()
            .forEach(key -> counts.merge(key, 1, Integer::sum));
      }
      double share = LEARNERS / (double) perObjective;
      System.out.println(
          quiz.id()
              + ", "
              + perObjective
              + " items per objective, first attempts of "
              + LEARNERS
              + " learners: "
              + new java.util.TreeMap<>(counts));
      assertEquals(
          OBJECTIVES.size() * perObjective,
          counts.size(),
          quiz.id() + " draws every parallel item: " + counts);
      counts.forEach(
          (key, count) ->
              assertEquals(
                  share,
                  count,
                  share * 0.05,
                  quiz.id()
                      + ": "
                      + key
                      + " drawn "
                      + count
                      + " times of "
                      + LEARNERS
                      + ": "
                      + counts));
    }
  }

  @Test
  void questionsWithoutAnObjectiveStayFixedAndInPlaceAndTheQuizSizeCountsEachObjectiveOnce() {
    CoursePackage course = course(3);
    assertEquals(
        OBJECTIVES.size() + 1,
        course.finalTest().size(),
        "three objectives and one fixed question, not seven");
    assertEquals(OBJECTIVES.size() + 1, course.preTest().size());
    Random random = new Random(3);
    for (int i = 0; i < 200; i++) {
      Paper fin = Paper.draw(course, course.finalTest(), Paper.History.NONE, random);
      assertEquals(course.finalTest().size(), fin.items().size());
      assertEquals(
          "final-test/final-closing",
          keys(fin).stream().filter(k -> k.endsWith("closing")).findFirst().orElseThrow());
      assertEquals(
          "final-closing",
          fin.items().getLast().questionId(),
          "the fixed question keeps its place after the objectives");
      assertEquals(
          OBJECTIVES,
          List.copyOf(byObjective(course, fin).keySet()),
          "objectives in the order the quiz first names them");
      Paper pre = Paper.draw(course, course.preTest(), Paper.History.NONE, random);
      assertEquals("pre-warm-up", pre.items().getLast().questionId());
      Paper module =
          Paper.draw(
              course,
              course.modules().getFirst().quiz(),
              new Paper.History(Set.of("basics/basics-one"), keys(pre)),
              random);
      assertEquals(
          List.of("basics-one", "basics-two"),
          module.items().stream().map(Paper.Item::questionId).toList(),
          "a quiz without objectives: as written");
    }
  }

  @Test
  void anItemWrittenInAnotherQuizKeepsItsQuizSoTheGraderFindsIt() {
    CoursePackage course = course(2);
    Random random = new Random(11);
    Set<String> origins = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      for (Paper.Item item :
          Paper.draw(course, course.preTest(), Paper.History.NONE, random).items()) {
        Question question = Paper.question(course, item.quiz(), item.questionId()).orElseThrow();
        assertEquals(
            1.0,
            Grader.score(
                question, Answer.decode(question.type(), "true"), course.preTest().settings()),
            item.toString());
        origins.add(item.quiz());
      }
    }
    assertEquals(
        Set.of("pre-test", "final-test"),
        origins,
        "the pre-test shows items written in the final test too");
  }

  @Test
  void whenTheLearnerHasMetEveryItemElsewhereTheTestStillDrawsOnePerObjective() {
    CoursePackage course = course(2);
    Set<String> everything = new HashSet<>();
    course.bank().forEach(b -> everything.add(b.key()));
    Map<String, Integer> counts = new HashMap<>();
    Random random = new Random(2);
    for (int i = 0; i < 1_000; i++) {
      Paper fin =
          Paper.draw(course, course.finalTest(), new Paper.History(Set.of(), everything), random);
      assertEquals(course.finalTest().size(), fin.items().size(), "no objective left out");
      byObjective(course, fin).values().forEach(key -> counts.merge(key, 1, Integer::sum));
    }
    assertEquals(
        OBJECTIVES.size() * 2, counts.size(), "falls back to every parallel item: " + counts);
  }

  @Test
  void aFinalRetakeAfterEveryItemWasSeenStillAvoidsThePreTestItems() {
    CoursePackage course = course(3);
    Random random = new Random(5);
    for (int learner = 0; learner < 1_000; learner++) {
      Paper pre = Paper.draw(course, course.preTest(), Paper.History.NONE, random);
      Set<String> seen = new HashSet<>();
      for (int attempt = 0; attempt < 4; attempt++) {
        Paper fin =
            Paper.draw(
                course, course.finalTest(), new Paper.History(Set.copyOf(seen), keys(pre)), random);
        Set<String> shared =
            keys(fin).stream().filter(keys(pre)::contains).collect(Collectors.toSet());
        assertEquals(Set.of(), shared, "attempt " + (attempt + 1));
        seen.addAll(keys(fin));
      }
    }
  }
}

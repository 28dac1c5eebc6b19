package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.platform.Language;

/** Drawing an attempt's paper from the sample package, and the deadline rule. */
class PaperTest {

  private static CoursePackage sample(String finalTestDraw) {
    try {
      Map<String, byte[]> files =
          PackageFiles.fromFolder(
                  Path.of(PaperTest.class.getClassLoader().getResource("packages/sample").toURI()))
              .contents();
      if (finalTestDraw != null) {
        String key =
            new String(files.get("quizzes/final-test.yaml"), StandardCharsets.UTF_8)
                + finalTestDraw;
        files.put("quizzes/final-test.yaml", key.getBytes(StandardCharsets.UTF_8));
      }
      PackageReader.Result result = PackageReader.read(PackageFiles.of(files));
      assertEquals(List.of(), result.problems());
      return result.course().orElseThrow();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aQuizDrawsFromTheBankByTagWithoutRepeatingAQuestion() {
    CoursePackage course =
        sample("draw:\n  - tag: part-three\n    count: 2\nsettings:\n  shuffle_questions: true\n");
    Set<String> seen = new HashSet<>();
    for (int seed = 0; seed < 20; seed++) {
      Paper paper = Paper.draw(course, course.finalTest(), new Random(seed));
      assertEquals(4, paper.items().size(), "two fixed questions and two drawn");
      List<String> keys = paper.items().stream().map(i -> i.quiz() + "/" + i.questionId()).toList();
      assertEquals(4, new HashSet<>(keys).size(), "no question twice");
      assertTrue(
          keys.contains("basics/match-rights") && keys.contains("basics/which-article"),
          "both questions tagged part-three: " + keys);
      seen.add(String.join(" ", keys));
    }
    assertTrue(seen.size() > 1, "shuffled question order varies between attempts");
  }

  @Test
  void questionsSharingAScenarioStayTogetherAndOrderingNeverStartsSolved() {
    CoursePackage course = sample(null);
    CoursePackage.Quiz basics = course.modules().get(0).quiz();
    for (int seed = 0; seed < 50; seed++) {
      Paper paper = Paper.draw(course, basics, new Random(seed));
      List<String> ids = paper.items().stream().map(Paper.Item::questionId).toList();
      int first = ids.indexOf("arrest-steps");
      assertEquals(
          List.of("arrest-steps", "which-article", "rights-at-checkpoint"),
          ids.subList(first, first + 3),
          "the checkpoint case's questions together");
      Paper.Item ordering = paper.items().get(first);
      assertNotEquals(
          List.of("reasons", "consul", "judge"),
          ordering.optionOrder(),
          "the right order is never the order shown");
      Paper.Item matching = paper.items().get(ids.indexOf("match-rights"));
      assertFalse(
          matching.matchOrder().equals(List.of("art-16-7", "art-22", "art-28"))
              && matching.optionOrder().equals(List.of("consul", "expulsion", "care")),
          "matches never line up with their items");
    }
  }

  /** The sample course with its module quiz's answer key edited. */
  private static CoursePackage sampleWithBasics(UnaryOperator<String> edit) {
    try {
      Map<String, byte[]> files =
          PackageFiles.fromFolder(
                  Path.of(PaperTest.class.getClassLoader().getResource("packages/sample").toURI()))
              .contents();
      files.put(
          "quizzes/basics.yaml",
          edit.apply(new String(files.get("quizzes/basics.yaml"), StandardCharsets.UTF_8))
              .getBytes(StandardCharsets.UTF_8));
      PackageReader.Result result = PackageReader.read(PackageFiles.of(files));
      assertEquals(List.of(), result.problems());
      return result.course().orElseThrow();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static Paper.Item item(Paper paper, String questionId) {
    return paper.items().stream()
        .filter(i -> i.questionId().equals(questionId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void optionsAreShuffledByDefaultEachOptionFirstAsOftenAsAnother() {
    CoursePackage course = sampleWithBasics(key -> key.replace("  shuffle_options: true\n", ""));
    CoursePackage.Quiz basics = course.modules().get(0).quiz();
    Random random = new Random(20261206);
    int draws = 10_000;
    Map<String, Integer> firstOfFour = new HashMap<>();
    Map<String, Integer> lastOfFour = new HashMap<>();
    Map<String, Integer> firstOfThree = new HashMap<>();
    for (int i = 0; i < draws; i++) {
      Paper paper = Paper.draw(course, basics, random);
      List<String> four = item(paper, "rights-at-checkpoint").optionOrder();
      firstOfFour.merge(four.getFirst(), 1, Integer::sum);
      lastOfFour.merge(four.getLast(), 1, Integer::sum);
      firstOfThree.merge(item(paper, "who-is-covered").optionOrder().getFirst(), 1, Integer::sum);
    }
    for (String option : List.of("interpreter", "consul-asked", "deport-now", "keep-passport")) {
      assertEquals(
          0.25,
          firstOfFour.getOrDefault(option, 0) / (double) draws,
          0.02,
          option + " first: " + firstOfFour);
      assertEquals(
          0.25,
          lastOfFour.getOrDefault(option, 0) / (double) draws,
          0.02,
          option + " last: " + lastOfFour);
    }
    for (String option : List.of("nationals", "non-nationals", "tourists")) {
      assertEquals(
          1 / 3.0,
          firstOfThree.getOrDefault(option, 0) / (double) draws,
          0.02,
          option + " first: " + firstOfThree);
    }
  }

  @Test
  void theOptionOrderIsFrozenWithTheAttemptItStartsWith() {
    CoursePackage course = sample(null);
    CoursePackage.Quiz basics = course.modules().get(0).quiz();
    Paper paper = Paper.draw(course, basics, new Random(7));
    assertEquals(
        paper, Paper.draw(course, basics, new Random(7)), "the same draw gives the same paper");
    Set<List<String>> orders = new HashSet<>();
    for (int position = 0; position < paper.items().size(); position++) {
      Paper.Item drawn = paper.items().get(position);
      AttemptItem stored = new AttemptItem(1, position + 1, drawn);
      assertEquals(
          drawn.optionOrder(),
          stored.getOptionOrder(),
          "the stored item shows the order drawn: " + drawn.questionId());
      assertEquals(
          drawn.matchOrder(), stored.getMatchOrder(), "and the matches too: " + drawn.questionId());
    }
    for (int seed = 0; seed < 30; seed++) {
      orders.add(
          item(Paper.draw(course, basics, new Random(seed)), "rights-at-checkpoint").optionOrder());
    }
    assertTrue(orders.size() > 5, "another attempt, another order: " + orders);
  }

  @Test
  void aQuestionOrQuizThatOptsOutKeepsTheWrittenOrderButOrderingAndMatchesStillShuffle() {
    CoursePackage course =
        sampleWithBasics(
            key ->
                key.replace(
                        "    options: [interpreter, consul-asked, deport-now, keep-passport]\n",
                        "    options: [interpreter, consul-asked, deport-now, keep-passport]\n    shuffle: false\n")
                    .replace(
                        "    options: [consul, expulsion, care]\n",
                        "    options: [consul, expulsion, care]\n    shuffle: false\n"));
    CoursePackage.Quiz basics = course.modules().get(0).quiz();
    Set<List<String>> others = new HashSet<>();
    Set<List<String>> matches = new HashSet<>();
    for (int seed = 0; seed < 200; seed++) {
      Paper paper = Paper.draw(course, basics, new Random(seed));
      assertEquals(
          List.of("interpreter", "consul-asked", "deport-now", "keep-passport"),
          item(paper, "rights-at-checkpoint").optionOrder(),
          "opted out");
      assertEquals(
          List.of("consul", "expulsion", "care"),
          item(paper, "match-rights").optionOrder(),
          "opted out");
      assertNotEquals(
          List.of("art-16-7", "art-22", "art-28"),
          item(paper, "match-rights").matchOrder(),
          "the matches never line up");
      matches.add(item(paper, "match-rights").matchOrder());
      others.add(item(paper, "who-is-covered").optionOrder());
    }
    assertTrue(others.size() > 1 && matches.size() > 1, "the other questions still shuffle");
    CoursePackage quizSaysNo =
        sampleWithBasics(
            key -> key.replace("  shuffle_options: true\n", "  shuffle_options: false\n"));
    for (int seed = 0; seed < 50; seed++) {
      Paper paper = Paper.draw(quizSaysNo, quizSaysNo.modules().get(0).quiz(), new Random(seed));
      assertEquals(
          List.of("nationals", "non-nationals", "tourists"),
          item(paper, "who-is-covered").optionOrder());
      assertNotEquals(
          List.of("reasons", "consul", "judge"),
          item(paper, "arrest-steps").optionOrder(),
          "ordering always starts out of order");
    }
  }

  @Test
  void theRightAnswerClickedInTheShuffledOrderScoresFull() {
    CoursePackage course = sample(null);
    CoursePackage.Quiz basics = course.modules().get(0).quiz();
    for (int seed = 0; seed < 100; seed++) {
      Paper paper = Paper.draw(course, basics, new Random(seed));
      for (int position = 1; position <= paper.items().size(); position++) {
        Paper.Item item = paper.items().get(position - 1);
        Question question = Paper.question(course, item.quiz(), item.questionId()).orElseThrow();
        Map<String, String[]> form = new HashMap<>();
        String name = "q" + position;
        List<String> shown = item.optionOrder();
        switch (question.key()) {
          case AnswerKey.Choices key -> {
            // The learner ticks the boxes where the right options are shown; each box sends its
            // option's id.
            List<String> ticked = new ArrayList<>();
            for (int place = 0; place < shown.size(); place++) {
              if (key.correct().contains(shown.get(place))) {
                ticked.add(shown.get(place));
              }
            }
            form.put(name, ticked.toArray(String[]::new));
          }
          case AnswerKey.Sequence key ->
              shown.forEach(
                  option ->
                      form.put(
                          name + "-" + option,
                          new String[] {String.valueOf(key.order().indexOf(option) + 1)}));
          case AnswerKey.Pairs key ->
              shown.forEach(
                  option -> form.put(name + "-" + option, new String[] {key.pairs().get(option)}));
          case AnswerKey.Accepted key ->
              form.put(
                  name, new String[] {question.texts().get(Language.EN).accepted().getFirst()});
          case AnswerKey.Numbers key ->
              form.put(name, new String[] {RightAnswers.rightAnswer(question)});
          case AnswerKey.Open key -> {
            continue; // a trainer grades it
          }
        }
        String stored = PaperView.fromForm(question.type(), position, shown, form);
        assertEquals(
            1.0,
            Grader.score(question, Answer.decode(question.type(), stored), basics.settings()),
            1e-9,
            question.id() + " shown as " + shown + " answered " + stored);
      }
    }
  }

  @Test
  void anAnswerExactlyAtTheDeadlineCountsAndOneAfterDoesNot() {
    Instant start = Instant.parse("2026-11-27T09:00:00Z");
    Instant deadline = start.plusSeconds(20 * 60);
    QuizAttempt attempt =
        new QuizAttempt(
            1, "sample", 1, "basics", QuizAttempt.Kind.MODULE, 1, Language.AR, start, deadline);
    assertTrue(attempt.acceptsAnswersAt(deadline));
    assertFalse(attempt.acceptsAnswersAt(deadline.plusMillis(1)));
    assertTrue(attempt.isOverdue(deadline.plusMillis(1)));
    QuizAttempt untimed =
        new QuizAttempt(
            1, "sample", 1, "basics", QuizAttempt.Kind.MODULE, 1, Language.AR, start, null);
    assertTrue(
        untimed.acceptsAnswersAt(start.plusSeconds(365L * 24 * 3600)),
        "no time limit, no deadline");
    attempt.submit(start.plusSeconds(60), 80, true);
    assertFalse(attempt.acceptsAnswersAt(start.plusSeconds(61)), "no answers after submission");
  }
}

package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.platform.Language;

/** Drawing an attempt's paper from the sample package, and the deadline rule. */
class PaperTest {

  private static CoursePackage sample(String finalTestDraw) {
    try {
      Map<String, byte[]> files = PackageFiles.fromFolder(Path.of(PaperTest.class.getClassLoader().getResource("packages/sample").toURI())).contents();
      if (finalTestDraw != null) {
        String key = new String(files.get("quizzes/final-test.yaml"), StandardCharsets.UTF_8) + finalTestDraw;
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
    CoursePackage course = sample("draw:\n  - tag: part-three\n    count: 2\nsettings:\n  shuffle_questions: true\n");
    Set<String> seen = new HashSet<>();
    for (int seed = 0; seed < 20; seed++) {
      Paper paper = Paper.draw(course, course.finalTest(), new Random(seed));
      assertEquals(4, paper.items().size(), "two fixed questions and two drawn");
      List<String> keys = paper.items().stream().map(i -> i.quiz() + "/" + i.questionId()).toList();
      assertEquals(4, new HashSet<>(keys).size(), "no question twice");
      assertTrue(keys.contains("basics/match-rights") && keys.contains("basics/which-article"), "both questions tagged part-three: " + keys);
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
      assertEquals(List.of("arrest-steps", "which-article", "rights-at-checkpoint"), ids.subList(first, first + 3), "the checkpoint case's questions together");
      Paper.Item ordering = paper.items().get(first);
      assertNotEquals(List.of("reasons", "consul", "judge"), ordering.optionOrder(), "the right order is never the order shown");
      Paper.Item matching = paper.items().get(ids.indexOf("match-rights"));
      assertFalse(matching.matchOrder().equals(List.of("art-16-7", "art-22", "art-28")) && matching.optionOrder().equals(List.of("consul", "expulsion", "care")),
          "matches never line up with their items");
    }
  }

  @Test
  void anAnswerExactlyAtTheDeadlineCountsAndOneAfterDoesNot() {
    Instant start = Instant.parse("2026-11-27T09:00:00Z");
    Instant deadline = start.plusSeconds(20 * 60);
    QuizAttempt attempt = new QuizAttempt(1, "sample", 1, "basics", QuizAttempt.Kind.MODULE, 1, Language.AR, start, deadline);
    assertTrue(attempt.acceptsAnswersAt(deadline));
    assertFalse(attempt.acceptsAnswersAt(deadline.plusMillis(1)));
    assertTrue(attempt.isOverdue(deadline.plusMillis(1)));
    QuizAttempt untimed = new QuizAttempt(1, "sample", 1, "basics", QuizAttempt.Kind.MODULE, 1, Language.AR, start, null);
    assertTrue(untimed.acceptsAnswersAt(start.plusSeconds(365L * 24 * 3600)), "no time limit, no deadline");
    attempt.submit(start.plusSeconds(60), 80, true);
    assertFalse(attempt.acceptsAnswersAt(start.plusSeconds(61)), "no answers after submission");
  }
}

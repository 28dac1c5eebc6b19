package org.rightsacademy.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.PackageFiles;

/** The numerical and essay entries of the format: read as written, and each mistake by line. */
class OpenTypesFormatTest {

  private static Map<String, byte[]> openAnswers() {
    try {
      return new TreeMap<>(
          PackageFiles.fromFolder(
                  Path.of(
                      OpenTypesFormatTest.class
                          .getClassLoader()
                          .getResource("open-answers")
                          .toURI()))
              .contents());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void numericalAnswersAndAnEssaysLimitAndRubricAreRead() {
    LearningPackage course = PackageFormat.read(openAnswers()).course().orElseThrow();
    List<Question> questions = course.quiz("basics").orElseThrow().questions();
    Question.Numerical articles = (Question.Numerical) questions.get(1);
    assertEquals(
        List.of(
            Question.NumericAnswer.exact("exact", 93, 0, 100),
            Question.NumericAnswer.range("close", 90, 96, 50)),
        articles.answers());
    assertEquals(List.of("exact", "close"), articles.options());
    Question.Numerical days = (Question.Numerical) questions.get(2);
    assertEquals(List.of(Question.NumericAnswer.exact("two-days", 2.5, 0.5, 100)), days.answers());
    Question.Essay essay = (Question.Essay) questions.get(3);
    assertEquals(1500, essay.maxLength());
    assertTrue(essay.rubric().startsWith("Full marks"));
  }

  @Test
  void eachMistakeIsNamedByFileAndLine() {
    Map<String, byte[]> files = openAnswers();
    String key =
        new String(files.get("quizzes/basics.yaml"), StandardCharsets.UTF_8)
            .replace(
                "        value: 93\n        weight: 100",
                "        value: ninety\n        weight: 100")
            .replace("        min: 90\n        max: 96", "        min: 96\n        max: 90")
            .replace("    max_length: 1500", "    max_length: 100000");
    files.put("quizzes/basics.yaml", key.getBytes(StandardCharsets.UTF_8));
    List<String> problems =
        PackageFormat.read(files).problems().stream().map(PackageProblem::toString).toList();
    assertTrue(
        problems.contains(
            "quizzes/basics.yaml:11: INVALID_VALUE question how-many-articles, answer exact: value"
                + " is not a number: ninety"),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith("quizzes/basics.yaml:14: INVALID_VALUE")
                        && p.contains("min 96.0 is above max 90.0")),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith("quizzes/basics.yaml:")
                        && p.contains("max_length must be between 1 and 8000")),
        problems.toString());
    assertEquals(3, problems.size(), "one problem per mistake, nothing else: " + problems);
  }
}

package org.rightsacademy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.model.PackageProblem;

/**
 * The package reader wants at least two questions in the course for each objective the pre-test or
 * final test names.
 */
class ObjectiveCheckTest {

  private static PackageReader.Result sample(
      UnaryOperator<String> preTest, UnaryOperator<String> finalTest) {
    Map<String, byte[]> files =
        PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")).contents();
    edit(files, "quizzes/pre-test.yaml", preTest);
    edit(files, "quizzes/final-test.yaml", finalTest);
    return PackageReader.read(PackageFiles.of(files));
  }

  private static void edit(Map<String, byte[]> files, String path, UnaryOperator<String> edit) {
    files.put(
        path,
        edit.apply(new String(files.get(path), StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8));
  }

  private static UnaryOperator<String> objective(String objective) {
    return key ->
        key.replaceFirst(
            "    correct: non-nationals\n",
            "    correct: non-nationals\n    objective: " + objective + "\n");
  }

  @Test
  void aCourseWithoutObjectivesReadsAsBefore() {
    PackageReader.Result result = sample(UnaryOperator.identity(), UnaryOperator.identity());
    assertEquals(List.of(), result.problems());
    assertTrue(
        result.course().orElseThrow().finalTest().questions().stream()
            .allMatch(q -> q.objective() == null));
  }

  @Test
  void anObjectiveThePreTestNamesWithNoParallelItemIsReportedWhereItIsNamed() {
    PackageReader.Result result = sample(objective("scope"), UnaryOperator.identity());
    assertEquals(1, result.problems().size(), result.problems().toString());
    PackageProblem problem = result.problems().getFirst();
    assertEquals("quizzes/pre-test.yaml", problem.file());
    assertEquals(7, problem.line(), "the line of objective: scope");
    assertEquals(PackageProblem.Kind.INVALID_VALUE, problem.kind());
    assertTrue(problem.detail().contains("objective scope"), problem.detail());
  }

  @Test
  void anObjectiveNamedInBothTestsHasItsTwoParallelItemsAndReadsCleanly() {
    PackageReader.Result result = sample(objective("scope"), objective("scope"));
    assertEquals(List.of(), result.problems());
    CoursePackage course = result.course().orElseThrow();
    assertEquals("scope", course.preTest().questions().getFirst().objective());
    assertEquals("scope", course.finalTest().questions().getFirst().objective());
    assertEquals(
        2, course.finalTest().size(), "the objective counts once, the true-false question once");
  }

  @Test
  void aModuleQuizObjectiveWithOneQuestionIsNotTheTestsConcern() {
    Map<String, byte[]> files =
        PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")).contents();
    edit(files, "quizzes/basics.yaml", objective("practice-only"));
    assertEquals(List.of(), PackageReader.read(PackageFiles.of(files)).problems());
  }
}

package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsacademy.assessment.Answer;
import org.rightsacademy.assessment.Grader;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.QuizSettings;

/**
 * A multiple-choice question's own weights, as Moodle has them: in the package format, checked by
 * the validator, scored by the grader, and typed in the question editor's form.
 */
class WeightsTest {

  private static final String WEIGHTED =
      "{interpreter: 60, consul-asked: 40, deport-now: -100, keep-passport: 0}";

  /** The sample with its multiple-choice question given the weights. */
  private static Map<String, byte[]> sample(String weights) {
    Map<String, byte[]> files =
        PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")).contents();
    String key = new String(files.get("quizzes/basics.yaml"), StandardCharsets.UTF_8);
    String changed =
        key.replace(
            "    correct: [interpreter, consul-asked]\n",
            "    correct: [interpreter, consul-asked]\n    weights: " + weights + "\n");
    assertTrue(!changed.equals(key), "the sample's multiple-choice key is where it was");
    files.put("quizzes/basics.yaml", changed.getBytes(StandardCharsets.UTF_8));
    return files;
  }

  private static CoursePackage.Question checkpoint(CoursePackage course) {
    return course.bank().stream()
        .map(CoursePackage.BankQuestion::question)
        .filter(q -> q.id().equals("rights-at-checkpoint"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void weightsAreReadWrittenAndScoredAsTheSumOfThePicksBetweenNothingAndFull() {
    Draft draft = new Draft(sample(WEIGHTED));
    Question.MultipleChoice model =
        (Question.MultipleChoice) draft.quiz("basics").model("rights-at-checkpoint");
    assertEquals(
        Map.of(
            "interpreter", 60.0, "consul-asked", 40.0, "deport-now", -100.0, "keep-passport", 0.0),
        model.weights());
    PackageReader.Result read = PackageReader.read(PackageFiles.of(draft.files()));
    assertEquals(List.of(), read.problems(), "written back as read");
    CoursePackage.Question question = checkpoint(read.course().orElseThrow());
    QuizSettings settings = QuizSettings.defaults(70);
    assertEquals(0.6, score(question, settings, "interpreter"), 1e-9);
    assertEquals(
        1.0, score(question, settings, "interpreter", "consul-asked", "keep-passport"), 1e-9);
    assertEquals(
        0.0, score(question, settings, "interpreter", "deport-now"), 1e-9, "never below 0");
    assertEquals(0.0, score(question, settings, "keep-passport"), 1e-9);
  }

  private static double score(
      CoursePackage.Question question, QuizSettings settings, String... picked) {
    return Grader.score(question, new Answer.Choices(Set.of(picked)), settings);
  }

  @Test
  void theValidatorRefusesWeightsThatDoNotAddUpOrDisagreeWithTheKey() {
    List<PackageProblem> sum =
        PackageReader.read(PackageFiles.of(sample("{interpreter: 50, consul-asked: 40}")))
            .problems();
    assertTrue(
        sum.stream()
            .anyMatch(
                p ->
                    p.kind() == PackageProblem.Kind.ANSWER_KEY
                        && p.detail().contains("add up to 90, not 100")),
        sum.toString());
    List<PackageProblem> disagree =
        PackageReader.read(
                PackageFiles.of(sample("{interpreter: 100, consul-asked: 0, deport-now: 150}")))
            .problems();
    assertTrue(
        disagree.stream().anyMatch(p -> p.detail().contains("from -100 to 100")),
        disagree.toString());
    assertTrue(
        disagree.stream().anyMatch(p -> p.detail().contains("are not the correct ones")),
        disagree.toString());
  }

  @Test
  void theEditorsFormNamesTheWrongWeightBesideItAndTheSumBelowTheOptions() {
    List<OptionRow> rows = List.of(row("a", "50"), row("b", "abc"), row("c", "-100"));
    assertNull(QuestionForms.weightProblems(rows), "the sum waits for numbers");
    assertEquals("author.weight.invalid", rows.get(1).getWeightError());
    assertNull(rows.get(0).getWeightError());

    rows.get(1).setWeight("40 %");
    assertEquals("author.weight.sum", QuestionForms.weightProblems(rows));
    assertNull(rows.get(1).getWeightError(), "cleared once right");

    rows.get(1).setWeight("50");
    assertNull(QuestionForms.weightProblems(rows));
    QuestionDraft key =
        QuestionForms.key(
            "q", CoursePackage.QuestionType.MULTIPLE, rows, List.of(), null, "", false, null);
    assertEquals(Map.of("a", 50.0, "b", 50.0, "c", -100.0), key.weights());
    assertEquals(List.of("a", "b"), key.correct(), "the options above 0 are the right ones");

    List<OptionRow> none = List.of(row("a", ""), row("b", " "));
    assertNull(QuestionForms.weightProblems(none));
    assertEquals(Map.of(), QuestionForms.weights(none), "no weights: the settings score it");
  }

  private static OptionRow row(String id, String weight) {
    OptionRow row = new OptionRow(id);
    row.setWeight(weight);
    return row;
  }
}

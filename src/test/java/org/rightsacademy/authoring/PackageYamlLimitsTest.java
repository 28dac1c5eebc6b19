package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.PackageProblem;

/**
 * The editor's YAML ({@link PackageYaml}) and the catalogue's reader (publishing, uploads, the
 * folders) refuse the same documents, with the same words: one set of limits for both.
 */
class PackageYamlLimitsTest {

  private static final String FILE = "quizzes/final-test.en.yaml";

  /** The first problem the catalogue's reader reports for the file, as "line: KIND: detail". */
  private static String readerProblem(String yaml) throws URISyntaxException {
    Map<String, byte[]> files =
        PackageFiles.fromFolder(
                Path.of(
                    PackageYamlLimitsTest.class
                        .getClassLoader()
                        .getResource("packages/sample")
                        .toURI()))
            .contents();
    files.put(FILE, yaml.getBytes(StandardCharsets.UTF_8));
    PackageReader.Result result = PackageReader.read(PackageFiles.of(files));
    assertTrue(result.course().isEmpty(), "the package is rejected");
    PackageProblem problem =
        result.problems().stream()
            .filter(p -> p.file().equals(FILE))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no problem with " + FILE + ": " + result.problems()));
    return problem.line() + ": " + problem.kind() + ": " + problem.detail();
  }

  private static String editorProblem(String yaml) {
    return assertThrows(IllegalArgumentException.class, () -> PackageYaml.load(yaml)).getMessage();
  }

  private static void bothRefuse(String yaml, String words) throws URISyntaxException {
    String reader = readerProblem(yaml);
    String editor = editorProblem(yaml);
    assertTrue(
        reader.contains("INVALID_YAML") && reader.contains(words), "the reader says " + reader);
    assertTrue(editor.contains(words), "the editor says " + editor);
  }

  @Test
  void aKeyThatContainsItsOwnMappingIsRefused() throws URISyntaxException {
    bothRefuse(
        "question: &q\n  ? *q\n  : 1\n",
        "an alias *q refers to a list or mapping that contains it; recursive data is not allowed");
  }

  @Test
  void aListThatContainsItselfIsRefusedRatherThanWalkedForever() throws URISyntaxException {
    bothRefuse(
        "options: &o [yes, *o]\n", "an alias *o refers to a list or mapping that contains it");
  }

  @Test
  void moreThanTwentyAliasesToAListAreRefused() throws URISyntaxException {
    String yaml = "a: &a [x]\nb: [" + String.join(", ", Collections.nCopies(21, "*a")) + "]\n";
    bothRefuse(yaml, "Number of aliases for non-scalar nodes exceeds the specified max=20");
    PackageYaml.load("a: &a [x]\nb: [" + String.join(", ", Collections.nCopies(20, "*a")) + "]\n");
  }

  @Test
  void aKeyGivenTwiceIsRefusedAtItsSecondLine() throws URISyntaxException {
    String yaml = "who-is-covered:\n  source: Art. 2\n  source: Art. 5\n";
    bothRefuse(yaml, "duplicate key \"source\" (first on line 2)");
    assertTrue(readerProblem(yaml).startsWith("3: "), readerProblem(yaml));
  }

  @Test
  void sharedTextAndListsWithinTheLimitStillRead() {
    Object loaded = PackageYaml.load("a: &a [x, y]\nb: *a\nc: &t text\nd: *t\n");
    assertEquals(
        Map.of("a", List.of("x", "y"), "b", List.of("x", "y"), "c", "text", "d", "text"), loaded);
  }
}

package org.rightsacademy.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.platform.Language;

/** The format both ways: a package read, written and read again is the same package. */
class PackageFormatTest {

  private static Map<String, byte[]> folder(String folder) {
    if (folder.startsWith("courses/")) {
      return PackageFiles.fromFolder(Path.of(folder)).contents();
    }
    try {
      return PackageFiles.fromFolder(
              Path.of(PackageFormatTest.class.getClassLoader().getResource(folder).toURI()))
          .contents();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** The written text files with the media bytes of the original beside them. */
  private static Map<String, byte[]> rewritten(LearningPackage course, Map<String, byte[]> files) {
    Map<String, byte[]> written = new TreeMap<>(PackageFormat.write(course));
    course.media().forEach(path -> written.put(path, files.get(path)));
    return written;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "courses/icrmw",
        "courses/borders",
        "courses/trafficking-principles",
        "packages/sample",
        "open-answers"
      })
  void aPackageWrittenAndReadAgainIsTheSamePackage(String folder) {
    Map<String, byte[]> files = folder(folder);
    PackageFormat.Read first = PackageFormat.read(files);
    assertEquals(List.of(), first.problems().stream().filter(PackageProblem::isError).toList());
    LearningPackage course = first.course().orElseThrow();
    PackageFormat.Read second = PackageFormat.read(rewritten(course, files));
    assertEquals(first.problems(), second.problems(), "the same warnings, no new problem");
    assertEquals(course, second.course().orElseThrow());
  }

  @Test
  void theModelHoldsEachQuestionAsItsTypeAndKeepsMarkersAndMedia() {
    LearningPackage course = PackageFormat.read(folder("packages/sample")).course().orElseThrow();
    assertEquals("sample", course.manifest().code());
    assertEquals(List.of(Language.EN, Language.AR), course.manifest().languages());
    assertTrue(course.media().contains("images/journey.svg"), "pictures are media");
    Quiz basics = course.quiz("basics").orElseThrow();
    assertEquals(Quiz.Role.MODULE, basics.role());
    Question first = basics.questions().getFirst();
    assertInstanceOf(Question.SingleChoice.class, first);
    assertEquals(Quiz.Role.FINAL, course.quiz(course.manifest().finalTest()).orElseThrow().role());
  }

  @Test
  void aLedgerAndATranslationNotYetDeclaredSurviveTheRoundTrip() {
    Map<String, byte[]> files = new TreeMap<>(folder("packages/sample"));
    files.put(
        "translations.yaml",
        "lesson:basics/definition:\n  ar: 3fa9c1d2e0b1\n".getBytes(StandardCharsets.UTF_8));
    files.put(
        "lessons/01-basics/01-definition.fr.md",
        "# La définition\n".getBytes(StandardCharsets.UTF_8));
    LearningPackage course = PackageFormat.read(files).course().orElseThrow();
    assertEquals("3fa9c1d2e0b1", course.ledger().entry("lesson:basics/definition", Language.AR));
    assertTrue(course.lessons().findFirst().orElseThrow().body().has(Language.FR));
    assertEquals(course, PackageFormat.read(rewritten(course, files)).course().orElseThrow());
  }
}

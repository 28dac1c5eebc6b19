package org.rightsacademy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsacademy.catalog.model.PackageProblem;

/**
 * Every fixed guessing strategy played against every quiz of the three shipped packages: the table
 * (quiz, strategy, expected score, pass mark) is printed, and the guessing guard finds nothing at
 * all, neither an error nor a warning.
 */
class GuessingTableTest {

  @ParameterizedTest
  @ValueSource(strings = {"icrmw", "trafficking-principles", "borders"})
  void noShippedQuizCanBePassedByGuessing(String code) {
    CoursePackage course =
        PackageReader.read(PackageFiles.fromFolder(Path.of("courses", code)))
            .course()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "courses/" + code + " does not read whole: see ShippedCoursesTest"));
    StringBuilder table =
        new StringBuilder(
            "courses/"
                + code
                + ": expected score of each blind strategy (the language named where languages differ)\n");
    table.append(
        String.format(
            java.util.Locale.ROOT,
            "  %-28s %-24s %-3s %8s   %s%n",
            "quiz",
            "strategy",
            "in",
            "expected",
            "pass mark"));
    GuessingGuard.table(course).forEach(row -> table.append("  ").append(row).append('\n'));
    System.out.println(table);
    List<String> findings =
        GuessingGuard.check(course).stream().map(PackageProblem::toString).toList();
    findings.forEach(finding -> System.out.println("  courses/" + code + "/" + finding));
    assertEquals(
        List.of(),
        findings,
        "courses/"
            + code
            + ": no quiz passable by guessing, keys balanced, the key not the longest option by habit");
  }
}

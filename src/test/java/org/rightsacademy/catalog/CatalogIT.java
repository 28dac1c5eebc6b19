package org.rightsacademy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.platform.Language;

/**
 * Packages loaded at start-up, inside the server: idempotent for an unchanged package, a new
 * revision for a changed one (the old one still readable), nothing at all for a broken one. The
 * server's RA_COURSES_DIR is courses/ and src/test/resources/packages (set by failsafe).
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

  @EJB private CourseCatalog catalog;

  private static Path samples() {
    return CourseCatalog.folders(System.getenv("RA_COURSES_DIR")).stream()
        .filter(folder -> folder.endsWith(Path.of("src", "test", "resources", "packages")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSamplePackageIsPublishedAtStartUpInBothItsLanguages() {
    CourseCatalog.Published sample = catalog.latest("sample").orElseThrow();
    assertEquals(2, sample.course().modules().get(0).lessons().size());
    assertTrue(
        sample
            .course()
            .modules()
            .get(0)
            .lessons()
            .get(0)
            .html()
            .get(Language.AR)
            .contains("المادة 2(1)"));
  }

  @Test
  void loadingAnUnchangedPackageAgainChangesNothing() {
    int before = catalog.latest("sample").orElseThrow().revision();
    CourseCatalog.LoadReport again = catalog.loadFolder(samples()).get(0);
    assertEquals(CourseCatalog.LoadReport.Outcome.UNCHANGED, again.outcome());
    assertEquals(before, catalog.latest("sample").orElseThrow().revision());
  }

  @Test
  void aChangedPackageBecomesANewRevisionAndTheOldOneStaysReadable() throws Exception {
    // A course of its own: changing "sample" would change it under every other test.
    String code = "catalog-change-" + System.nanoTime();
    Map<String, byte[]> files = copy(samples().resolve("sample"));
    files.put(
        "course.yaml",
        new String(files.get("course.yaml"), StandardCharsets.UTF_8)
            .replaceFirst("(?m)^code: .*$", "code: " + code)
            .getBytes(StandardCharsets.UTF_8));
    assertEquals(
        CourseCatalog.LoadReport.Outcome.NEW_REVISION,
        catalog.load(PackageFiles.of(files), "test original").outcome());
    CourseCatalog.Published old = catalog.latest(code).orElseThrow();
    String path = "lessons/01-basics/02-categories.en.md";
    files.put(
        path,
        (new String(files.get(path), StandardCharsets.UTF_8)
                + "\nA new paragraph "
                + System.nanoTime()
                + ".\n")
            .getBytes(StandardCharsets.UTF_8));
    CourseCatalog.LoadReport report = catalog.load(PackageFiles.of(files), "test change");
    assertEquals(CourseCatalog.LoadReport.Outcome.NEW_REVISION, report.outcome());
    assertEquals(old.revision() + 1, catalog.latest(code).orElseThrow().revision());
    assertTrue(
        catalog
            .latest(code)
            .orElseThrow()
            .course()
            .modules()
            .get(0)
            .lessons()
            .get(1)
            .html()
            .get(Language.EN)
            .contains("A new paragraph"));
    assertEquals(
        old.course().checksum(),
        catalog.version(old.versionId()).orElseThrow().checksum(),
        "learners on the old revision keep it");
  }

  @Test
  void aBrokenPackageIsRejectedWithItsReportAndChangesNothing() throws Exception {
    CourseCatalog.Published before = catalog.latest("sample").orElseThrow();
    Map<String, byte[]> files = copy(samples().resolve("sample"));
    files.remove("quizzes/basics.ar.yaml");
    CourseCatalog.LoadReport report = catalog.load(PackageFiles.of(files), "test broken");
    assertEquals(CourseCatalog.LoadReport.Outcome.REJECTED, report.outcome());
    assertEquals(
        "quizzes/basics.ar.yaml:0: MISSING_TRANSLATION quiz basics",
        report.problems().get(0).toString());
    assertEquals(before.revision(), catalog.latest("sample").orElseThrow().revision());
  }

  private static Map<String, byte[]> copy(Path folder) {
    return PackageFiles.fromFolder(folder).contents();
  }
}

package org.rightsacademy.authoring;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.util.List;
import java.util.Optional;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.platform.AuditLog;

/**
 * Packages in and out as zip files, for {@link DraftService} (which checks the caller's role and
 * runs them in its transaction): an uploaded package imported, a published version exported.
 */
@Dependent
class PackageTransfer {

  @EJB private CourseCatalog catalog;
  @EJB private AuditLog audit;

  /**
   * Imports an uploaded package zip: opened with {@link PackageUpload}'s guards, validated like a
   * folder, published as a new course or a new version. A refused upload writes nothing.
   */
  DraftService.Import importPackage(byte[] zip, String fileName, String caller) {
    PackageFiles files;
    try {
      files = PackageUpload.read(zip);
    } catch (PackageUpload.Rejected e) {
      return new DraftService.Import(
          null,
          CourseCatalog.LoadReport.Outcome.REJECTED,
          0,
          false,
          e.reason(),
          e.detail(),
          List.of());
    }
    PackageReader.Result result = PackageReader.read(files);
    if (!result.ok()) {
      return new DraftService.Import(
          null, CourseCatalog.LoadReport.Outcome.REJECTED, 0, false, null, null, result.problems());
    }
    String code = result.course().orElseThrow().code();
    boolean newCourse = catalog.latest(code).isEmpty();
    String name = fileName == null ? "upload" : fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    CourseCatalog.LoadReport report = catalog.load(files, "upload " + name + " by " + caller);
    if (report.outcome() == CourseCatalog.LoadReport.Outcome.REJECTED) {
      return new DraftService.Import(
          code, report.outcome(), 0, false, null, null, report.problems());
    }
    audit.record(
        DraftService.COURSE_IMPORTED,
        code,
        name + ": " + report.outcome().name().toLowerCase() + ", revision " + report.revision());
    return new DraftService.Import(
        code, report.outcome(), report.revision(), newCourse, null, null, report.problems());
  }

  /** The latest published version of a course as a zip in the courses/ format. */
  Optional<byte[]> export(String code) {
    return catalog.latest(code).flatMap(p -> catalog.files(p.versionId())).map(PackageFiles::toZip);
  }
}

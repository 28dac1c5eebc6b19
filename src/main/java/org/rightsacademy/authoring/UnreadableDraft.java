package org.rightsacademy.authoring;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.rightsacademy.catalog.model.PackageProblem;

/**
 * A draft whose files no longer read as a package (broken or oversized YAML, text that is not
 * UTF-8, no course.yaml). Nothing edits it, so nothing is lost by rewriting a half-read file; its
 * page says what is wrong and offers to download its files or discard it.
 */
@ApplicationException(rollback = false)
public class UnreadableDraft extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private final List<PackageProblem> problems;

  public UnreadableDraft(List<PackageProblem> problems) {
    super("the draft does not read: " + problems);
    this.problems = List.copyOf(problems);
  }

  /** Throws when the files of a draft, as read, do not make the whole package. */
  static void refuse(org.rightsacademy.catalog.model.PackageFormat.Read read) {
    List<PackageProblem> broken = read.problems().stream().filter(UnreadableDraft::breaks).toList();
    if (read.course().isEmpty() || !broken.isEmpty()) {
      throw new UnreadableDraft(
          broken.isEmpty()
              ? List.of(
                  new PackageProblem(
                      org.rightsacademy.catalog.model.PackageFormat.MANIFEST,
                      0,
                      PackageProblem.Kind.MISSING_FILE,
                      org.rightsacademy.catalog.model.PackageFormat.MANIFEST))
              : broken);
    }
  }

  /** A problem that means some file was not read at all. */
  private static boolean breaks(PackageProblem problem) {
    return switch (problem.kind()) {
      case INVALID_YAML, TOO_LARGE -> true;
      case INVALID_VALUE -> problem.detail().equals("not UTF-8 text");
      default -> false;
    };
  }

  /** What is wrong, by file and line. */
  public List<PackageProblem> problems() {
    return problems;
  }
}

package org.rightsacademy.catalog;

import static org.rightsacademy.catalog.model.PackageProblem.Kind.UNSAFE_SVG;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rightsacademy.catalog.model.PackageProblem;

/**
 * What a package must be to go to learners, beyond reading as the format says ({@link
 * org.rightsacademy.catalog.model.PackageFormat}): every picture safe to show, and — once nothing
 * else is wrong — no quiz passable by guessing ({@link GuessingGuard}).
 */
final class PackageValidator {

  private PackageValidator() {}

  /** Every SVG of the package safe to show inline. */
  static List<PackageProblem> files(PackageFiles files) {
    List<PackageProblem> problems = new ArrayList<>();
    for (String path : files.paths()) {
      if (path.toLowerCase(Locale.ROOT).endsWith(".svg")) {
        SvgCheck.problem(files.bytes(path).orElseThrow())
            .ifPresent(why -> problems.add(new PackageProblem(path, 1, UNSAFE_SVG, why)));
      }
    }
    return problems;
  }

  /** The course's quizzes against blind strategies; only for a course with no other error. */
  static List<PackageProblem> course(CoursePackage course) {
    return GuessingGuard.check(course);
  }
}

package org.rightsacademy.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rightsacademy.catalog.model.LearningPackage;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.catalog.model.Question;

/**
 * Reads one learning package for learners (format: {@code courses/README.md}): the files become a
 * {@link LearningPackage} ({@link PackageFormat}), which {@link PackageValidator} checks and {@link
 * CourseAssembler} renders into the {@link CoursePackage} the player uses. Every problem is
 * collected with its file and line; a package with any error is rejected whole, a warning is
 * reported and loads. Once a package reads without error, the {@link GuessingGuard} checks that no
 * quiz can be passed by guessing.
 */
public final class PackageReader {

  static final String MANIFEST = PackageFormat.MANIFEST;

  /**
   * The package and its problems. {@code course} is the package as read, present when every file
   * reads into a whole course; only when {@link #ok()} (no error, warnings allowed) may it be
   * loaded or published: the guessing guard's errors reject a package that still reads.
   */
  public record Result(Optional<CoursePackage> course, List<PackageProblem> problems) {
    public boolean ok() {
      return course.isPresent() && errors().isEmpty();
    }

    /** The problems that reject the package. */
    public List<PackageProblem> errors() {
      return problems.stream().filter(PackageProblem::isError).toList();
    }

    /** The problems reported that do not reject it. */
    public List<PackageProblem> warnings() {
      return problems.stream().filter(p -> !p.isError()).toList();
    }
  }

  private PackageReader() {}

  public static Result read(PackageFiles files) {
    List<PackageProblem> problems = new ArrayList<>(PackageValidator.files(files));
    PackageFormat.Read read = PackageFormat.read(files.contents());
    problems.addAll(read.problems());
    if (read.course().isEmpty()) {
      return new Result(Optional.empty(), List.copyOf(problems));
    }
    CoursePackage course =
        CourseAssembler.assemble(read.course().get(), files.paths(), files.checksum(), problems);
    boolean whole = problems.stream().noneMatch(PackageProblem::isError);
    if (whole) {
      problems.addAll(PackageValidator.course(course));
    }
    return new Result(whole ? Optional.of(course) : Optional.empty(), List.copyOf(problems));
  }

  /**
   * One lesson's Markdown rendered and sanitised exactly as a package's lesson is, for the editor's
   * live preview; what the sanitiser would remove is added to {@code problems}.
   */
  public static String renderLesson(
      String markdown,
      String path,
      Collection<String> packagePaths,
      List<PackageProblem> problems) {
    return renderLesson(markdown, path, packagePaths, image -> null, problems);
  }

  /** As above, with the alt texts of the lesson's language for pictures whose Markdown has none. */
  public static String renderLesson(
      String markdown,
      String path,
      Collection<String> packagePaths,
      java.util.function.Function<String, String> altTexts,
      List<PackageProblem> problems) {
    String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    return LessonRenderer.render(
        markdown, path, Set.copyOf(packagePaths), folder, altTexts, problems);
  }

  /** The tag a question gets from its English legal source (see {@link Question#sourceTag}). */
  static Optional<String> sourceTag(String source) {
    return Question.sourceTag(source);
  }
}

package org.rightsacademy.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Validates package folders from the command line, the same way start-up does, so an author can
 * check a package before committing it: {@code java -cp ... org.rightsacademy.catalog.PackageCheck
 * courses/icrmw}. Prints every problem as {@code file:line: KIND detail} ({@code file:line:
 * warning: KIND detail} for a warning) and exits with 1 if any is an error.
 */
public final class PackageCheck {

  private PackageCheck() {}

  public static void main(String[] args) {
    List<Path> folders =
        args.length > 0 ? Stream.of(args).map(Path::of).toList() : packagesIn(Path.of("courses"));
    if (folders.isEmpty()) {
      System.out.println("no package (a folder with a " + PackageReader.MANIFEST + ") in courses/");
      System.exit(1);
    }
    int problems = 0;
    for (Path folder : folders) {
      if (!Files.isRegularFile(folder.resolve(PackageReader.MANIFEST))) {
        System.out.println(folder + ": no " + PackageReader.MANIFEST);
        problems++;
        continue;
      }
      PackageReader.Result result = PackageReader.read(PackageFiles.fromFolder(folder));
      result
          .problems()
          .forEach(
              problem ->
                  System.out.println(
                      folder.resolve(problem.file())
                          + ":"
                          + problem.line()
                          + ": "
                          + (problem.isError() ? "" : "warning: ")
                          + problem.kind()
                          + " "
                          + problem.detail()));
      if (result.ok()) {
        int warnings = result.warnings().size();
        System.out.println(
            folder
                + ": OK, "
                + result.course().orElseThrow().modules().size()
                + " modules"
                + (warnings == 0 ? "" : ", " + warnings + " warning(s)"));
      }
      problems += result.errors().size();
    }
    System.exit(problems == 0 ? 0 : 1);
  }

  private static List<Path> packagesIn(Path courses) {
    try (Stream<Path> children = Files.list(courses)) {
      return children
          .filter(child -> Files.isRegularFile(child.resolve(PackageReader.MANIFEST)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + courses.toAbsolutePath(), e);
    }
  }
}

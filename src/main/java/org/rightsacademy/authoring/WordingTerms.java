package org.rightsacademy.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightsacademy.catalog.CourseCatalog;

/**
 * The inclusive-wording check with the terms of every {@code wording.yaml} in the course folders
 * (RA_COURSES_DIR), read when first needed and again when a file changes.
 */
@ApplicationScoped
public class WordingTerms {

  private static final Logger LOG = Logger.getLogger(WordingTerms.class.getName());
  static final String FILE = "wording.yaml";

  @Inject
  @ConfigProperty(name = "ra.courses.dir", defaultValue = "./courses")
  String coursesDir;

  private volatile WordingCheck check;
  private volatile List<Long> stamps = List.of();

  public WordingCheck check() {
    List<Path> files =
        CourseCatalog.folders(coursesDir).stream()
            .map(f -> f.resolve(FILE))
            .filter(Files::isRegularFile)
            .toList();
    List<Long> now = files.stream().map(WordingTerms::modified).toList();
    if (check == null || !now.equals(stamps)) {
      List<String> texts = new ArrayList<>();
      for (Path file : files) {
        try {
          String text = Files.readString(file);
          PackageYaml.loadMap(text);
          texts.add(text);
        } catch (IOException | IllegalArgumentException e) {
          LOG.warning(() -> "Cannot read " + file + ": " + e.getMessage());
        }
      }
      if (texts.isEmpty()) {
        LOG.warning(
            () ->
                "No " + FILE + " in " + coursesDir + ": the inclusive-wording check has no terms");
      }
      check = WordingCheck.of(texts);
      stamps = now;
    }
    return check;
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}

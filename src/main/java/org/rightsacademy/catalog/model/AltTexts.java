package org.rightsacademy.catalog.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rightsacademy.platform.Language;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code images.yaml}: for each picture of the package (by its path), its alt text in each
 * language. A picture that is not in the package is a missing file; a language the course declares
 * without an alt text is a missing translation, as for any other text a learner reads.
 */
final class AltTexts {

  private AltTexts() {}

  static LearningPackage read(LearningPackage course, SourceReader in, Set<String> paths) {
    if (!in.exists(PackageKeys.IMAGES)) {
      return course;
    }
    Optional<Node> root = in.yaml(PackageKeys.IMAGES);
    LearningPackage read = course;
    for (Map.Entry<String, Node> image : root.map(Yaml::entries).orElse(Map.of()).entrySet()) {
      int line = Yaml.line(image.getValue());
      if (!paths.contains(image.getKey())) {
        in.problems.add(
            new PackageProblem(
                PackageKeys.IMAGES, line, PackageProblem.Kind.MISSING_FILE, image.getKey()));
        continue;
      }
      Map<Language, String> texts = new EnumMap<>(Language.class);
      Yaml.entries(image.getValue())
          .forEach(
              (code, value) -> {
                Optional<Language> language = Language.fromCode(code);
                if (language.isEmpty()) {
                  in.problems.add(
                      new PackageProblem(
                          PackageKeys.IMAGES,
                          Yaml.line(value),
                          PackageProblem.Kind.INVALID_VALUE,
                          "unknown language " + code + " for " + image.getKey()));
                } else {
                  Yaml.text(value).ifPresent(t -> texts.put(language.get(), t));
                }
              });
      for (Language language : course.manifest().languages()) {
        if (!texts.containsKey(language)) {
          in.problems.add(
              new PackageProblem(
                  PackageKeys.IMAGES,
                  line,
                  PackageProblem.Kind.MISSING_TRANSLATION,
                  "alt text of " + image.getKey() + " in " + language.code()));
        }
      }
      read = read.withAltTexts(image.getKey(), new Localized<>(texts));
    }
    return read;
  }
}

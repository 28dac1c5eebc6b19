package org.rightsacademy.catalog.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rightsacademy.platform.Language;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The package format, both ways: the files of a package folder (or zip, or draft) read into a
 * {@link LearningPackage}, with every problem of form found on the way by file and line, and a
 * model written back to files ({@link PackageWriter}). Reading judges what the files say as written
 * — YAML, ids, numbers, answer keys, what each declared language lacks, what one quiz refers to in
 * another; what a course must be to go to learners is the catalogue's to judge.
 */
public final class PackageFormat {

  /** The manifest's file name: a folder holding one is a package. */
  public static final String MANIFEST = PackageKeys.MANIFEST;

  /** The file of the pictures' alt texts per language. */
  public static final String IMAGES = PackageKeys.IMAGES;

  /** The translation ledger's file name. */
  public static final String LEDGER = PackageKeys.LEDGER;

  private PackageFormat() {}

  public static String lessonFile(String file, Language language) {
    return PackageKeys.lessonFile(file, language);
  }

  public static String quizKeyFile(String quiz) {
    return PackageKeys.quizKeyFile(quiz);
  }

  public static String quizTextFile(String quiz, Language language) {
    return PackageKeys.quizTextFile(quiz, language);
  }

  /**
   * The package and the problems found reading it. {@code course} is present when the manifest
   * could be read; it may be incomplete exactly where a problem says so.
   */
  public record Read(Optional<LearningPackage> course, List<PackageProblem> problems) {
    public boolean hasErrors() {
      return problems.stream().anyMatch(PackageProblem::isError);
    }
  }

  /** Reads a package from its files, keyed by path inside the package. */
  public static Read read(Map<String, byte[]> files) {
    SourceReader in = new SourceReader(files);
    Optional<LearningPackage> course =
        new ManifestReader(in)
            .read()
            .map(read -> read.withLedger(ledger(in)))
            .map(read -> AltTexts.read(read, in, files.keySet()));
    return new Read(
        course.map(read -> read.withMedia(media(read, files.keySet()))), List.copyOf(in.problems));
  }

  /** The text files of a package; its media are not among them. */
  public static Map<String, byte[]> write(LearningPackage course) {
    return PackageWriter.write(course);
  }

  /** UTF-8 text as a package's files must be; an {@link IllegalArgumentException} if not. */
  public static String text(String path, byte[] bytes) {
    return SourceReader.utf8(path, bytes);
  }

  /** Quiz settings read from their names and values as text, with what is wrong in them. */
  public record Settings(QuizSettings.Overrides settings, List<PackageProblem> problems) {}

  /**
   * Settings given by name as text ({@code attempts} → {@code 3}), read as a quiz file's {@code
   * settings:} is: an unknown name or a value out of range is a problem.
   */
  public static Settings settings(Map<String, String> texts) {
    SourceReader in = new SourceReader(Map.of());
    String yaml = YamlWriter.dump(new LinkedHashMap<>(texts));
    Optional<Node> node = Yaml.parse(yaml, PackageKeys.SETTINGS, in.problems);
    QuizSettings.Overrides settings =
        node.map(n -> new QuizReader(in).settings(n, PackageKeys.SETTINGS))
            .orElse(QuizSettings.Overrides.NONE);
    return new Settings(settings, List.copyOf(in.problems));
  }

  /** The settings a quiz sets, by name, as text; in the order the format lists them. */
  public static Map<String, String> settingsText(QuizSettings.Overrides settings) {
    Map<String, String> texts = new LinkedHashMap<>();
    PackageWriter.settings(settings)
        .forEach((name, value) -> texts.put(name, String.valueOf(value)));
    return texts;
  }

  /** Every file that is not one the model holds: pictures, notes, anything else. */
  private static Set<String> media(LearningPackage course, Set<String> paths) {
    Set<String> media = new TreeSet<>(paths);
    media.removeAll(PackageWriter.write(course).keySet());
    media.remove(PackageKeys.MANIFEST);
    media.remove(PackageKeys.LEDGER);
    media.remove(PackageKeys.IMAGES);
    for (Quiz quiz : course.quizzes()) {
      media.remove(PackageKeys.quizKeyFile(quiz.id()));
      for (Language language : Language.values()) {
        media.remove(PackageKeys.quizTextFile(quiz.id(), language));
      }
    }
    return media;
  }

  /** The ledger as written; a ledger that does not read is no ledger (the editor rewrites it). */
  private static TranslationLedger ledger(SourceReader in) {
    if (!in.exists(PackageKeys.LEDGER)) {
      return TranslationLedger.empty();
    }
    List<PackageProblem> ignored = new java.util.ArrayList<>();
    Optional<Node> root =
        in.text(PackageKeys.LEDGER).flatMap(t -> Yaml.parse(t, PackageKeys.LEDGER, ignored));
    Map<String, Map<Language, String>> entries = new LinkedHashMap<>();
    root.map(Yaml::entries)
        .orElse(Map.of())
        .forEach(
            (item, node) -> {
              Map<Language, String> languages = new EnumMap<>(Language.class);
              Yaml.entries(node)
                  .forEach(
                      (code, value) ->
                          Language.fromCode(code)
                              .ifPresent(
                                  l -> Yaml.text(value).ifPresent(t -> languages.put(l, t))));
              entries.put(item, languages);
            });
    return new TranslationLedger(entries);
  }
}

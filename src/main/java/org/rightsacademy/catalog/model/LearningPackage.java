package org.rightsacademy.catalog.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A learning package as its author wrote it: the manifest, the outline of modules and lessons (in
 * Markdown), every quiz (module quizzes, the pre-test and the final test) with its questions, the
 * names of its other files (pictures, notes), whose bytes stay with the files, and the translation
 * ledger. Immutable: an edit is a function from one package to the next. {@link PackageFormat}
 * reads and writes it; the catalogue validates and renders it.
 */
public record LearningPackage(
    Manifest manifest,
    List<Module> modules,
    List<Quiz> quizzes,
    Set<String> media,
    TranslationLedger ledger,
    Map<String, Localized<String>> altTexts) {

  public LearningPackage {
    modules = List.copyOf(modules);
    quizzes = List.copyOf(quizzes);
    media = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(media));
    altTexts = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(altTexts));
  }

  /** A package whose pictures have no alt texts of their own ({@code images.yaml}). */
  public LearningPackage(
      Manifest manifest,
      List<Module> modules,
      List<Quiz> quizzes,
      Set<String> media,
      TranslationLedger ledger) {
    this(manifest, modules, quizzes, media, ledger, Map.of());
  }

  /**
   * A picture's alt text in one language, from {@code images.yaml} (by its path in the package);
   * null when it has none there.
   */
  public String altText(String image, org.rightsacademy.platform.Language language) {
    Localized<String> texts = altTexts.get(image);
    return texts == null ? null : texts.values().get(language);
  }

  /** A copy with one picture's alt texts replaced; empty texts remove its entry. */
  public LearningPackage withAltTexts(String image, Localized<String> texts) {
    Map<String, Localized<String>> changed = new java.util.TreeMap<>(altTexts);
    if (texts == null || texts.values().isEmpty()) {
      changed.remove(image);
    } else {
      changed.put(image, texts);
    }
    return new LearningPackage(manifest, modules, quizzes, media, ledger, changed);
  }

  public Optional<Quiz> quiz(String id) {
    return quizzes.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  public Optional<Module> module(String id) {
    return modules.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** Every lesson, module by module. */
  public Stream<Lesson> lessons() {
    return modules.stream().flatMap(m -> m.lessons().stream());
  }

  public LearningPackage withManifest(Manifest newManifest) {
    return new LearningPackage(newManifest, modules, quizzes, media, ledger, altTexts);
  }

  public LearningPackage withModules(List<Module> newModules) {
    return new LearningPackage(manifest, newModules, quizzes, media, ledger, altTexts);
  }

  public LearningPackage withQuizzes(List<Quiz> newQuizzes) {
    return new LearningPackage(manifest, modules, newQuizzes, media, ledger, altTexts);
  }

  public LearningPackage withMedia(Set<String> newMedia) {
    return new LearningPackage(manifest, modules, quizzes, newMedia, ledger, altTexts);
  }

  public LearningPackage withLedger(TranslationLedger newLedger) {
    return new LearningPackage(manifest, modules, quizzes, media, newLedger, altTexts);
  }

  /** A copy with one quiz replaced (by id); unchanged when it has no such quiz. */
  public LearningPackage withQuiz(Quiz changed) {
    return withQuizzes(
        quizzes.stream().map(q -> q.id().equals(changed.id()) ? changed : q).toList());
  }
}

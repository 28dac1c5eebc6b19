package org.rightsacademy.catalog.model;

import java.util.List;
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
    TranslationLedger ledger) {

  public LearningPackage {
    modules = List.copyOf(modules);
    quizzes = List.copyOf(quizzes);
    media = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(media));
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
    return new LearningPackage(newManifest, modules, quizzes, media, ledger);
  }

  public LearningPackage withModules(List<Module> newModules) {
    return new LearningPackage(manifest, newModules, quizzes, media, ledger);
  }

  public LearningPackage withQuizzes(List<Quiz> newQuizzes) {
    return new LearningPackage(manifest, modules, newQuizzes, media, ledger);
  }

  public LearningPackage withMedia(Set<String> newMedia) {
    return new LearningPackage(manifest, modules, quizzes, newMedia, ledger);
  }

  public LearningPackage withLedger(TranslationLedger newLedger) {
    return new LearningPackage(manifest, modules, quizzes, media, newLedger);
  }

  /** A copy with one quiz replaced (by id); unchanged when it has no such quiz. */
  public LearningPackage withQuiz(Quiz changed) {
    return withQuizzes(
        quizzes.stream().map(q -> q.id().equals(changed.id()) ? changed : q).toList());
  }
}

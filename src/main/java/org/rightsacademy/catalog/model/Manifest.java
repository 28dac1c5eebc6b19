package org.rightsacademy.catalog.model;

import java.util.List;
import org.rightsacademy.platform.Language;

/**
 * What {@code course.yaml} says about the course as a whole (its modules are in {@link
 * LearningPackage#modules()}).
 *
 * @param languages the declared languages, English first
 * @param passMark per cent, for the module quizzes and the final test unless a quiz sets its own
 * @param certificateShowsScore whether certificates print the final-test grade
 * @param preTest the pre-test's quiz id, or null
 * @param finalTest the final test's quiz id, or null
 */
public record Manifest(
    String code,
    int version,
    List<Language> languages,
    Localized<String> title,
    Localized<String> summary,
    int passMark,
    boolean certificateShowsScore,
    String preTest,
    String finalTest) {

  public Manifest {
    languages = List.copyOf(languages);
  }

  public Manifest withVersion(int newVersion) {
    return new Manifest(
        code,
        newVersion,
        languages,
        title,
        summary,
        passMark,
        certificateShowsScore,
        preTest,
        finalTest);
  }

  public Manifest withLanguages(List<Language> newLanguages) {
    return new Manifest(
        code,
        version,
        newLanguages,
        title,
        summary,
        passMark,
        certificateShowsScore,
        preTest,
        finalTest);
  }

  public Manifest withTexts(Localized<String> newTitle, Localized<String> newSummary) {
    return new Manifest(
        code,
        version,
        languages,
        newTitle,
        newSummary,
        passMark,
        certificateShowsScore,
        preTest,
        finalTest);
  }

  public Manifest withCertificateShowsScore(boolean shows) {
    return new Manifest(
        code, version, languages, title, summary, passMark, shows, preTest, finalTest);
  }
}

package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rightsacademy.catalog.model.LearningPackage;
import org.rightsacademy.platform.Language;

/**
 * The files a {@link Draft} publishes: as declared for the catalogue, and as its learners get them
 * (English standing in for each text still missing in a language).
 */
final class DraftPublishing {

  private DraftPublishing() {}

  /**
   * The files to publish: the course declares English and the given complete translations (so a
   * partial one never rejects the package: its learners read English until it is complete) and
   * carries the given version number.
   */
  static Map<String, byte[]> publishable(Draft draft, List<Language> languages, int version) {
    List<Language> declared = new ArrayList<>(List.of(Language.EN));
    languages.stream().filter(l -> l != Language.EN).forEach(declared::add);
    Draft copy = new Draft(draft);
    copy.apply(
        draft
            .model()
            .withManifest(draft.model().manifest().withLanguages(declared).withVersion(version)));
    return copy.files();
  }

  /**
   * The files learners get: every language the course is translated into is declared, and each text
   * still missing in one of them is filled with the English, marked in the ledger as a stand-in (so
   * the editor keeps showing it as missing) and set left to right. A learner reading Arabic thus
   * sees the one lesson not yet translated in English, not the whole course.
   */
  static Map<String, byte[]> forLearners(Draft draft, int version) {
    Draft copy = new Draft(draft);
    List<TranslationStatus.Item> items = TranslationStatus.of(copy);
    List<Language> targets = TranslationStatus.targets(copy, TranslationStatus.summaries(items));
    LearningPackage filled = draft.model();
    for (TranslationStatus.Item item : items) {
      for (Language language : targets) {
        if (item.state(language) == TranslationStatus.State.MISSING) {
          filled = Translations.standIn(filled, item.key(), language);
        }
      }
    }
    copy.apply(filled);
    return publishable(copy, targets, version);
  }
}

package org.rightsacademy.catalog.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rightsacademy.platform.Language;

/**
 * Which English each translation was made from ({@code translations.yaml}): per item ({@code
 * lesson:basics/definition}, {@code question:basics/who-is-covered}, ...) and language, a
 * fingerprint of the English text, or {@code english} for a text filled in with the English at
 * publication. A package written by hand has none: its translations count as made from the English
 * beside them.
 */
public record TranslationLedger(Map<String, Map<Language, String>> entries) {

  public TranslationLedger {
    Map<String, Map<Language, String>> copy = new LinkedHashMap<>();
    entries.forEach(
        (item, languages) -> {
          if (!languages.isEmpty()) {
            copy.put(item, Map.copyOf(languages));
          }
        });
    entries = java.util.Collections.unmodifiableMap(copy);
  }

  public static TranslationLedger empty() {
    return new TranslationLedger(Map.of());
  }

  /** The fingerprint recorded for an item in a language, or null. */
  public String entry(String item, Language language) {
    return entries.getOrDefault(item, Map.of()).get(language);
  }

  /** A copy with one entry set; a null fingerprint removes it. */
  public TranslationLedger with(String item, Language language, String fingerprint) {
    Map<String, Map<Language, String>> copy = new LinkedHashMap<>(entries);
    Map<Language, String> languages = new java.util.EnumMap<>(Language.class);
    languages.putAll(entries.getOrDefault(item, Map.of()));
    if (fingerprint == null) {
      languages.remove(language);
    } else {
      languages.put(language, fingerprint);
    }
    copy.put(item, languages);
    return new TranslationLedger(copy);
  }

  /** A copy without any entry for the item. */
  public TranslationLedger without(String item) {
    Map<String, Map<Language, String>> copy = new LinkedHashMap<>(entries);
    copy.remove(item);
    return new TranslationLedger(copy);
  }
}

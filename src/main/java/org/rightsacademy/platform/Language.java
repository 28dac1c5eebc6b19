package org.rightsacademy.platform;

import java.util.Locale;
import java.util.Optional;

/** The interface and content languages the platform ships, in the order the switcher shows them. */
public enum Language {
  EN("English", false),
  FR("Français", false),
  RU("Русский", false),
  AR("العربية", true);

  /** The language a visitor gets when neither a choice nor the browser names a supported one. */
  public static final Language DEFAULT = EN;

  private final String nativeName;
  private final boolean rightToLeft;

  Language(String nativeName, boolean rightToLeft) {
    this.nativeName = nativeName;
    this.rightToLeft = rightToLeft;
  }

  /** The ISO 639-1 code, as used in URLs, cookies, bundles and the {@code lang} attribute. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The language's name in itself, so a reader finds it whatever the page's language. */
  public String nativeName() {
    return nativeName;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  /** The value of the HTML {@code dir} attribute. */
  public String direction() {
    return rightToLeft ? "rtl" : "ltr";
  }

  public Locale locale() {
    return Locale.of(code());
  }

  /**
   * The language for a code such as {@code "fr"} or a tag such as {@code "ar-JO"}, if supported.
   */
  public static Optional<Language> fromCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String primary = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
    for (Language language : values()) {
      if (language.code().equals(primary)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * The first supported language among the browser's preferences, which the servlet container hands
   * over already sorted by quality ({@code Accept-Language}).
   */
  public static Optional<Language> firstSupported(Iterable<Locale> preferred) {
    for (Locale locale : preferred) {
      Optional<Language> language = fromCode(locale.toLanguageTag());
      if (language.isPresent()) {
        return language;
      }
    }
    return Optional.empty();
  }
}

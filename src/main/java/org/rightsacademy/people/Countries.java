package org.rightsacademy.people;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** ISO 3166-1 alpha-2 country codes, and their names in the reader's language. */
public final class Countries {

  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  private Countries() {}

  public static boolean isValid(String code) {
    return code != null && CODES.contains(code);
  }

  public static String name(String code, Locale inLanguage) {
    return code == null ? "" : Locale.of("", code).getDisplayCountry(inLanguage);
  }

  /** All codes, sorted by their name in the given language. */
  public static List<String> sortedFor(Locale inLanguage) {
    return Stream.of(Locale.getISOCountries())
        .sorted(Comparator.comparing((String code) -> name(code, inLanguage)))
        .toList();
  }
}

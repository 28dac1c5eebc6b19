package org.rightsacademy.people;

import java.util.Set;
import java.util.TreeSet;

/**
 * The countries whose workshops and reports a trainer or coordinator may see: all of them, or a
 * list. The areas that report or grade filter every query and export through {@link
 * #includes(String)}.
 */
public record Scope(boolean allCountries, Set<String> countries) {

  public static final Scope NONE = new Scope(false, Set.of());
  public static final Scope ALL = new Scope(true, Set.of());

  public Scope {
    countries = allCountries ? Set.of() : Set.copyOf(countries);
  }

  public static Scope of(String... countries) {
    return new Scope(false, Set.of(countries));
  }

  public boolean includes(String country) {
    return allCountries || (country != null && countries.contains(country));
  }

  /** The codes in a stable order, for display and audit entries. */
  public String describe() {
    return allCountries ? "*" : String.join(",", new TreeSet<>(countries));
  }
}

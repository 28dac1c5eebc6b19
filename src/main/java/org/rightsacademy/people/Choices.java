package org.rightsacademy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.omnifaces.util.Faces;
import org.rightsacademy.platform.Language;

/** The options of the account forms' selects, with country names in the page's language. */
@Named
@ApplicationScoped
public class Choices {

  private final Map<Locale, List<String>> countriesByLanguage = new ConcurrentHashMap<>();

  public List<Role> getRoles() {
    return List.of(Role.values());
  }

  public List<Institution> getInstitutions() {
    return List.of(Institution.values());
  }

  public List<Gender> getGenders() {
    return List.of(Gender.values());
  }

  public List<Language> getLanguages() {
    return List.of(Language.values());
  }

  public List<String> getCountries() {
    return countriesByLanguage.computeIfAbsent(locale(), Countries::sortedFor);
  }

  public String countryName(String code) {
    return Countries.name(code, locale());
  }

  private static Locale locale() {
    return Faces.getLocale();
  }
}

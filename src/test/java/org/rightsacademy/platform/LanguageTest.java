package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void regionalTagsMapToTheirLanguage() {
    assertEquals(Optional.of(Language.AR), Language.fromCode("ar-JO"));
    assertEquals(Optional.of(Language.FR), Language.fromCode("fr_SN"));
    assertEquals(Optional.of(Language.RU), Language.fromCode(" RU-by "));
  }

  @Test
  void unsupportedOrEmptyCodesAreNoLanguage() {
    assertTrue(Language.fromCode("de").isEmpty());
    assertTrue(Language.fromCode("").isEmpty());
    assertTrue(Language.fromCode(null).isEmpty());
  }

  @Test
  void browserPreferencesAreTakenInOrderSkippingUnsupportedOnes() {
    List<Locale> preferred = List.of(Locale.GERMAN, Locale.of("ru", "BY"), Locale.FRENCH);
    assertEquals(Optional.of(Language.RU), Language.firstSupported(preferred));
  }

  @Test
  void onlyArabicIsWrittenRightToLeft() {
    for (Language language : Language.values()) {
      assertEquals(language == Language.AR ? "rtl" : "ltr", language.direction(), language.code());
    }
  }
}

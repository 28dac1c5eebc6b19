package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Values written for people: as each language writes them, never as ISO stamps or codes. */
class HumanTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 5);
  static final Instant AT = Instant.parse("2026-12-05T21:42:08.117868Z");
  static final ZoneId UTC = ZoneId.of("UTC");

  @Test
  void datesAreWrittenAsEachLanguageWritesThem() {
    assertEquals("Dec 5, 2026", Human.in(Language.EN).date(DAY));
    assertEquals("5 déc. 2026", Human.in(Language.FR).date(DAY));
    assertEquals("5 дек. 2026 г.", Human.in(Language.RU).date(DAY).replaceAll("\\h", " "));
    assertEquals("5 ديسمبر 2026", Human.in(Language.AR).date(DAY));
  }

  @Test
  void timesAreInTheTimeZoneAndNeverIso() {
    assertEquals("5 déc. 2026 21:42", Human.in(Language.FR).at(UTC).dateTime(AT));
    assertEquals(
        "6 déc. 2026 06:42", Human.in(Language.FR).at(ZoneId.of("Asia/Tokyo")).dateTime(AT));
    for (Language language : Language.values()) {
      String written = Human.in(language).dateTime(AT);
      assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(written).find(), written);
    }
    assertEquals("5 déc. 2026 21:42:08", Human.in(Language.FR).moment(AT));
  }

  @Test
  void periodsAndDaysOfAWorkshop() {
    assertEquals(
        "2 nov. 2026 – 4 nov. 2026",
        Human.in(Language.FR).period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 4)));
    assertEquals("5 déc. 2026", Human.in(Language.FR).period(DAY, DAY));
    assertEquals("sam. 5 déc.", Human.in(Language.FR).day(DAY));
  }

  @Test
  void countriesByNameInTheReadersLanguage() {
    assertEquals("Sénégal", Human.in(Language.FR).country("SN"));
    assertEquals("Senegal", Human.in(Language.EN).country("SN"));
    assertEquals("Сенегал", Human.in(Language.RU).country("SN"));
    assertEquals("السنغال", Human.in(Language.AR).country("SN"));
    assertEquals("", Human.in(Language.FR).country(null));
  }

  @Test
  void statusesAndQuizRolesFromTheBundles() {
    assertEquals("Terminé", Human.in(Language.FR).status("COMPLETED"));
    assertEquals("مكتملة", Human.in(Language.AR).status("COMPLETED"));
    assertEquals("В процессе", Human.in(Language.RU).status("IN_PROGRESS"));
    assertEquals("Final test", Human.in(Language.EN).quizKind("FINAL_TEST"));
    assertEquals("Test initial", Human.in(Language.FR).quizKind("PRE_TEST"));
  }
}

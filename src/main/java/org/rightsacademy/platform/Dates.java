package org.rightsacademy.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as a reader's language writes them in full ("9 December 2026", "9 декабря 2026 г."), days
 * counted in UTC.
 */
public final class Dates {

  private Dates() {}

  public static String longDate(LocalDate day, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
  }

  public static String longDate(Instant at, Locale locale) {
    return longDate(LocalDate.ofInstant(at, ZoneOffset.UTC), locale);
  }
}

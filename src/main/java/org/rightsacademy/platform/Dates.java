package org.rightsacademy.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as a reader's language writes them in full ("9 December 2026", "9 декабря 2026 г."); the
 * day of an instant is the day it is in the platform's time zone ({@code RA_TIME_ZONE}, see {@link
 * Human#zone()}), as pages show it, not in UTC nor the server's own zone.
 */
public final class Dates {

  private Dates() {}

  public static String longDate(LocalDate day, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
  }

  public static String longDate(Instant at, Locale locale) {
    return longDate(at, locale, Human.zone());
  }

  /** The day an instant falls on in the given time zone, written in full. */
  public static String longDate(Instant at, Locale locale, ZoneId zone) {
    return longDate(LocalDate.ofInstant(at, zone), locale);
  }
}

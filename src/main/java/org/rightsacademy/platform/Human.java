package org.rightsacademy.platform;

import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

/**
 * The one place that writes values for a person to read, in their language: dates and times as the
 * language writes them ("5 déc. 2026", "5 ديسمبر 2026، 21:42"; never ISO), country names from ISO
 * codes ("SN" → "Sénégal"), and statuses and quiz roles from the bundles ({@code status.COMPLETED},
 * {@code quiz.kind.FINAL_TEST}). Pages use it through {@link HumanText} ({@code
 * #{human.dateTime(…)}}); PDFs and other non-page output through {@link #in(Language)}.
 *
 * <p>Times are shown in the platform's time zone: {@code RA_TIME_ZONE} (an IANA name such as {@code
 * Africa/Dakar}), or else the server's own, which on a workshop laptop is the room's. Accounts and
 * workshops carry no time zone of their own.
 */
public final class Human {

  private static final Logger LOG = Logger.getLogger(Human.class.getName());
  private static final ZoneId ZONE = configuredZone();
  private static final Map<Language, Human> BY_LANGUAGE = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      BY_LANGUAGE.put(language, new Human(language, ZONE));
    }
  }

  private final Language language;
  private final Locale locale;
  private final ZoneId zone;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;
  private final DateTimeFormatter day;
  private final DateTimeFormatter moment;

  private Human(Language language, ZoneId zone) {
    this.language = language;
    this.locale = language.locale();
    this.zone = zone;
    // CLDR skeletons: the language's own order, month names and separators, with the year.
    this.date = DateTimeFormatter.ofLocalizedPattern("yMMMd").withLocale(locale);
    this.dateTime = DateTimeFormatter.ofLocalizedPattern("yMMMdHm").withLocale(locale);
    this.day = DateTimeFormatter.ofLocalizedPattern("MMMEd").withLocale(locale);
    this.moment =
        DateTimeFormatter.ofLocalizedPattern("yMMMdHms")
            .withLocale(locale)
            .withZone(java.time.ZoneOffset.UTC);
  }

  /** The writer for a language, in the platform's time zone. */
  public static Human in(Language language) {
    return BY_LANGUAGE.get(language == null ? Language.DEFAULT : language);
  }

  /** The same language in another time zone (a workshop's, once one is known). */
  public Human at(ZoneId other) {
    return other == null || other.equals(zone) ? this : new Human(language, other);
  }

  /** The platform's time zone: {@code RA_TIME_ZONE}, or the server's. */
  public static ZoneId zone() {
    return ZONE;
  }

  public Language language() {
    return language;
  }

  public Locale locale() {
    return locale;
  }

  /** A day with its year: "Dec 5, 2026", "5 déc. 2026", "5 дек. 2026 г.", "5 ديسمبر 2026". */
  public String date(LocalDate value) {
    return value == null ? "" : date.format(value);
  }

  /** The day an instant falls on, in the time zone. */
  public String date(Instant value) {
    return value == null ? "" : date.format(value.atZone(zone));
  }

  /** A day and time to the minute, in the time zone: "5 déc. 2026 21:42". */
  public String dateTime(Instant value) {
    return value == null ? "" : dateTime.format(value.atZone(zone));
  }

  /** A moment to the second in UTC, for logs that say so: "5 déc. 2026 21:42:08". */
  public String moment(Instant value) {
    return value == null ? "" : moment.format(value);
  }

  /** A day of a week-long event, without the year: "sam. 5 déc.". */
  public String day(LocalDate value) {
    return value == null ? "" : day.format(value);
  }

  /** From one day to another: "2 nov. 2026 – 4 nov. 2026"; one day alone when they are equal. */
  public String period(LocalDate from, LocalDate to) {
    if (from == null || to == null || from.equals(to)) {
      return date(from == null ? to : from);
    }
    return date(from) + " – " + date(to);
  }

  /** A country's name in the language, from its ISO 3166 code; empty for none. */
  public String country(String code) {
    if (code == null || code.isBlank()) {
      return "";
    }
    String name = Locale.of("", code.strip()).getDisplayCountry(locale);
    return name.isBlank() ? code : name;
  }

  /** A status ({@code COMPLETED}, {@code IN_PROGRESS}, …) as the bundle words it. */
  public String status(Object code) {
    return code == null ? "" : word("status." + name(code));
  }

  /** What part of a course a quiz is ({@code PRE_TEST}, {@code MODULE}, {@code FINAL_TEST}). */
  public String quizKind(Object kind) {
    return kind == null ? "" : word("quiz.kind." + name(kind));
  }

  /** The bundle's text for a key in the language, with {0}-style arguments; the key if missing. */
  public String text(String key, Object... arguments) {
    String pattern = word(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  private String word(String key) {
    try {
      return ResourceBundle.getBundle("i18n.messages", locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  private static String name(Object code) {
    return code instanceof Enum<?> e ? e.name() : code.toString();
  }

  private static ZoneId configuredZone() {
    String configured = System.getenv("RA_TIME_ZONE");
    if (configured == null || configured.isBlank()) {
      configured = System.getProperty("ra.time.zone");
    }
    if (configured != null && !configured.isBlank()) {
      try {
        return ZoneId.of(configured.strip());
      } catch (DateTimeException e) {
        LOG.warning(
            () -> "RA_TIME_ZONE is not a time zone (" + e.getMessage() + "): using the server's");
      }
    }
    return ZoneId.systemDefault();
  }
}

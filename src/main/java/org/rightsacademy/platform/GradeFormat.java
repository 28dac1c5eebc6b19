package org.rightsacademy.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The one way a grade is written for people — review, quiz page, transcript, certificate: at most
 * one decimal, in the reader's language ("91.7", "91,7", "٩١٫٧"), the per cent sign or words coming
 * from the message around it. One decimal, not whole per cent, because a whole number would show
 * 69.6 % as "70 %" beside a pass mark of 70 and a "not passed"; rounded down for the same reason,
 * so a grade shown never reaches a mark the attempt missed. Stored scores keep two decimals.
 */
@Named("grades")
@RequestScoped
public class GradeFormat {

  @Inject private LanguagePreference language;

  /** A grade in per cent, without the sign. */
  public static String percent(double value, Locale locale) {
    return number(BigDecimal.valueOf(value).setScale(1, RoundingMode.DOWN), locale);
  }

  /** A difference of grades in points (knowledge gain), signed when negative. */
  public static String points(double value, Locale locale) {
    return number(BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP), locale);
  }

  private static String number(BigDecimal value, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(0);
    format.setMaximumFractionDigits(1);
    return format.format(value);
  }

  /** {@code #{grades.grade(value)}}: a grade in the reader's language; a dash for none. */
  public String grade(Double value) {
    return value == null ? "—" : percent(value, language.getCurrent().locale());
  }

  /** {@code #{grades.gain(value)}}: points in the reader's language; a dash for none. */
  public String gain(Double value) {
    return value == null ? "—" : points(value, language.getCurrent().locale());
  }
}

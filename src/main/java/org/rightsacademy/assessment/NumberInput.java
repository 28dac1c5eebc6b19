package org.rightsacademy.assessment;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rightsacademy.platform.Language;

/**
 * A number as a learner types it, read in the language of the attempt: "3,5" in French or Russian,
 * "٣٫٥" in Arabic (Arabic-Indic digits and separators), "1 000" or "1,000" with a thousands
 * separator, a minus sign or a hyphen. Anything else is not a number, and the learner is told so.
 */
public final class NumberInput {

  private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern GROUPED_COMMA = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern GROUPED_DOT =
      Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3}){2,}(,\\d+)?");

  /** Longest number accepted, in characters as typed. */
  static final int MAX_LENGTH = 40;

  private NumberInput() {}

  /** The number, or empty when the text is not one. */
  public static Optional<BigDecimal> parse(String typed, Language language) {
    if (typed == null || typed.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    StringBuilder ascii = new StringBuilder();
    for (int i = 0; i < typed.length(); i++) {
      char c = typed.charAt(i);
      if (c >= '\u0660' && c <= '\u0669') {
        ascii.append((char) ('0' + c - '\u0660'));
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        ascii.append((char) ('0' + c - '\u06F0'));
      } else if (c == '\u066B') {
        ascii.append('.'); // Arabic decimal separator
      } else if (c == '\u066C' || c == '\'' || c == '\u2019' || Character.isSpaceChar(c)) {
        continue; // thousands separators (Arabic, Swiss, spaces of every width)
      } else if (c == '\u2212' || c == '\u2010' || c == '\u2011' || c == '\u2013') {
        ascii.append('-');
      } else if (c == '\u060C') {
        ascii.append(','); // Arabic comma
      } else if (c == '\u200E' || c == '\u200F' || c == '\u061C') {
        continue; // direction marks a right-to-left keyboard may add
      } else if (Character.isWhitespace(c)) {
        continue;
      } else {
        ascii.append(c);
      }
    }
    String text = ascii.toString();
    String canonical;
    if (PLAIN.matcher(text).matches()) {
      canonical = text;
    } else if (GROUPED_COMMA.matcher(text).matches() && !decimalComma(language)) {
      canonical = text.replace(",", "");
    } else if (GROUPED_DOT.matcher(text).matches()) {
      canonical = text.replace(".", "").replace(',', '.');
    } else if (text.indexOf('.') < 0 && text.chars().filter(c -> c == ',').count() == 1) {
      canonical = text.replace(',', '.');
    } else if (text.matches("[-+]?\\d{1,3}(\\.\\d{3})+,\\d+")) {
      canonical = text.replace(".", "").replace(',', '.');
    } else {
      return Optional.empty();
    }
    if (canonical.startsWith("+")) {
      canonical = canonical.substring(1);
    }
    if (canonical.endsWith(".")) {
      canonical = canonical.substring(0, canonical.length() - 1);
    }
    try {
      return Optional.of(new BigDecimal(canonical.startsWith(".") ? "0" + canonical : canonical));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * The number in the form it is stored in (and shown back): digits, at most one dot, no exponent;
   * empty when the text is not a number.
   */
  public static Optional<String> normalise(String typed, Language language) {
    return parse(typed, language).map(n -> n.stripTrailingZeros().toPlainString());
  }

  /** Languages writing a decimal comma: "1,000" there is one, not a thousand. */
  private static boolean decimalComma(Language language) {
    return language == Language.FR || language == Language.RU;
  }

  /** A number as the learner's language writes it: "3,5" in French and Russian, "٣٫٥" in Arabic. */
  public static String show(String stored, Language language) {
    if (stored == null || stored.isEmpty()) {
      return "";
    }
    return switch (language) {
      case FR, RU -> stored.replace('.', ',');
      default -> stored;
    };
  }
}

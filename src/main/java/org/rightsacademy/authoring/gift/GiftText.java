package org.rightsacademy.authoring.gift;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsacademy.authoring.gift.GiftQuestion.Format;

/**
 * GIFT's escapes and small syntax. While a question is parsed, each escaped character ({@code \~ \=
 * \# \{ \} \: \\ \n}) is held as two Unicode non-characters, so the structure can be found with
 * plain searches and every offset still matches the text as written (for line numbers).
 */
final class GiftText {

  private static final char HOLD = '\uFDD0';
  private static final char FIRST_CODE = '\uFDE0';
  private static final String ESCAPABLE = "\\:#={}~n";
  private static final String SPECIAL = "\\:#={}~";
  private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d*)?)%");
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private GiftText() {}

  /** The text with each escape held, the same length as before. */
  static String hold(String text) {
    StringBuilder held = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int code = c == '\\' && i + 1 < text.length() ? ESCAPABLE.indexOf(text.charAt(i + 1)) : -1;
      if (code >= 0) {
        held.append(HOLD).append((char) (FIRST_CODE + code));
        i++;
      } else {
        held.append(c);
      }
    }
    return held.toString();
  }

  /** The held text with each escape turned into the character it stands for. */
  static String restore(String held) {
    StringBuilder text = new StringBuilder(held.length());
    for (int i = 0; i < held.length(); i++) {
      char c = held.charAt(i);
      int code = c - FIRST_CODE;
      if (c == HOLD) {
        continue;
      } else if (code >= 0 && code < ESCAPABLE.length()) {
        char escaped = ESCAPABLE.charAt(code);
        text.append(escaped == 'n' ? '\n' : escaped);
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }

  /** The text with GIFT's special characters escaped and line breaks written as {@code \n}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A text part and the format its leading marker names. */
  record Marked(Format format, String text) {}

  /**
   * Takes a leading {@code [html]}, {@code [moodle]}, {@code [plain]} or {@code [markdown]} off a
   * stripped, held text; without one the text keeps {@code otherwise}, and so does an unknown
   * bracket, which stays in the text as Moodle leaves it.
   */
  static Marked marked(String held, Format otherwise) {
    if (held.startsWith("[")) {
      int end = held.indexOf(']');
      if (end > 0) {
        var format = Format.named(held.substring(1, end));
        if (format.isPresent()) {
          return new Marked(format.get(), held.substring(end + 1));
        }
      }
    }
    return new Marked(otherwise, held);
  }

  /** True when a reader would take the start of the text for a format marker. */
  static boolean looksMarked(String text) {
    return marked(text, Format.MOODLE).text().length() != text.length();
  }

  /** The plain text of a held part: marker off, escapes restored, stripped. */
  static String text(String held) {
    return restore(marked(held.strip(), Format.MOODLE).text()).strip();
  }

  /** The weight a held answer starts with ({@code %50%}), in percent. */
  static OptionalDouble weight(String held) {
    Matcher m = WEIGHT.matcher(held);
    return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
  }

  /** How many characters the weight at the start of a held answer takes, 0 for none. */
  static int weightLength(String held) {
    Matcher m = WEIGHT.matcher(held);
    return m.find() ? m.end() : 0;
  }

  /** True when the text would be read as starting with a weight. */
  static boolean looksWeighted(String text) {
    return WEIGHT.matcher(text).find();
  }

  /** The number a numerical answer writes, or empty when it is not one. */
  static OptionalDouble number(String text) {
    String t = text.strip();
    if (!NUMBER.matcher(t).matches()) {
      return OptionalDouble.empty();
    }
    double number = Double.parseDouble(t);
    return Double.isFinite(number) ? OptionalDouble.of(number) : OptionalDouble.empty();
  }

  /** A number as short as it reads: 100, 33.33333, -0.5, 1822. */
  static String format(double number) {
    return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
  }

  /** The first words of a question, to name a question that has no title. */
  static String firstWords(String text, int max) {
    String plain = text.replaceAll("<[^>]{0,500}>", " ").replaceAll("\\s+", " ").strip();
    if (plain.length() <= max) {
      return plain;
    }
    int cut = plain.lastIndexOf(' ', max);
    return plain.substring(0, cut > max / 2 ? cut : max).strip() + "…";
  }
}

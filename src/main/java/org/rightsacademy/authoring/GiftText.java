package org.rightsacademy.authoring;

/**
 * GIFT's escapes (a backslash before {@code ~ = # { } :} or itself, and {@code \n}), held in the
 * private-use area while {@link Gift} parses a question's structure, then restored; and written
 * back by {@link #escape}.
 */
final class GiftText {

  /** Escaped characters stand in the private-use area while the structure is parsed. */
  private static final String ESCAPABLE = "~=#{}:\\";

  private static final char HOLD = '\uE000';

  private GiftText() {}

  static String hold(String text) {
    StringBuilder held = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if (next == 'n') {
          held.append('\n');
          i++;
          continue;
        }
        int index = ESCAPABLE.indexOf(next);
        if (index >= 0) {
          held.append((char) (HOLD + index));
          i++;
          continue;
        }
      }
      held.append(c);
    }
    return held.toString();
  }

  static String restore(String held) {
    StringBuilder text = new StringBuilder();
    for (char c : held.toCharArray()) {
      text.append(c >= HOLD && c < HOLD + ESCAPABLE.length() ? ESCAPABLE.charAt(c - HOLD) : c);
    }
    return text.toString();
  }

  /** Joins a multi-line text into one paragraph per blank-line-separated part, trimmed. */
  static String clean(String text) {
    return text.strip()
        .replaceAll("[ \\t]*\\n[ \\t]*", "\n")
        .replaceAll("(?<!\\n)\\n(?!\\n)", " ")
        .replaceAll("[ \\t]+", " ");
  }

  static String excerpt(String raw) {
    String oneLine = raw.strip().replaceAll("\\s+", " ");
    return oneLine.length() > 60 ? oneLine.substring(0, 57) + "..." : oneLine;
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        escaped.append("\\n");
      } else {
        if (ESCAPABLE.indexOf(c) >= 0) {
          escaped.append('\\');
        }
        escaped.append(c);
      }
    }
    return escaped.toString();
  }
}

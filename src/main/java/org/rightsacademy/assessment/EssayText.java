package org.rightsacademy.assessment;

import java.text.Normalizer;

/**
 * An essay answer as it is stored: plain text (never rendered as HTML; pages escape it), in
 * composed Unicode, with line breaks as {@code \n}, without control characters or the invisible
 * characters that reverse the order of what follows (a direction override can make a trainer read
 * something other than what was written), and trimmed. Its length is counted in characters as a
 * reader counts them (code points).
 */
public final class EssayText {

  private EssayText() {}

  public static String sanitise(String typed) {
    if (typed == null) {
      return "";
    }
    String text =
        Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .filter(
            c ->
                c == '\n'
                    || c == '\t'
                    || !(Character.getType(c) == Character.CONTROL
                        || (c >= 0x202A && c <= 0x202E)
                        || (c >= 0x2066 && c <= 0x2069)
                        || c == 0xFEFF
                        || (c >= 0xFFF9 && c <= 0xFFFB)
                        || Character.getType(c) == Character.UNASSIGNED
                        || Character.getType(c) == Character.PRIVATE_USE))
        .forEach(clean::appendCodePoint);
    return clean.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  /** Its length as a reader counts characters. */
  public static int length(String text) {
    return text == null ? 0 : text.codePointCount(0, text.length());
  }
}

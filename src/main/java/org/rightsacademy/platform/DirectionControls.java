package org.rightsacademy.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * The invisible Unicode controls that open a direction embedding, override or isolate (U+202A to
 * U+202E, U+2066 to U+2069). In a name or a title one of them reorders what is shown after it, so
 * "Amina‮gnp.exe" reads as another text than the one stored, on every page, list, export and
 * certificate that shows it; names and titles refuse them.
 *
 * <p>The marks U+200E (LRM), U+200F (RLM) and U+061C (ALM) stay allowed: they are single zero-width
 * letters with a direction, not a scope that runs on, so they cannot turn the text that follows
 * around, and people typing Arabic with Latin names or digits use them to place punctuation
 * correctly.
 */
public final class DirectionControls {

  private DirectionControls() {}

  /** Whether the code point is an embedding, override, pop or isolate control. */
  public static boolean isControl(int codePoint) {
    return (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }

  /** The first such control in the text, written {@code U+202E}; empty when there is none. */
  public static Optional<String> first(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return text.codePoints()
        .filter(DirectionControls::isControl)
        .boxed()
        .findFirst()
        .map(codePoint -> String.format(Locale.ROOT, "U+%04X", codePoint));
  }
}

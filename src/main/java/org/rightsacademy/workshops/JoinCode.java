package org.rightsacademy.workshops;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Join codes: eight characters, shown as two groups of four (KD7R-MXQ4), from an alphabet
 * without look-alikes or sound-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G), so that a trainer can
 * read one out to a room. About 1.1 × 10^11 codes: guessing one at the join page's rate limit
 * would take ages.
 */
public final class JoinCode {

  static final String ALPHABET = "ACDEFHJKMNPQRTUVWXY3479";
  static final int LENGTH = 8;
  private static final SecureRandom RANDOM = new SecureRandom();

  private JoinCode() {}

  public static String generate() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** "kd7r mxq4", "KD7R-MXQ4" → "KD7RMXQ4"; empty when it cannot be a code. */
  public static Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-–—.]", "");
    if (code.length() != LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
      return Optional.empty();
    }
    return Optional.of(code);
  }

  /** The code as people read it: KD7R-MXQ4. */
  public static String display(String code) {
    return code == null || code.length() != LENGTH ? code : code.substring(0, 4) + "-" + code.substring(4);
  }
}

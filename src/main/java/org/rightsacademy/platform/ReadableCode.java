package org.rightsacademy.platform;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Random codes that people read out, type and print, in groups of four (KD7R-MXQ4), from an
 * alphabet without look-alikes or sound-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, 6/G): 23 symbols, so
 * each character carries about 4.5 bits. Typed input is forgiving about case, spaces and dashes,
 * and strict about everything else.
 */
public final class ReadableCode {

  public static final String ALPHABET = "ACDEFHJKMNPQRTUVWXY3479";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int length;

  public ReadableCode(int length) {
    if (length % 4 != 0) {
      throw new IllegalArgumentException("a code is shown in groups of four: " + length);
    }
    this.length = length;
  }

  public int length() {
    return length;
  }

  public String generate() {
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** "kd7r mxq4", "KD7R-MXQ4" → "KD7RMXQ4"; empty when it cannot be a code. */
  public Optional<String> normalize(String typed) {
    if (typed == null) {
      return Optional.empty();
    }
    String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-‐‑–—.]", "");
    if (code.length() != length || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
      return Optional.empty();
    }
    return Optional.of(code);
  }

  /** The code as people read it: KD7R-MXQ4. */
  public String display(String code) {
    if (code == null || code.length() != length) {
      return code;
    }
    StringBuilder shown = new StringBuilder(code.substring(0, 4));
    for (int group = 4; group < length; group += 4) {
      shown.append('-').append(code, group, group + 4);
    }
    return shown.toString();
  }
}

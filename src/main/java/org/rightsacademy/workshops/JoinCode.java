package org.rightsacademy.workshops;

import java.util.Optional;
import org.rightsacademy.platform.ReadableCode;

/**
 * Join codes: eight characters, shown as two groups of four (KD7R-MXQ4), so that a trainer can read
 * one out to a room. About 7.8 × 10^10 codes: guessing one at the join page's rate limit would take
 * ages.
 */
public final class JoinCode {

  static final int LENGTH = 8;
  private static final ReadableCode CODE = new ReadableCode(LENGTH);

  private JoinCode() {}

  public static String generate() {
    return CODE.generate();
  }

  /** "kd7r mxq4", "KD7R-MXQ4" → "KD7RMXQ4"; empty when it cannot be a code. */
  public static Optional<String> normalize(String typed) {
    return CODE.normalize(typed);
  }

  /** The code as people read it: KD7R-MXQ4. */
  public static String display(String code) {
    return CODE.display(code);
  }
}

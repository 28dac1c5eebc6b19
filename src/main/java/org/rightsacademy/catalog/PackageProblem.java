package org.rightsacademy.catalog;

/**
 * One thing wrong with a learning package, where it is: the file relative to the package folder
 * and the 1-based line (0 when the file itself is missing).
 */
public record PackageProblem(String file, int line, Kind kind, String detail) {

  /** What went wrong; the admin and authoring pages translate these. */
  public enum Kind {
    MISSING_FILE,
    MISSING_TRANSLATION,
    DUPLICATE_ID,
    ANSWER_KEY,
    UNSAFE_HTML,
    NO_SOURCE,
    INVALID_YAML,
    INVALID_VALUE,
    DIRECTION_CONTROL,
    TOO_LARGE,
    UNSAFE_SVG
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + kind + " " + detail;
  }
}

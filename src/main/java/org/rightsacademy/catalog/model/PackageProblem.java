package org.rightsacademy.catalog.model;

/**
 * One thing wrong with a learning package, where it is: the file relative to the package folder and
 * the 1-based line (0 when the file itself is missing). An {@link Severity#ERROR} rejects the
 * package; a {@link Severity#WARNING} is reported and never stops it loading or being published.
 */
public record PackageProblem(String file, int line, Kind kind, String detail, Severity severity) {

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
    UNSAFE_SVG,
    /** A quiz a fixed blind strategy passes (see {@code catalog.GuessingGuard}). */
    GUESSABLE,
    /** True/false keys that lean to one side: outside 35–65 % "true". */
    TRUE_FALSE_BALANCE,
    /** The keyed option of single-choice items is the longest one too often. */
    KEYED_LONGEST,
    /** A choice item with too few options, or a multiple-choice item with too few wrong ones. */
    FEW_OPTIONS
  }

  /** Whether the problem rejects the package. */
  public enum Severity {
    ERROR,
    WARNING
  }

  /** An error: the package is rejected. */
  public PackageProblem(String file, int line, Kind kind, String detail) {
    this(file, line, kind, detail, Severity.ERROR);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line: KIND detail}, with {@code warning: } before the kind for a warning. */
  @Override
  public String toString() {
    return file + ":" + line + ": " + (isError() ? "" : "warning: ") + kind + " " + detail;
  }
}

package org.rightsacademy.authoring.gift;

/**
 * Why a question could not be read, and the line of the file it was found on (1 is the first).
 * {@link #kind()} lets a page word the reason in the reader's language; {@link #toString()} words
 * it in English, e.g. {@code line 42: numerical answer '3:x' is not a number}.
 */
public record GiftProblem(int line, Kind kind, String detail) {

  public enum Kind {
    TOO_LONG("question too long: %s"),
    UNCLOSED_BRACE("'{' without a matching '}' after '%s'"),
    STRAY_BRACE("'}' without a '{' before it, after '%s'"),
    EXTRA_BRACES("a second pair of braces after the answers, '%s' (write a brace as \\{ or \\})"),
    NO_TEXT("question without text: '%s'"),
    TOO_FEW_CHOICES("multiple choice with fewer than two answers: '%s'"),
    EMPTY_ANSWER("empty answer in '%s'"),
    BAD_WEIGHT("weight %s%% is outside -100..100"),
    NO_ARROW("matching pair '%s' has no '->'"),
    TOO_FEW_PAIRS("matching with fewer than two pairs: '%s'"),
    NO_NUMBER("numerical question without an answer: '%s'"),
    NOT_A_NUMBER("numerical answer '%s' is not a number");

    private final String template;

    Kind(String template) {
      this.template = template;
    }
  }

  /** The reason in English, without the line. */
  public String reason() {
    return String.format(kind.template, detail);
  }

  @Override
  public String toString() {
    return "line " + line + ": " + reason();
  }
}

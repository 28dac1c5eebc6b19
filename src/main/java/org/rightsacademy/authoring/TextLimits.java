package org.rightsacademy.authoring;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long each text the editor stores may be, in characters (code points), checked before anything
 * is written: a lesson of a book's length or a pasted question of a million characters is refused
 * with the field and the limit, and the draft stays as it was (and stays readable, far below the
 * YAML reader's own limit per file).
 */
public final class TextLimits {

  /** The texts with a limit; {@code key} names the field in the message bundles. */
  public enum Field {
    LESSON_TITLE(200),
    LESSON_TEXT(100_000),
    ALT_TEXT(300),
    QUESTION_TEXT(5_000),
    OPTION(1_000),
    FEEDBACK(2_000),
    SOURCE(300),
    ACCEPTED(org.rightsacademy.catalog.model.Question.ShortAnswer.MAX_LENGTH),
    SCENARIO(5_000);

    private final int max;

    Field(int max) {
      this.max = max;
    }

    public int max() {
      return max;
    }

    /** The bundle key of the field's name: {@code author.limit.field.lesson_text}. */
    public String key() {
      return "author.limit.field." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A text over its field's limit; nothing was stored. */
  @ApplicationException(rollback = true)
  public static class TooLong extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final Field field;
    private final int length;

    public TooLong(Field field, int length) {
      super(field + " is " + length + " characters; the limit is " + field.max());
      this.field = field;
      this.length = length;
    }

    public Field field() {
      return field;
    }

    public int length() {
      return length;
    }
  }

  private TextLimits() {}

  /** The text's length in characters (code points); 0 for null. */
  public static int length(String text) {
    return text == null ? 0 : text.codePointCount(0, text.length());
  }

  /** Whether the text fits the field. */
  public static boolean fits(Field field, String text) {
    return length(text) <= field.max();
  }

  /** Throws {@link TooLong} when the text does not fit. */
  static void check(Field field, String text) {
    if (!fits(field, text)) {
      throw new TooLong(field, length(text));
    }
  }

  /** Every text of a question in one language that does not fit, in form order. */
  public static List<TooLong> question(QuestionWords words) {
    List<TooLong> over = new ArrayList<>();
    add(over, Field.QUESTION_TEXT, words.text());
    add(over, Field.SOURCE, words.source());
    add(over, Field.FEEDBACK, words.feedback());
    for (QuestionWords.OptionWords option : words.options().values()) {
      add(over, Field.OPTION, option.text());
      add(over, Field.FEEDBACK, option.feedback());
    }
    for (Map.Entry<String, String> match : words.matches().entrySet()) {
      add(over, Field.OPTION, match.getValue());
    }
    words.accept().forEach(a -> add(over, Field.ACCEPTED, a));
    return over;
  }

  private static void add(List<TooLong> over, Field field, String text) {
    if (!fits(field, text)) {
      over.add(new TooLong(field, length(text)));
    }
  }
}

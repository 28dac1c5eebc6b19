package org.rightsacademy.authoring.gift;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One question as a GIFT file carries it. A "missing word" question is any answer type whose braces
 * stand inside the sentence: its {@link Header#textAfter()} is not empty, and the blank goes
 * between {@link Header#text()} and it, as Moodle does.
 */
public sealed interface GiftQuestion {

  Header header();

  /** The text format a {@code [marker]} names; {@link #MOODLE} when there is none. */
  enum Format {
    MOODLE,
    HTML,
    PLAIN,
    MARKDOWN;

    /** The marker as written, e.g. {@code [html]}. */
    public String marker() {
      return "[" + name().toLowerCase(Locale.ROOT) + "]";
    }

    /** The format a marker's name stands for; Moodle takes the names in lower case only. */
    static Optional<Format> named(String name) {
      for (Format format : values()) {
        if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
          return Optional.of(format);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * What every question has. {@code titled} is false when the file gave no {@code ::title::} and
   * the title was made from the first words; {@code category} is the last {@code $CATEGORY:} path
   * before the question ("" for none); {@code idNumber} and {@code tags} come from the {@code //
   * [id:…] [tag:…]} comment Moodle writes. Texts are plain strings, "" when absent.
   */
  record Header(
      String title,
      boolean titled,
      String category,
      Format format,
      String text,
      String textAfter,
      String generalFeedback,
      String idNumber,
      List<String> tags) {

    public Header {
      title = Objects.requireNonNullElse(title, "");
      category = Objects.requireNonNullElse(category, "");
      format = Objects.requireNonNullElse(format, Format.MOODLE);
      text = Objects.requireNonNullElse(text, "");
      textAfter = Objects.requireNonNullElse(textAfter, "");
      generalFeedback = Objects.requireNonNullElse(generalFeedback, "");
      idNumber = Objects.requireNonNullElse(idNumber, "");
      tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A titled question in Moodle's default format, with no category, feedback or tags. */
    public static Header of(String title, String text) {
      return new Header(title, true, "", Format.MOODLE, text, "", "", "", List.of());
    }

    public Header withCategory(String newCategory) {
      return new Header(
          title, titled, newCategory, format, text, textAfter, generalFeedback, idNumber, tags);
    }

    public Header withFormat(Format newFormat) {
      return new Header(
          title, titled, category, newFormat, text, textAfter, generalFeedback, idNumber, tags);
    }

    public Header withGeneralFeedback(String feedback) {
      return new Header(title, titled, category, format, text, textAfter, feedback, idNumber, tags);
    }

    /** The same question with its answers inside the sentence, before {@code after}. */
    public Header withTextAfter(String after) {
      return new Header(
          title, titled, category, format, text, after, generalFeedback, idNumber, tags);
    }

    /** True when the answers stand inside the sentence (Moodle's "missing word" form). */
    public boolean missingWord() {
      return !textAfter.isBlank();
    }
  }

  /**
   * An answer of a choice or short-answer question: its text, its weight in percent (-100 to 100;
   * 100 is right, 0 wrong) and the feedback shown when it is given.
   */
  record Answer(String text, double weight, String feedback) {
    public Answer {
      Objects.requireNonNull(text);
      finite(weight);
      feedback = Objects.requireNonNullElse(feedback, "");
    }

    /** Moodle's short-answer wildcard: {@code *} accepts whatever the learner typed. */
    public boolean catchAll() {
      return text.equals("*");
    }
  }

  /** A matching pair; a pair with an empty left side is a distractor (an extra right answer). */
  record Pair(String left, String right) {
    public Pair {
      Objects.requireNonNull(left);
      Objects.requireNonNull(right);
    }

    public boolean distractor() {
      return left.isEmpty();
    }
  }

  /** What numbers a numerical answer accepts: a value with a tolerance, or a range. */
  sealed interface Accepts {}

  /** {@code #3:2}: 3 plus or minus 2; {@code #3} is a tolerance of 0. */
  record Tolerance(double value, double tolerance) implements Accepts {
    public Tolerance {
      finite(value);
      finite(tolerance);
    }
  }

  /** {@code #1..5}: anything from 1 to 5. */
  record Range(double min, double max) implements Accepts {
    public Range {
      finite(min);
      finite(max);
    }
  }

  /** A numerical answer with its weight in percent and feedback. */
  record NumericAnswer(Accepts accepts, double weight, String feedback) {
    public NumericAnswer {
      Objects.requireNonNull(accepts);
      finite(weight);
      feedback = Objects.requireNonNullElse(feedback, "");
    }
  }

  /** GIFT writes numbers in decimals: no infinity, no NaN. */
  private static void finite(double number) {
    if (!Double.isFinite(number)) {
      throw new IllegalArgumentException("not a finite number: " + number);
    }
  }

  /** One right answer ({@code =}), the others wrong ({@code ~}) or partly right ({@code ~%50%}). */
  record MultipleChoice(Header header, List<Answer> answers) implements GiftQuestion {
    public MultipleChoice {
      answers = List.copyOf(answers);
    }
  }

  /**
   * Several answers to tick, each with its weight ({@code ~%50%}, {@code ~%-100%}); no {@code =}.
   */
  record MultipleResponse(Header header, List<Answer> answers) implements GiftQuestion {
    public MultipleResponse {
      answers = List.copyOf(answers);
    }
  }

  /**
   * {@code {TRUE#wrong#right}}: {@code wrongFeedback} is shown to a learner who answers wrongly,
   * {@code rightFeedback} to one who answers rightly.
   */
  record TrueFalse(Header header, boolean answer, String wrongFeedback, String rightFeedback)
      implements GiftQuestion {
    public TrueFalse {
      wrongFeedback = Objects.requireNonNullElse(wrongFeedback, "");
      rightFeedback = Objects.requireNonNullElse(rightFeedback, "");
    }
  }

  /** Typed answers, each with a weight and feedback; {@code *} catches every other answer. */
  record ShortAnswer(Header header, List<Answer> answers) implements GiftQuestion {
    public ShortAnswer {
      answers = List.copyOf(answers);
    }
  }

  /** Pairs to match, distractors included. */
  record Matching(Header header, List<Pair> pairs) implements GiftQuestion {
    public Matching {
      pairs = List.copyOf(pairs);
    }
  }

  /**
   * Numbers with weights and feedback; {@code otherwiseFeedback} ({@code ~#…}) is shown for any
   * other number.
   */
  record Numerical(Header header, List<NumericAnswer> answers, String otherwiseFeedback)
      implements GiftQuestion {
    public Numerical {
      answers = List.copyOf(answers);
      otherwiseFeedback = Objects.requireNonNullElse(otherwiseFeedback, "");
    }
  }

  /** {@code {}}: an open answer a person grades. */
  record Essay(Header header) implements GiftQuestion {}

  /** Text without braces: information shown between questions, not a question. */
  record Description(Header header) implements GiftQuestion {}

  /**
   * A question of a type GIFT has no form for (ordering, say), named by {@code type}; the reader
   * never makes one, and the writer leaves it out with a comment saying so.
   */
  record Unsupported(Header header, String type) implements GiftQuestion {}
}

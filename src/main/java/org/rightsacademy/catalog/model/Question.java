package org.rightsacademy.catalog.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A question of a quiz, one record per type. What every type shares is in {@link Common}; each
 * record adds its answer key. Adding a type is one record here, its entry in {@link QuestionYaml}
 * (read and write), its grader and its view: see {@code DEVELOPING.md}.
 */
public sealed interface Question
    permits Question.SingleChoice,
        Question.MultipleChoice,
        Question.TrueFalse,
        Question.Matching,
        Question.Ordering,
        Question.ShortText,
        Question.Numerical,
        Question.Essay {

  Common common();

  /** The same question with other shared parts (id, texts, tags...). */
  Question with(Common common);

  /**
   * The options (choices, items to order, items to match) its texts give words to; true-false has
   * {@code true} and {@code false}, short text none.
   */
  List<String> options();

  default String id() {
    return common().id();
  }

  default Localized<QuestionText> texts() {
    return common().texts();
  }

  /**
   * The tags a quiz can draw it by: the id of the quiz it is written in, its own tags, and the tag
   * of the provision its English source names ({@link #sourceTag}).
   */
  default Set<String> bankTags(String quiz) {
    Set<String> tags = new java.util.LinkedHashSet<>();
    tags.add(quiz);
    tags.addAll(common().tags());
    texts()
        .in(org.rightsacademy.platform.Language.EN)
        .flatMap(english -> sourceTag(english.source()))
        .ifPresent(tags::add);
    return tags;
  }

  /**
   * The tag a question gets from its English legal source, so that a quiz can draw by provision:
   * "ICRMW art. 16(7)" → {@code icrmw-art-16}, "Principle 7" → {@code principle-7}, "Border
   * Guideline 8" → {@code border-guideline-8}. Sources without a number give no tag.
   */
  static java.util.Optional<String> sourceTag(String source) {
    java.util.regex.Matcher numbered =
        java.util.regex.Pattern.compile("^([^0-9]*?)(\\d+)")
            .matcher(source == null ? "" : source.strip());
    if (!numbered.find()) {
      return java.util.Optional.empty();
    }
    String words =
        numbered
            .group(1)
            .toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^a-z]+", "-")
            .replaceAll("^-|-$", "");
    return words.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(words + "-" + numbered.group(2));
  }

  /**
   * What every question has.
   *
   * @param id unique in the course's bank
   * @param scenario the id of a scenario of its quiz whose case it asks about, or null
   * @param tags tags written on it (the quiz id and the source tag are added by the catalogue)
   * @param shuffle false when its options keep their written order ("all of the above")
   * @param objective the learning objective it measures (its parallel items share it), or null
   * @param texts its words per language
   */
  record Common(
      String id,
      String scenario,
      List<String> tags,
      boolean shuffle,
      String objective,
      Localized<QuestionText> texts) {

    public Common {
      tags = List.copyOf(tags);
    }

    public Common withId(String newId) {
      return new Common(newId, scenario, tags, shuffle, objective, texts);
    }

    public Common withTexts(Localized<QuestionText> newTexts) {
      return new Common(id, scenario, tags, shuffle, objective, newTexts);
    }
  }

  /** The learner picks one option; {@code correct} is its id. */
  record SingleChoice(Common common, List<String> options, String correct) implements Question {
    public SingleChoice {
      options = List.copyOf(options);
    }

    @Override
    public Question with(Common common) {
      return new SingleChoice(common, options, correct);
    }
  }

  /**
   * The learner picks several; partial credit less wrong picks, as the quiz's settings say. {@code
   * weights} (per cent, by option; empty for none) give each option its own credit instead, as
   * Moodle's weights do: the right options' weights add up to 100, a wrong option's is 0 or
   * negative, and a learner scores the sum of the weights picked, between 0 and 100.
   */
  record MultipleChoice(
      Common common, List<String> options, Set<String> correct, Map<String, Double> weights)
      implements Question {
    public MultipleChoice {
      options = List.copyOf(options);
      correct = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(correct));
      weights =
          java.util.Collections.unmodifiableMap(
              new java.util.LinkedHashMap<>(weights == null ? Map.of() : weights));
    }

    /** Scored by the quiz's settings, without weights of its own. */
    public MultipleChoice(Common common, List<String> options, Set<String> correct) {
      this(common, options, correct, Map.of());
    }

    @Override
    public Question with(Common common) {
      return new MultipleChoice(common, options, correct, weights);
    }
  }

  /** A statement that is true or false. */
  record TrueFalse(Common common, boolean correct) implements Question {
    public static final List<String> OPTIONS = List.of("true", "false");

    @Override
    public List<String> options() {
      return OPTIONS;
    }

    @Override
    public Question with(Common common) {
      return new TrueFalse(common, correct);
    }
  }

  /** The learner gives each option its match; {@code pairs} maps option to match. */
  record Matching(
      Common common, List<String> options, List<String> matches, Map<String, String> pairs)
      implements Question {
    public Matching {
      options = List.copyOf(options);
      matches = List.copyOf(matches);
      pairs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pairs));
    }

    @Override
    public Question with(Common common) {
      return new Matching(common, options, matches, pairs);
    }
  }

  /** The learner puts the options in order; {@code order} is the right one. */
  record Ordering(Common common, List<String> options, List<String> order) implements Question {
    public Ordering {
      options = List.copyOf(options);
      order = List.copyOf(order);
    }

    @Override
    public Question with(Common common) {
      return new Ordering(common, options, order);
    }
  }

  /**
   * The learner types a few words. Either a flat list of accepted answers per language, in its
   * texts' {@code accepted} (all full credit, no feedback; {@code answers} empty), or weighted
   * alternatives, as Moodle's short answers: each of {@code answers} is an option whose text (per
   * language) is the words it accepts and whose feedback is shown when it matched; at most one is
   * the catch-all ({@code *}), which matches any non-empty answer no other alternative matched.
   */
  record ShortText(Common common, List<ShortAnswer> answers) implements Question {
    public ShortText {
      answers = List.copyOf(answers == null ? List.of() : answers);
    }

    /** The flat form: the accepted answers per language, all full credit. */
    public ShortText(Common common) {
      this(common, List.of());
    }

    @Override
    public List<String> options() {
      return answers.stream().map(ShortAnswer::id).toList();
    }

    @Override
    public Question with(Common common) {
      return new ShortText(common, answers);
    }
  }

  /**
   * One alternative of a short answer: its id (its words are that option's text per language), the
   * credit it earns in per cent (-100 to 100; the item scores no less than 0) and whether it is the
   * catch-all {@code *}.
   */
  record ShortAnswer(String id, int weight, boolean any) implements java.io.Serializable {
    /** The words a catch-all alternative stands for, in every language. */
    public static final String ANY = "*";

    /** The longest words an alternative may accept, in characters. */
    public static final int MAX_LENGTH = 300;
  }

  /**
   * The learner types a number; each accepted answer is a value with a tolerance or a range, with
   * the credit (weight, per cent) it earns. Its options are the answers' ids, whose texts (per
   * language, optional) are the feedback shown when the number falls in that answer.
   */
  record Numerical(Common common, List<NumericAnswer> answers) implements Question {
    public Numerical {
      answers = List.copyOf(answers);
    }

    @Override
    public List<String> options() {
      return answers.stream().map(NumericAnswer::id).toList();
    }

    @Override
    public Question with(Common common) {
      return new Numerical(common, answers);
    }
  }

  /**
   * One accepted answer of a numerical question: {@code value} ± {@code tolerance}, or the range
   * {@code min}..{@code max} (then {@code value} and {@code tolerance} are null), earning {@code
   * weight} per cent of the question.
   */
  record NumericAnswer(
      String id, Double value, Double tolerance, Double min, Double max, int weight)
      implements java.io.Serializable {

    public static NumericAnswer exact(String id, double value, double tolerance, int weight) {
      return new NumericAnswer(id, value, tolerance, null, null, weight);
    }

    public static NumericAnswer range(String id, double min, double max, int weight) {
      return new NumericAnswer(id, null, null, min, max, weight);
    }

    public boolean isRange() {
      return value == null;
    }

    /** The lowest number this answer accepts. */
    public double low() {
      return isRange() ? min : value - Math.abs(tolerance == null ? 0 : tolerance);
    }

    /** The highest number this answer accepts. */
    public double high() {
      return isRange() ? max : value + Math.abs(tolerance == null ? 0 : tolerance);
    }
  }

  /**
   * The learner writes an open answer in plain text, at most {@code maxLength} characters; a
   * trainer of the learner's workshop grades it, guided by the {@code rubric} (or null).
   */
  record Essay(Common common, int maxLength, String rubric) implements Question {
    /** The longest answer a learner may write unless the question says otherwise. */
    public static final int DEFAULT_LENGTH = 2_000;

    /** The longest any essay question may allow. */
    public static final int MAX_LENGTH = 8_000;

    @Override
    public List<String> options() {
      return List.of();
    }

    @Override
    public Question with(Common common) {
      return new Essay(common, maxLength, rubric);
    }
  }
}

package org.rightsacademy.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.OptionText;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionText;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.platform.Language;

/**
 * A way to answer without reading the question, and what it is expected to score on one question as
 * an attempt shows it. Options shown shuffled put any option first or last with the same chance, so
 * "first option" scores the mean over the options; options in their written order score what the
 * written first (last) option scores. True/false options are always shown true, then false. A
 * strategy that has nothing to say about a question type (ticking every option of a single-choice
 * item, "always true" on a multiple-choice item, any of them on matching, ordering or short-text
 * items) leaves the question blank, which scores 0 as a blank answer does; but on a short answer
 * whose catch-all ({@code *}) earns credit, every strategy but "tick nothing" types something and
 * earns it.
 */
public enum GuessingStrategy {
  /** The first option shown: of a true/false item, "true". */
  FIRST_OPTION("first option"),
  /** The last option shown: of a true/false item, "false". */
  LAST_OPTION("last option"),
  /**
   * The option with the longest text in the learner's language (one of the longest at random on a
   * tie); on multiple choice, that option alone. True/false labels are the same two words in every
   * item, so the longest one is "always true" or "always false" and is not counted here.
   */
  LONGEST_OPTION("longest option"),
  ALWAYS_TRUE("always true"),
  ALWAYS_FALSE("always false"),
  /** Every option of a multiple-choice item. */
  TICK_EVERYTHING("tick everything"),
  /** Every option of a multiple-choice item but the last one shown. */
  TICK_ALL_BUT_LAST("tick all but the last"),
  /** Nothing ticked, nothing chosen. */
  TICK_NOTHING("tick nothing");

  private final String label;

  GuessingStrategy(String label) {
    this.label = label;
  }

  /** How reports name the strategy, e.g. {@code always false}. */
  public String label() {
    return label;
  }

  /**
   * Whether the options of the question are shown in an order of their own in every attempt of a
   * quiz so set.
   */
  static boolean shuffled(Question question, QuizSettings settings) {
    return settings.shuffleOptions()
        && question.shuffle()
        && (question.type() == QuestionType.SINGLE || question.type() == QuestionType.MULTIPLE);
  }

  /**
   * The expected score (0 to 1) of this strategy on the question, read in the given language, in a
   * quiz so set.
   */
  public double expected(Question question, QuizSettings settings, Language language) {
    if (question.key() instanceof AnswerKey.Accepted accepted) {
      return this == TICK_NOTHING ? 0 : anything(accepted, settings);
    }
    if (!(question.key() instanceof AnswerKey.Choices key)) {
      return 0;
    }
    List<String> options = question.options();
    boolean choice =
        question.type() == QuestionType.SINGLE || question.type() == QuestionType.MULTIPLE;
    boolean trueFalse = question.type() == QuestionType.TRUE_FALSE;
    boolean multiple = question.type() == QuestionType.MULTIPLE;
    boolean shuffled = shuffled(question, settings);
    if (options.isEmpty()) {
      return 0;
    }
    return switch (this) {
      case FIRST_OPTION ->
          trueFalse
              ? score(question, key, Set.of("true"), settings)
              : choice
                  ? (shuffled
                      ? meanOverEach(question, key, settings, o -> Set.of(o))
                      : score(question, key, Set.of(options.getFirst()), settings))
                  : 0;
      case LAST_OPTION ->
          trueFalse
              ? score(question, key, Set.of("false"), settings)
              : choice
                  ? (shuffled
                      ? meanOverEach(question, key, settings, o -> Set.of(o))
                      : score(question, key, Set.of(options.getLast()), settings))
                  : 0;
      case LONGEST_OPTION ->
          choice
              ? longest(question, language).stream()
                  .mapToDouble(o -> score(question, key, Set.of(o), settings))
                  .average()
                  .orElse(0)
              : 0;
      case ALWAYS_TRUE -> trueFalse ? score(question, key, Set.of("true"), settings) : 0;
      case ALWAYS_FALSE -> trueFalse ? score(question, key, Set.of("false"), settings) : 0;
      case TICK_EVERYTHING -> multiple ? score(question, key, Set.copyOf(options), settings) : 0;
      case TICK_ALL_BUT_LAST ->
          multiple
              ? (shuffled
                  ? meanOverEach(question, key, settings, o -> allBut(options, o))
                  : score(question, key, allBut(options, options.getLast()), settings))
              : 0;
      case TICK_NOTHING -> 0;
    };
  }

  /**
   * What typing anything at all earns on a short answer: the weight of its catch-all ({@code *}),
   * if it has one worth something; every strategy but "tick nothing" types something.
   */
  private static double anything(AnswerKey.Accepted key, QuizSettings settings) {
    boolean partial = settings.multiple() != QuizSettings.MultipleScoring.ALL_OR_NOTHING;
    return key.answers().stream()
        .filter(org.rightsacademy.catalog.model.Question.ShortAnswer::any)
        .mapToInt(org.rightsacademy.catalog.model.Question.ShortAnswer::weight)
        .filter(w -> w == 100 || (partial && w > 0))
        .mapToDouble(w -> w / 100.0)
        .findFirst()
        .orElse(0);
  }

  private static double score(
      Question question, AnswerKey.Choices key, Set<String> picked, QuizSettings settings) {
    return Scoring.choices(question, key.correct(), key.weights(), picked, settings);
  }

  /**
   * The mean score over the options, each in the place the strategy looks at (first, last) once.
   */
  private static double meanOverEach(
      Question question,
      AnswerKey.Choices key,
      QuizSettings settings,
      Function<String, Set<String>> picks) {
    return question.options().stream()
        .mapToDouble(o -> score(question, key, picks.apply(o), settings))
        .average()
        .orElse(0);
  }

  private static Set<String> allBut(List<String> options, String left) {
    Set<String> picked = new LinkedHashSet<>(options);
    picked.remove(left);
    return picked;
  }

  /** The options whose text is the longest in the language (several on a tie). */
  static List<String> longest(Question question, Language language) {
    List<String> longest = new ArrayList<>();
    int max = -1;
    for (String option : question.options()) {
      int length = length(question, option, language);
      if (length > max) {
        longest.clear();
        max = length;
      }
      if (length == max) {
        longest.add(option);
      }
    }
    return longest;
  }

  /**
   * The length of an option's text as the learner sees it, in characters (code points), without the
   * markers of a quoted stigmatising term; the English text where the language has none.
   */
  static int length(Question question, String option, Language language) {
    QuestionText text = question.texts().getOrDefault(language, question.texts().get(Language.EN));
    Map<String, OptionText> options = text == null ? Map.of() : text.options();
    OptionText optionText = options.get(option);
    if (optionText == null || optionText.text() == null) {
      return 0;
    }
    String shown = optionText.text().replace("{--", "").replace("--}", "").strip();
    return shown.codePointCount(0, shown.length());
  }
}

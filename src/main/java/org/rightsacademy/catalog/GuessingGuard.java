package org.rightsacademy.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.catalog.model.PackageProblem.Kind;
import org.rightsacademy.catalog.model.PackageProblem.Severity;
import org.rightsacademy.platform.Language;

/**
 * The validator's guard against quizzes passed without reading: a certificate must not be passable
 * by guessing. For every quiz it plays each {@link GuessingStrategy}, and their best mix (one
 * strategy per question type, as a learner who noticed "the true/false ones are mostly false"
 * would), against everything an attempt can draw ({@link QuizDraws}), scored by the real {@link
 * Scoring} in every language, and reports:
 *
 * <ul>
 *   <li>{@link Kind#GUESSABLE}: a strategy whose expected score reaches the quiz's pass mark;
 *   <li>{@link Kind#TRUE_FALSE_BALANCE}: true/false keys outside 35–65 % "true", in a quiz with at
 *       least four true/false items and over the course's whole bank;
 *   <li>{@link Kind#KEYED_LONGEST}: in a quiz with at least three single-choice items, the keyed
 *       option strictly the longest in more than half of them, in any language;
 *   <li>{@link Kind#FEW_OPTIONS}: a single or multiple choice item with fewer than three options,
 *       or a multiple choice item of four options or more with fewer than two wrong ones.
 * </ul>
 *
 * Findings on the final test are errors (the package is rejected: its certificate would mean
 * nothing); on module quizzes and the pre-test, which are practice, and on the whole bank, they are
 * warnings. A quiz whose pass mark is 0 cannot be passed by guessing and is not GUESSABLE.
 */
public final class GuessingGuard {

  static final int MIN_TRUE_SHARE = 35;
  static final int MAX_TRUE_SHARE = 65;
  static final int MIN_TRUE_FALSE_ITEMS = 4;
  static final int MIN_SINGLE_ITEMS = 3;
  private static final double EPSILON = 1e-9;
  private static final List<QuestionType> FAMILIES =
      List.of(QuestionType.TRUE_FALSE, QuestionType.SINGLE, QuestionType.MULTIPLE);

  private GuessingGuard() {}

  /** The strategy of a row that mixes strategies, one per question type. */
  public static final String MIXED = "best per question type";

  /**
   * One strategy against one quiz: its expected score in the language where it scores most.
   *
   * @param strategy the strategy's label ({@code always false}), or {@link #MIXED}
   * @param mix for {@link #MIXED}, the strategy per question type ({@code true/false: always false,
   *     single: longest option}); otherwise null
   * @param language the language of that score; null when every language scores the same
   * @param percent the expected score, 0 to 100
   */
  public record Row(
      String quiz,
      boolean finalTest,
      String strategy,
      String mix,
      Language language,
      double percent,
      int passMark) {

    /** Whether the strategy is expected to pass the quiz. */
    public boolean passes() {
      return passMark > 0 && percent >= passMark - EPSILON;
    }

    /**
     * The strategy as a finding names it: {@code always false}, {@code best per question type
     * (true/false: always false, ...)}.
     */
    public String description() {
      return mix == null ? strategy : strategy + " (" + mix + ")";
    }

    /** One line of the printed table: quiz, strategy, language, expected score, pass mark. */
    @Override
    public String toString() {
      return String.format(
              Locale.ROOT,
              "%-28s %-24s %-3s %6s %%   pass mark %3d %%  %-6s %s",
              quiz,
              strategy,
              language == null ? "" : language.code(),
              format(percent),
              passMark,
              passes() ? "PASSES" : "",
              mix == null ? "" : mix)
          .stripTrailing();
    }
  }

  /** Every strategy, and their best mix, against every quiz of the course. */
  public static List<Row> table(CoursePackage course) {
    List<Row> rows = new ArrayList<>();
    course.quizzes().forEach(quiz -> rows.addAll(rows(course, quiz)));
    return rows;
  }

  /**
   * What the guard finds in the course, in quiz order (module quizzes, pre-test, final test), then
   * over the whole bank.
   */
  public static List<PackageProblem> check(CoursePackage course) {
    List<PackageProblem> problems = new ArrayList<>();
    course
        .quizzes()
        .forEach(
            quiz -> {
              boolean finalTest = quiz == course.finalTest();
              Severity severity = finalTest ? Severity.ERROR : Severity.WARNING;
              String file = file(quiz);
              for (Row row : rows(course, quiz)) {
                if (row.passes()) {
                  problems.add(
                      new PackageProblem(
                          file,
                          1,
                          Kind.GUESSABLE,
                          row.description()
                              + " scores "
                              + format(row.percent())
                              + " %"
                              + (row.language() == null ? "" : " in " + row.language().code())
                              + " (pass mark "
                              + row.passMark()
                              + " %)",
                          severity));
                }
              }
              balance(quiz.questions())
                  .ifPresent(
                      detail ->
                          problems.add(
                              new PackageProblem(
                                  file, 1, Kind.TRUE_FALSE_BALANCE, detail, severity)));
              keyedLongest(course, quiz)
                  .ifPresent(
                      detail ->
                          problems.add(
                              new PackageProblem(file, 1, Kind.KEYED_LONGEST, detail, severity)));
              for (Question question : quiz.questions()) {
                fewOptions(question)
                    .ifPresent(
                        detail ->
                            problems.add(
                                new PackageProblem(file, 1, Kind.FEW_OPTIONS, detail, severity)));
              }
            });
    List<Question> bank = course.bank().stream().map(CoursePackage.BankQuestion::question).toList();
    balance(bank)
        .ifPresent(
            detail ->
                problems.add(
                    new PackageProblem(
                        PackageReader.MANIFEST,
                        1,
                        Kind.TRUE_FALSE_BALANCE,
                        "over the course's bank: " + detail,
                        Severity.WARNING)));
    return problems;
  }

  /** The expected score (0 to 1) of one strategy against a quiz, in one language. */
  public static double expected(
      CoursePackage course, Quiz quiz, GuessingStrategy strategy, Language language) {
    QuizDraws draws = QuizDraws.of(course, quiz);
    double sum =
        draws.items().stream()
            .mapToDouble(
                w -> w.weight() * strategy.expected(w.question(), quiz.settings(), language))
            .sum();
    return draws.size() == 0 ? 0 : sum / draws.size();
  }

  private static List<Row> rows(CoursePackage course, Quiz quiz) {
    boolean finalTest = quiz == course.finalTest();
    int passMark = quiz.settings().passMark();
    QuizDraws draws = QuizDraws.of(course, quiz);
    Map<GuessingStrategy, Map<Language, Double>> pure = new EnumMap<>(GuessingStrategy.class);
    Map<Language, Double> mixed = new LinkedHashMap<>();
    Map<Language, String> mixes = new LinkedHashMap<>();
    for (Language language : course.languages()) {
      // per question type and strategy: the expected number of points the paper's questions of that
      // type give
      Map<QuestionType, Map<GuessingStrategy, Double>> points = new EnumMap<>(QuestionType.class);
      for (QuizDraws.Weighted item : draws.items()) {
        for (GuessingStrategy strategy : GuessingStrategy.values()) {
          double score =
              item.weight() * strategy.expected(item.question(), quiz.settings(), language);
          points
              .computeIfAbsent(item.question().type(), t -> new EnumMap<>(GuessingStrategy.class))
              .merge(strategy, score, Double::sum);
        }
      }
      for (GuessingStrategy strategy : GuessingStrategy.values()) {
        double total =
            points.values().stream()
                .mapToDouble(byStrategy -> byStrategy.getOrDefault(strategy, 0.0))
                .sum();
        pure.computeIfAbsent(strategy, s -> new LinkedHashMap<>())
            .put(language, percent(total, draws.size()));
      }
      double best = 0;
      List<String> parts = new ArrayList<>();
      for (QuestionType family : FAMILIES) {
        Map<GuessingStrategy, Double> byStrategy = points.get(family);
        if (byStrategy == null) {
          continue;
        }
        double max = byStrategy.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // on a tie, name the strategy made for the type: "always false" rather than "last option"
        // for true/false
        Map.Entry<GuessingStrategy, Double> top =
            byStrategy.entrySet().stream()
                .filter(e -> e.getValue() >= max - EPSILON)
                .min(
                    Comparator.comparing(
                            (Map.Entry<GuessingStrategy, Double> e) ->
                                family == QuestionType.TRUE_FALSE
                                        && e.getKey().name().startsWith("ALWAYS")
                                    ? 0
                                    : 1)
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow();
        best += top.getValue();
        if (top.getValue() <= EPSILON) {
          continue;
        }
        parts.add(
            family.name().toLowerCase(Locale.ROOT).replace('_', '/') + ": " + top.getKey().label());
      }
      mixed.put(language, percent(best, draws.size()));
      mixes.put(language, parts.isEmpty() ? "none scores" : String.join(", ", parts));
    }
    List<Row> rows = new ArrayList<>();
    for (GuessingStrategy strategy : GuessingStrategy.values()) {
      rows.add(
          worst(quiz.id(), finalTest, strategy.label(), pure.get(strategy), Map.of(), passMark));
    }
    rows.add(worst(quiz.id(), finalTest, MIXED, mixed, mixes, passMark));
    return rows;
  }

  /**
   * The row of the language where the strategy scores most; the language named only when languages
   * differ.
   */
  private static Row worst(
      String quiz,
      boolean finalTest,
      String label,
      Map<Language, Double> byLanguage,
      Map<Language, String> mixes,
      int passMark) {
    Map.Entry<Language, Double> top =
        byLanguage.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .orElse(Map.entry(Language.EN, 0.0));
    boolean differ =
        byLanguage.values().stream().anyMatch(p -> Math.abs(p - top.getValue()) > EPSILON);
    return new Row(
        quiz,
        finalTest,
        label,
        mixes.get(top.getKey()),
        differ ? top.getKey() : null,
        top.getValue(),
        passMark);
  }

  private static double percent(double points, int size) {
    return size == 0 ? 0 : points / size * 100;
  }

  /** True/false keys outside the balance, or empty. */
  static Optional<String> balance(List<Question> questions) {
    List<Question> trueFalse =
        questions.stream()
            .filter(
                q -> q.type() == QuestionType.TRUE_FALSE && q.key() instanceof AnswerKey.Choices)
            .toList();
    if (trueFalse.size() < MIN_TRUE_FALSE_ITEMS) {
      return Optional.empty();
    }
    long keyedTrue =
        trueFalse.stream()
            .filter(q -> ((AnswerKey.Choices) q.key()).correct().contains("true"))
            .count();
    double share = keyedTrue * 100.0 / trueFalse.size();
    if (share >= MIN_TRUE_SHARE - EPSILON && share <= MAX_TRUE_SHARE + EPSILON) {
      return Optional.empty();
    }
    return Optional.of(
        keyedTrue
            + " of "
            + trueFalse.size()
            + " true/false items ("
            + format(share)
            + " %) are keyed true; keep between "
            + MIN_TRUE_SHARE
            + " % and "
            + MAX_TRUE_SHARE
            + " %");
  }

  /**
   * Single-choice items keyed to the strictly longest option in more than half of a quiz's, in some
   * language, or empty.
   */
  static Optional<String> keyedLongest(CoursePackage course, Quiz quiz) {
    List<Question> singles =
        quiz.questions().stream()
            .filter(q -> q.type() == QuestionType.SINGLE && q.key() instanceof AnswerKey.Choices)
            .toList();
    if (singles.size() < MIN_SINGLE_ITEMS) {
      return Optional.empty();
    }
    Map<Language, Long> over = new LinkedHashMap<>();
    for (Language language : course.languages()) {
      long longest = singles.stream().filter(q -> keyedStrictlyLongest(q, language)).count();
      if (longest * 2 > singles.size()) {
        over.put(language, longest);
      }
    }
    if (over.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "the keyed option is the strictly longest one in more than half of the "
            + singles.size()
            + " single-choice items: "
            + over.entrySet().stream()
                .map(e -> e.getValue() + " in " + e.getKey().code())
                .collect(Collectors.joining(", "))
            + " (aim for about a third)");
  }

  static boolean keyedStrictlyLongest(Question question, Language language) {
    Set<String> correct = ((AnswerKey.Choices) question.key()).correct();
    List<String> longest = GuessingStrategy.longest(question, language);
    return longest.size() == 1 && correct.contains(longest.getFirst());
  }

  /** A choice item with too few options, or too few wrong ones, or empty. */
  static Optional<String> fewOptions(Question question) {
    if (!(question.key() instanceof AnswerKey.Choices key)
        || (question.type() != QuestionType.SINGLE && question.type() != QuestionType.MULTIPLE)) {
      return Optional.empty();
    }
    int options = question.options().size();
    if (options < 3) {
      return Optional.of(
          "question "
              + question.id()
              + " has "
              + options
              + " options; a choice item needs at least three");
    }
    long wrong = options - key.correct().size();
    if (question.type() == QuestionType.MULTIPLE && options >= 4 && wrong < 2) {
      return Optional.of(
          "question "
              + question.id()
              + " has "
              + wrong
              + " wrong option of "
              + options
              + "; a multiple-choice item of four options or more needs at least two");
    }
    return Optional.empty();
  }

  static String file(Quiz quiz) {
    return "quizzes/" + quiz.id() + ".yaml";
  }

  /** A per cent with at most one decimal: {@code 75}, {@code 66.7}. */
  static String format(double percent) {
    String text = String.format(Locale.ROOT, "%.1f", percent);
    return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
  }
}

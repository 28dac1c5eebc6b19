package org.rightsacademy.assessment;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.Scoring;
import org.rightsacademy.catalog.model.QuizSettings;

/**
 * Scores one answer between 0 (nothing right) and 1 (all right), by the question's type and the
 * quiz's settings.
 */
public final class Grader {

  private Grader() {}

  public static double score(Question question, Answer answer, QuizSettings settings) {
    if (answer == null || answer.isEmpty()) {
      return 0;
    }
    return switch (question.key()) {
      case AnswerKey.Choices key when answer instanceof Answer.Choices choices ->
          Scoring.choices(question, key.correct(), key.weights(), choices.picked(), settings);
      case AnswerKey.Sequence key when answer instanceof Answer.Order order ->
          order(key.order(), order.items());
      case AnswerKey.Pairs key when answer instanceof Answer.Pairs pairs ->
          key.pairs().entrySet().stream()
                  .filter(pair -> pair.getValue().equals(pairs.pairs().get(pair.getKey())))
                  .count()
              / (double) key.pairs().size();
      case AnswerKey.Accepted key when answer instanceof Answer.Text text ->
          key.answers().isEmpty()
              ? accepted(question, text.text()) ? 1 : 0
              : ShortAnswers.score(question, key, text.text(), settings);
      case AnswerKey.Numbers key when answer instanceof Answer.Text text ->
          numeric(key, text.text(), settings);
      default -> 0;
    };
  }

  /**
   * Whether a question's score waits for a trainer: an essay with an answer. An essay left blank
   * scores 0 at once, with nothing to grade.
   */
  public static boolean awaitsTrainer(Question question, Answer answer) {
    return question.key() instanceof AnswerKey.Open && answer != null && !answer.isEmpty();
  }

  /**
   * A number earns the weight of the best accepted answer it falls in (a value within its
   * tolerance, or a range, bounds included); with partial credit off (the quiz's {@code multiple:
   * all-or-nothing}) only an answer worth 100 % counts. Not a number, or in no answer: 0.
   */
  static double numeric(AnswerKey.Numbers key, String stored, QuizSettings settings) {
    double given;
    try {
      given = new java.math.BigDecimal(stored.strip()).doubleValue();
    } catch (NumberFormatException e) {
      return 0;
    }
    boolean partial = settings.multiple() != QuizSettings.MultipleScoring.ALL_OR_NOTHING;
    int best = 0;
    for (var accepted : key.answers()) {
      double slack = 1e-9 * Math.max(1, Math.abs(accepted.high()));
      if (given >= accepted.low() - slack
          && given <= accepted.high() + slack
          && (partial || accepted.weight() == 100)) {
        best = Math.max(best, accepted.weight());
      }
    }
    return best / 100.0;
  }

  /**
   * Credit for an ordering is the longest run of items already in the right relative order, over
   * the number of items: one item out of place costs one item, not the whole question.
   */
  private static double order(List<String> key, List<String> given) {
    List<String> known = given.stream().filter(key::contains).distinct().toList();
    int[][] lcs = new int[key.size() + 1][known.size() + 1];
    for (int i = 1; i <= key.size(); i++) {
      for (int j = 1; j <= known.size(); j++) {
        lcs[i][j] =
            key.get(i - 1).equals(known.get(j - 1))
                ? lcs[i - 1][j - 1] + 1
                : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
      }
    }
    int inOrder = lcs[key.size()][known.size()];
    return inOrder <= 1 && key.size() > 1 ? 0 : inOrder / (double) key.size();
  }

  /**
   * A short answer is right if it matches an accepted answer in any of the question's languages.
   */
  private static boolean accepted(Question question, String text) {
    String given = normalise(text);
    return !given.isEmpty()
        && question.texts().values().stream()
            .flatMap(t -> t.accepted().stream())
            .map(Grader::normalise)
            .anyMatch(given::equals);
  }

  /**
   * Case, accents and Arabic vowel marks, spacing and punctuation do not matter: "Article 16 (7)"
   * equals "article 16(7)", "é" equals "e", "إ" equals "ا", "ё" equals "е".
   */
  static String normalise(String text) {
    String decomposed =
        Normalizer.normalize(Objects.requireNonNullElse(text, ""), Normalizer.Form.NFKD);
    String folded =
        decomposed
            .replaceAll("\\p{M}", "")
            .replace("\u0640", "")
            .replace('ى', 'ي')
            .replace('ة', 'ه')
            .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[\\p{P}\\p{S}\\s]+", "");
  }
}

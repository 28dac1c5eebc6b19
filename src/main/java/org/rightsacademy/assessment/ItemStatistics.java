package org.rightsacademy.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsacademy.platform.Language;

/**
 * Classical item statistics over submitted attempts, per question and per language.
 *
 * <ul>
 *   <li><b>Facility</b>: the mean score on the question, 0 to 1 (1 = everyone right).
 *   <li><b>Discrimination</b>: the correlation between the score on the question and the score on
 *       the rest of the quiz (corrected item–total correlation); near 0 or negative means the
 *       question does not separate those who know the topic from those who do not.
 * </ul>
 *
 * A question whose facility in one language is far below the others (by at least {@value
 * #LANGUAGE_GAP} with at least {@value #MIN_PER_LANGUAGE} answers) is flagged: usually a
 * translation error.
 */
public final class ItemStatistics {

  static final double LANGUAGE_GAP = 0.25;
  static final int MIN_PER_LANGUAGE = 5;

  private ItemStatistics() {}

  /** One graded question of one submitted attempt. */
  public record Observation(long attemptId, Language language, String questionKey, double score) {}

  /** The figures for one question. */
  public record Item(
      String questionKey,
      int answers,
      double facility,
      Double discrimination,
      Map<Language, Double> facilityByLanguage,
      Map<Language, Integer> answersByLanguage,
      Language harderIn) {}

  public static List<Item> of(List<Observation> observations) {
    Map<Long, Double> totals = new HashMap<>();
    observations.forEach(o -> totals.merge(o.attemptId(), o.score(), Double::sum));
    Map<String, List<Observation>> byQuestion = new LinkedHashMap<>();
    observations.forEach(
        o -> byQuestion.computeIfAbsent(o.questionKey(), k -> new ArrayList<>()).add(o));
    List<Item> items = new ArrayList<>();
    for (Map.Entry<String, List<Observation>> question : byQuestion.entrySet()) {
      List<Observation> answers = question.getValue();
      double facility = answers.stream().mapToDouble(Observation::score).average().orElse(0);
      double[] item = answers.stream().mapToDouble(Observation::score).toArray();
      double[] rest =
          answers.stream().mapToDouble(o -> totals.get(o.attemptId()) - o.score()).toArray();
      Map<Language, Double> byLanguage = new EnumMap<>(Language.class);
      Map<Language, Integer> countByLanguage = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        List<Observation> inLanguage =
            answers.stream().filter(o -> o.language() == language).toList();
        if (!inLanguage.isEmpty()) {
          byLanguage.put(
              language, inLanguage.stream().mapToDouble(Observation::score).average().orElse(0));
          countByLanguage.put(language, inLanguage.size());
        }
      }
      Language harderIn = null;
      double widest = LANGUAGE_GAP;
      for (Map.Entry<Language, Double> language : byLanguage.entrySet()) {
        List<Observation> others =
            answers.stream().filter(o -> o.language() != language.getKey()).toList();
        if (countByLanguage.get(language.getKey()) < MIN_PER_LANGUAGE
            || others.size() < MIN_PER_LANGUAGE) {
          continue;
        }
        double gap =
            others.stream().mapToDouble(Observation::score).average().orElse(0)
                - language.getValue();
        if (gap >= widest) {
          widest = gap;
          harderIn = language.getKey();
        }
      }
      items.add(
          new Item(
              question.getKey(),
              answers.size(),
              facility,
              correlation(item, rest),
              Map.copyOf(byLanguage),
              Map.copyOf(countByLanguage),
              harderIn));
    }
    return List.copyOf(items);
  }

  /** Pearson correlation, or null when either side does not vary (or fewer than three answers). */
  static Double correlation(double[] x, double[] y) {
    int n = x.length;
    if (n < 3) {
      return null;
    }
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += x[i] / n;
      meanY += y[i] / n;
    }
    double covariance = 0;
    double varianceX = 0;
    double varianceY = 0;
    for (int i = 0; i < n; i++) {
      covariance += (x[i] - meanX) * (y[i] - meanY);
      varianceX += (x[i] - meanX) * (x[i] - meanX);
      varianceY += (y[i] - meanY) * (y[i] - meanY);
    }
    if (varianceX < 1e-12 || varianceY < 1e-12) {
      return null;
    }
    return covariance / Math.sqrt(varianceX * varianceY);
  }
}

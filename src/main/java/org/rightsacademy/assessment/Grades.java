package org.rightsacademy.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalDouble;
import org.rightsacademy.catalog.model.QuizSettings.Grading;

/**
 * From question scores to an attempt's per cent, and from attempts to a learner's grade for the
 * quiz.
 */
public final class Grades {

  private Grades() {}

  /** The attempt's score in per cent, two decimals, every question weighing the same. */
  public static double percent(List<Double> questionScores) {
    if (questionScores.isEmpty()) {
      return 0;
    }
    double mean =
        questionScores.stream().mapToDouble(Double::doubleValue).sum() / questionScores.size();
    return BigDecimal.valueOf(mean * 100).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /** The grade for the quiz from the scores of submitted attempts, oldest first; empty if none. */
  public static OptionalDouble quizGrade(List<Double> attemptScores, Grading grading) {
    if (attemptScores.isEmpty()) {
      return OptionalDouble.empty();
    }
    return switch (grading) {
      case HIGHEST -> attemptScores.stream().mapToDouble(Double::doubleValue).max();
      case FIRST -> OptionalDouble.of(attemptScores.getFirst());
      case LAST -> OptionalDouble.of(attemptScores.getLast());
      case AVERAGE ->
          OptionalDouble.of(
              BigDecimal.valueOf(
                      attemptScores.stream().mapToDouble(Double::doubleValue).average().orElse(0))
                  .setScale(2, RoundingMode.HALF_UP)
                  .doubleValue());
    };
  }
}

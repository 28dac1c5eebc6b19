package org.rightsacademy.catalog;

import java.util.Set;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.catalog.model.QuizSettings.MultipleScoring;

/**
 * The score of a set of picked options, between 0 and 1, by the quiz's settings: the one rule the
 * grader applies to an answer and the guessing guard applies to a blind strategy, so that what the
 * validator predicts is what a learner would get.
 */
public final class Scoring {

  private Scoring() {}

  /**
   * Single choice and true/false: 1 for exactly the keyed option. Multiple choice, all or nothing:
   * 1 for exactly the keyed set. Multiple choice, partial: the share of keyed options picked, less
   * the share of wrong options picked times the penalty, never below 0. Nothing picked scores 0.
   */
  public static double choices(
      Question question, Set<String> correct, Set<String> picked, QuizSettings settings) {
    return choices(question, correct, java.util.Map.of(), picked, settings);
  }

  /**
   * As {@link #choices(Question, Set, Set, QuizSettings)}; a multiple-choice question with weights
   * scored partially earns the sum of the weights picked, between 0 and 100 per cent.
   */
  public static double choices(
      Question question,
      Set<String> correct,
      java.util.Map<String, Double> weights,
      Set<String> picked,
      QuizSettings settings) {
    if (picked.isEmpty()) {
      return 0;
    }
    if (question.type() == QuestionType.MULTIPLE
        && !weights.isEmpty()
        && settings.multiple() != MultipleScoring.ALL_OR_NOTHING) {
      double sum = picked.stream().mapToDouble(o -> weights.getOrDefault(o, 0.0)).sum();
      return Math.max(0, Math.min(1, sum / 100.0));
    }
    long right = picked.stream().filter(correct::contains).count();
    long wrong = picked.size() - right;
    if (question.type() != QuestionType.MULTIPLE
        || settings.multiple() == MultipleScoring.ALL_OR_NOTHING) {
      return wrong == 0 && right == correct.size() ? 1 : 0;
    }
    int wrongOptions = question.options().size() - correct.size();
    double credit = right / (double) correct.size();
    double penalty =
        wrongOptions == 0 ? 0 : wrong / (double) wrongOptions * settings.penalty() / 100.0;
    return Math.max(0, credit - penalty);
  }
}

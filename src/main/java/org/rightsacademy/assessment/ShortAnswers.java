package org.rightsacademy.assessment;

import java.util.Comparator;
import java.util.Optional;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.OptionText;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionText;
import org.rightsacademy.catalog.model.Question.ShortAnswer;
import org.rightsacademy.catalog.model.QuizSettings;

/**
 * A short answer against its weighted alternatives, as Moodle grades them: the answer matches an
 * alternative whose words, in any language of the question, are the same once case, accents,
 * spacing and punctuation are set aside ({@link Grader#normalise}); of several, the best weighted
 * counts. The catch-all ({@code *}) matches any answer no other alternative matched, but never an
 * empty one (nor one of only spaces and punctuation), so a blank or a stray key earns nothing.
 */
final class ShortAnswers {

  private ShortAnswers() {}

  /** The alternative the answer earns, if any. */
  static Optional<ShortAnswer> matched(Question question, AnswerKey.Accepted key, String answer) {
    String given = Grader.normalise(answer);
    if (given.isEmpty()) {
      return Optional.empty();
    }
    Optional<ShortAnswer> best =
        key.answers().stream()
            .filter(a -> !a.any())
            .filter(a -> matches(question, a.id(), given))
            .max(Comparator.comparingInt(ShortAnswer::weight));
    return best.or(() -> key.answers().stream().filter(ShortAnswer::any).findFirst());
  }

  /**
   * The score of the answer, 0 to 1: the matched alternative's weight, a negative one counting as 0
   * (the item loses nothing beyond itself); with partial credit off (the quiz's {@code multiple:
   * all-or-nothing}), only an alternative worth 100 % counts.
   */
  static double score(
      Question question, AnswerKey.Accepted key, String answer, QuizSettings settings) {
    boolean partial = settings.multiple() != QuizSettings.MultipleScoring.ALL_OR_NOTHING;
    int weight = matched(question, key, answer).map(ShortAnswer::weight).orElse(0);
    return weight == 100 || (partial && weight > 0) ? weight / 100.0 : 0;
  }

  /** The feedback written, in this language, for the alternative the answer matched, or null. */
  static String feedback(
      Question question, AnswerKey.Accepted key, QuestionText text, String answer) {
    return matched(question, key, answer)
        .map(a -> text.options().get(a.id()))
        .map(OptionText::feedback)
        .filter(f -> !f.isBlank())
        .orElse(null);
  }

  /** The words of the alternatives worth full credit, in this language, for the review. */
  static String right(AnswerKey.Accepted key, QuestionText text) {
    return String.join(
        "; ",
        key.answers().stream()
            .filter(a -> a.weight() == 100 && !a.any())
            .map(a -> text.options().get(a.id()))
            .filter(o -> o != null && o.text() != null)
            .map(OptionText::text)
            .toList());
  }

  private static boolean matches(Question question, String id, String given) {
    return question.texts().values().stream()
        .map(t -> t.options().get(id))
        .filter(o -> o != null && o.text() != null)
        .map(o -> Grader.normalise(o.text()))
        .anyMatch(given::equals);
  }
}

package org.rightsacademy.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.model.Question.ShortAnswer;
import org.rightsacademy.platform.Language;

/**
 * The question editor's rows of a short answer's weighted alternatives: in each row the words it
 * accepts ({@code *} for any other answer), its credit in per cent (-100 to 100; blank is 100) and
 * the feedback a learner whose answer matched it reads. A short question without rows is of the
 * {@code accept:} form and keeps its list of accepted answers.
 */
final class ShortAnswerForm {

  private ShortAnswerForm() {}

  /** A new short question: one alternative, worth full credit. */
  static void start(List<OptionRow> options) {
    addRow(options);
  }

  /** Another alternative, worth full credit until the trainer says otherwise. */
  static void addRow(List<OptionRow> options) {
    OptionRow row = new OptionRow(OptionRow.freeId(options, "s"));
    row.weight = "100";
    options.add(row);
  }

  /** Whether the row is the catch-all: its words are {@code *} (in English, where it is set). */
  static boolean catchAll(OptionRow row, Language language) {
    String words = language == Language.EN ? row.text : row.englishText;
    return words != null && words.strip().equals(ShortAnswer.ANY);
  }

  /** The ids of the catch-all rows (English form). */
  static List<String> catchAll(List<OptionRow> options) {
    return options.stream().filter(r -> catchAll(r, Language.EN)).map(r -> r.id).toList();
  }

  /** The rows' weights by id, a blank one 100. Call after {@link #valid}. */
  static Map<String, Double> weights(List<OptionRow> options) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (OptionRow row : options) {
      Integer weight = weight(row.weight);
      weights.put(row.id, weight == null ? 0.0 : weight);
    }
    return weights;
  }

  /** The model's weights as the form's draft holds them. */
  static Map<String, Double> draftWeights(List<ShortAnswer> answers) {
    Map<String, Double> weights = new LinkedHashMap<>();
    answers.forEach(a -> weights.put(a.id(), (double) a.weight()));
    return weights;
  }

  /** The model's alternatives for the form's key: its options, weights and catch-all. */
  static List<ShortAnswer> answers(QuestionDraft key) {
    return key.options().stream()
        .map(
            id ->
                new ShortAnswer(
                    id,
                    (int) Math.round(key.weights().getOrDefault(id, 100.0)),
                    key.correct().contains(id)))
        .toList();
  }

  /**
   * The form's checks of a short answer, each message naming its row: an {@code accept:} list that
   * is not empty, or rows whose words are given and not too long; in English also each weight a
   * whole number from -100 to 100 (beside its field), one alternative worth 100 and at most one
   * {@code *}.
   */
  static boolean valid(List<OptionRow> options, String accept, Language language) {
    if (options.isEmpty()) {
      if (accept == null || accept.isBlank()) {
        Messages.addError("question:accept", "author.accept.required");
        return false;
      }
      return true;
    }
    boolean ok = true;
    for (OptionRow row : options) {
      row.weightError = null;
      if (catchAll(row, language)) {
        continue;
      }
      if (row.text == null || row.text.isBlank()) {
        Messages.addError(null, "author.short.text_required", row.id);
        ok = false;
      } else if (TextLimits.length(row.text.strip()) > ShortAnswer.MAX_LENGTH) {
        Messages.addError(null, "author.short.too_long", row.id, ShortAnswer.MAX_LENGTH);
        ok = false;
      }
    }
    if (language != Language.EN) {
      return ok;
    }
    for (OptionRow row : options) {
      if (weight(row.weight) == null) {
        row.weightError = "author.short.weight_invalid";
        ok = false;
      }
    }
    if (!ok) {
      Messages.addError(null, "author.weight.fix");
      return false;
    }
    if (options.stream().noneMatch(r -> !catchAll(r, Language.EN) && weight(r.weight) == 100)) {
      Messages.addError(null, "author.short.no_full");
      ok = false;
    }
    if (catchAll(options).size() > 1) {
      Messages.addError(null, "author.short.one_any");
      ok = false;
    }
    return ok;
  }

  /** A weight as typed: blank is 100; a whole number from -100 to 100 ("50", "50 %"), or null. */
  static Integer weight(String typed) {
    if (typed == null || typed.isBlank()) {
      return 100;
    }
    double value = QuestionForms.parse(typed);
    if (Double.isNaN(value) || value != Math.rint(value) || value < -100 || value > 100) {
      return null;
    }
    return (int) value;
  }
}

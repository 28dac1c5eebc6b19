package org.rightsacademy.authoring;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.Question.NumericAnswer;

/**
 * The question page's fields for the two open types. A numerical question's answers are the page's
 * option rows: each row's text is the feedback for its answer (per language, optional), and this
 * form holds, per row id, the accepted number as the trainer writes it ({@code 93}, {@code 2.5:0.5}
 * for a tolerance, {@code 90..96} for a range, as in GIFT) and its credit in per cent. An essay has
 * its longest answer and a rubric for the trainers who grade it.
 */
public final class OpenQuestionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String NUMBER = "[-+]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)";
  private static final Pattern RANGE =
      Pattern.compile("\\s*(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER + ")\\s*");
  private static final Pattern TOLERANCE =
      Pattern.compile("\\s*(" + NUMBER + ")\\s*(?:(?::|±|\\+/-)\\s*(" + NUMBER + "))?\\s*");

  private final Map<String, String> accepts = new HashMap<>();
  private final Map<String, String> weights = new HashMap<>();
  private String maxLength;
  private String rubric;

  /** A new question of the type: one accepted number worth full credit, or an essay's defaults. */
  void start(QuestionType kind, List<OptionRow> options) {
    accepts.clear();
    weights.clear();
    maxLength = String.valueOf(Question.Essay.DEFAULT_LENGTH);
    rubric = null;
    if (kind == QuestionType.NUMERICAL) {
      OptionRow row = new OptionRow(OptionRow.freeId(options, "n"));
      options.add(row);
      weights.put(row.id, "100");
    }
  }

  /** Another accepted number, worth nothing until the trainer says. */
  void addRow(List<OptionRow> options) {
    OptionRow row = new OptionRow(OptionRow.freeId(options, "n"));
    options.add(row);
    weights.put(row.id, "0");
  }

  /** The fields of a saved question. */
  void fill(QuestionDraft key) {
    accepts.clear();
    weights.clear();
    for (NumericAnswer answer : key.open().numbers()) {
      accepts.put(answer.id(), accepted(answer));
      weights.put(answer.id(), String.valueOf(answer.weight()));
    }
    maxLength =
        String.valueOf(
            key.open().maxLength() > 0 ? key.open().maxLength() : Question.Essay.DEFAULT_LENGTH);
    rubric = key.open().rubric();
  }

  /** The key with its open part from these fields (the fields checked by {@link #valid}). */
  QuestionDraft key(QuestionDraft key, List<OptionRow> options) {
    QuestionDraft.Open open =
        switch (key.type()) {
          case NUMERICAL ->
              new QuestionDraft.Open(
                  options.stream().map(r -> answer(r.id).orElseThrow()).toList(), 0, null);
          case ESSAY ->
              new QuestionDraft.Open(
                  List.of(),
                  Integer.parseInt(maxLength.strip()),
                  QuestionForms.blankToNull(rubric));
          default -> QuestionDraft.Open.NONE;
        };
    return new QuestionDraft(
        key.id(),
        key.type(),
        key.type() == QuestionType.ESSAY ? List.of() : key.options(),
        key.matches(),
        key.correct(),
        key.pairs(),
        key.scenario(),
        key.tags(),
        key.shuffle(),
        key.objective(),
        key.weights(),
        open);
  }

  /** The form's checks of the open part, each naming its field (English page only). */
  boolean valid(QuestionType kind, List<OptionRow> options) {
    boolean ok = true;
    if (kind == QuestionType.NUMERICAL) {
      if (options.isEmpty()) {
        Messages.addError(null, "author.numerical.no_full");
        return false;
      }
      for (OptionRow row : options) {
        if (answer(row.id).isEmpty()) {
          Messages.addError(null, "author.numerical.invalid", row.id);
          ok = false;
        } else if (weight(row.id).isEmpty()) {
          Messages.addError(null, "author.numerical.weight_invalid", row.id);
          ok = false;
        }
      }
      if (ok && options.stream().noneMatch(r -> weight(r.id).orElse(0) == 100)) {
        Messages.addError(null, "author.numerical.no_full");
        ok = false;
      }
    }
    if (kind == QuestionType.ESSAY) {
      try {
        int length = Integer.parseInt(maxLength == null ? "" : maxLength.strip());
        if (length < 1 || length > Question.Essay.MAX_LENGTH) {
          throw new NumberFormatException();
        }
      } catch (NumberFormatException e) {
        Messages.addError("question:max-length", "author.essay.max_length_invalid");
        ok = false;
      }
    }
    return ok;
  }

  /** A row's accepted number, read from what the trainer wrote. */
  Optional<NumericAnswer> answer(String id) {
    String written = accepts.getOrDefault(id, "");
    int weight = weight(id).orElse(0);
    Matcher range = RANGE.matcher(written);
    if (range.matches()) {
      double min = number(range.group(1));
      double max = number(range.group(2));
      return min <= max ? Optional.of(NumericAnswer.range(id, min, max, weight)) : Optional.empty();
    }
    Matcher tolerance = TOLERANCE.matcher(written);
    if (tolerance.matches()) {
      double slack = tolerance.group(2) == null ? 0 : Math.abs(number(tolerance.group(2)));
      return Optional.of(NumericAnswer.exact(id, number(tolerance.group(1)), slack, weight));
    }
    return Optional.empty();
  }

  private Optional<Integer> weight(String id) {
    try {
      int weight = Integer.parseInt(weights.getOrDefault(id, "").strip());
      return weight >= 0 && weight <= 100 ? Optional.of(weight) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static double number(String written) {
    return Double.parseDouble(written.replace(',', '.'));
  }

  /** Per row id, the accepted number as written (the page binds each row's field to it). */
  public Map<String, String> getAccepts() {
    return accepts;
  }

  /** Per row id, the credit in per cent as written. */
  public Map<String, String> getWeights() {
    return weights;
  }

  public String getMaxLength() {
    return maxLength;
  }

  public void setMaxLength(String maxLength) {
    this.maxLength = maxLength;
  }

  public String getRubric() {
    return rubric;
  }

  public void setRubric(String rubric) {
    this.rubric = rubric;
  }

  /** The rows' ids in a fresh list (for tests). */
  List<String> ids() {
    return new ArrayList<>(accepts.keySet());
  }

  /** An accepted number as the field shows it: "90", "90:5" (value and tolerance) or "80..100". */
  static String accepted(NumericAnswer answer) {
    return answer.isRange()
        ? plain(answer.min()) + ".." + plain(answer.max())
        : plain(answer.value())
            + (answer.tolerance() == null || answer.tolerance() == 0
                ? ""
                : ":" + plain(answer.tolerance()));
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

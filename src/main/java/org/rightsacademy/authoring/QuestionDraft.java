package org.rightsacademy.authoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rightsacademy.catalog.CoursePackage.QuestionType;

/**
 * The language-neutral part of a question as the editor's form holds it: type, option and match
 * ids, what is correct, scenario and tags ({@link QuestionForms} turns it into the package model's
 * question and back). For single and true-false questions {@code correct} holds one id; for
 * multiple, the correct ids; for ordering, every option in its right order; for matching, {@code
 * pairs}; a short answer's weighted alternatives are its options, with their {@code weights}, and
 * its {@code correct} names the catch-all ({@code *}) among them, if any (a short answer of the
 * {@code accept:} form has no options). {@code shuffle} is false for a question whose options keep
 * their written order ("all of the above"). {@code objective} names the learning objective the
 * question measures (its parallel items share it), or is null. {@code weights} are a
 * multiple-choice question's credit per option in per cent (Moodle's weights), empty when the
 * quiz's settings score it.
 */
public record QuestionDraft(
    String id,
    QuestionType type,
    List<String> options,
    List<String> matches,
    List<String> correct,
    Map<String, String> pairs,
    String scenario,
    List<String> tags,
    boolean shuffle,
    String objective,
    Map<String, Double> weights,
    Open open)
    implements java.io.Serializable {

  /**
   * What the open types add to the key: a numerical question's accepted answers, an essay's longest
   * answer and rubric; {@link #NONE} for the other types.
   */
  public record Open(
      List<org.rightsacademy.catalog.model.Question.NumericAnswer> numbers,
      int maxLength,
      String rubric)
      implements java.io.Serializable {
    public static final Open NONE = new Open(List.of(), 0, null);

    public Open {
      numbers = List.copyOf(numbers);
    }
  }

  /** A question of an open type (numerical, essay), with no weights per option. */
  public QuestionDraft(
      String id,
      QuestionType type,
      List<String> options,
      List<String> matches,
      List<String> correct,
      Map<String, String> pairs,
      String scenario,
      List<String> tags,
      boolean shuffle,
      String objective,
      Open open) {
    this(
        id, type, options, matches, correct, pairs, scenario, tags, shuffle, objective, Map.of(),
        open);
  }

  /** A question of a choice type with weights per option, and no open part. */
  public QuestionDraft(
      String id,
      QuestionType type,
      List<String> options,
      List<String> matches,
      List<String> correct,
      Map<String, String> pairs,
      String scenario,
      List<String> tags,
      boolean shuffle,
      String objective,
      Map<String, Double> weights) {
    this(
        id, type, options, matches, correct, pairs, scenario, tags, shuffle, objective, weights,
        Open.NONE);
  }

  public QuestionDraft {
    open = open == null ? Open.NONE : open;
    options = List.copyOf(options);
    matches = List.copyOf(matches);
    correct = List.copyOf(correct);
    pairs = Map.copyOf(pairs);
    tags = List.copyOf(tags);
    weights = weights == null ? Map.of() : Map.copyOf(weights);
  }

  /** A question without weights of its own (see {@link #weights}: multiple choice only). */
  public QuestionDraft(
      String id,
      QuestionType type,
      List<String> options,
      List<String> matches,
      List<String> correct,
      Map<String, String> pairs,
      String scenario,
      List<String> tags,
      boolean shuffle,
      String objective) {
    this(id, type, options, matches, correct, pairs, scenario, tags, shuffle, objective, Map.of());
  }

  /** A question whose options may be shuffled, as most are. */
  public QuestionDraft(
      String id,
      QuestionType type,
      List<String> options,
      List<String> matches,
      List<String> correct,
      Map<String, String> pairs,
      String scenario,
      List<String> tags) {
    this(id, type, options, matches, correct, pairs, scenario, tags, true);
  }

  /** A question that measures no named objective. */
  public QuestionDraft(
      String id,
      QuestionType type,
      List<String> options,
      List<String> matches,
      List<String> correct,
      Map<String, String> pairs,
      String scenario,
      List<String> tags,
      boolean shuffle) {
    this(id, type, options, matches, correct, pairs, scenario, tags, shuffle, null);
  }

  public static String typeName(QuestionType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static QuestionType type(String name) {
    return QuestionType.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  public String getTypeName() {
    return typeName(type);
  }

  QuestionDraft withId(String newId) {
    return new QuestionDraft(
        newId, type, options, matches, correct, pairs, scenario, tags, shuffle, objective, weights,
        open);
  }
}

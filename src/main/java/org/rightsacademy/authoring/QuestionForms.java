package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsacademy.authoring.QuestionWords.OptionWords;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.Localized;
import org.rightsacademy.catalog.model.OptionText;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.QuestionText;

/**
 * The question editor's forms ({@link QuestionDraft}, {@link QuestionWords}) to and from the
 * package model's {@link Question} records. A new question type adds a case to {@link #question}
 * and {@link #draft}.
 */
final class QuestionForms {

  private QuestionForms() {}

  /** The model's question for a form's answer key, with the words it has per language. */
  static Question question(QuestionDraft key, Localized<QuestionText> texts) {
    Question.Common common =
        new Question.Common(
            key.id(),
            blankToNull(key.scenario()),
            key.tags(),
            key.shuffle(),
            blankToNull(key.objective()),
            texts);
    List<String> correct = key.correct();
    return switch (key.type()) {
      case SINGLE ->
          new Question.SingleChoice(
              common, key.options(), correct.isEmpty() ? null : correct.getFirst());
      case MULTIPLE ->
          new Question.MultipleChoice(
              common, key.options(), new java.util.LinkedHashSet<>(correct), key.weights());
      case TRUE_FALSE ->
          new Question.TrueFalse(common, correct.isEmpty() || "true".equals(correct.getFirst()));
      case MATCHING -> {
        Map<String, String> pairs = new LinkedHashMap<>();
        key.options()
            .forEach(
                o -> {
                  if (key.pairs().get(o) != null) {
                    pairs.put(o, key.pairs().get(o));
                  }
                });
        yield new Question.Matching(common, key.options(), key.matches(), pairs);
      }
      case ORDERING -> new Question.Ordering(common, key.options(), correct);
      case SHORT -> new Question.ShortText(common, ShortAnswerForm.answers(key));
      case NUMERICAL -> new Question.Numerical(common, key.open().numbers());
      case ESSAY ->
          new Question.Essay(
              common,
              key.open().maxLength() > 0 ? key.open().maxLength() : Question.Essay.DEFAULT_LENGTH,
              blankToNull(key.open().rubric()));
    };
  }

  /** The answer key the question page's fields give. */
  static QuestionDraft key(
      String id,
      QuestionType kind,
      List<OptionRow> options,
      List<OptionRow> matches,
      String scenario,
      String tags,
      boolean keepOrder,
      String objective) {
    List<String> optionIds = options.stream().map(r -> r.id).toList();
    List<String> correct =
        switch (kind) {
          case ORDERING -> optionIds;
          case MULTIPLE ->
              weights(options).isEmpty()
                  ? options.stream().filter(r -> r.correct).map(r -> r.id).toList()
                  : options.stream()
                      .filter(r -> weights(options).get(r.id) > 0)
                      .map(r -> r.id)
                      .toList();
          case SINGLE, TRUE_FALSE ->
              options.stream().filter(r -> r.correct).map(r -> r.id).toList();
          case SHORT -> ShortAnswerForm.catchAll(options);
          default -> List.of();
        };
    Map<String, String> pairs = new LinkedHashMap<>();
    if (kind == QuestionType.MATCHING) {
      options.forEach(r -> pairs.put(r.id, r.match));
    }
    List<String> tagList =
        tags == null
            ? List.of()
            : java.util.Arrays.stream(tags.split(","))
                .map(t -> OutlineEdits.slug(t, ""))
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    return new QuestionDraft(
        id,
        kind,
        optionIds,
        kind == QuestionType.MATCHING ? matches.stream().map(r -> r.id).toList() : List.of(),
        correct,
        pairs,
        scenario == null || scenario.isBlank() ? null : scenario,
        tagList,
        !(keepOrder
            && (kind == QuestionType.SINGLE
                || kind == QuestionType.MULTIPLE
                || kind == QuestionType.MATCHING)),
        objective == null || objective.isBlank() ? null : OutlineEdits.slug(objective, null),
        kind == QuestionType.MULTIPLE
            ? weights(options)
            : kind == QuestionType.SHORT ? ShortAnswerForm.weights(options) : Map.of());
  }

  /**
   * The weights the form's rows give, by option; empty when no row gives one. A row left blank
   * beside weighted ones weighs 0. Call after {@link #weightProblems}.
   */
  static Map<String, Double> weights(List<OptionRow> options) {
    if (options.stream().allMatch(r -> blank(r.weight))) {
      return Map.of();
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    options.forEach(r -> weights.put(r.id, blank(r.weight) ? 0 : parse(r.weight)));
    return weights;
  }

  /**
   * The bundle key of what is wrong with the form's weights, set on each row whose weight is not a
   * number from -100 to 100, and returned for the sum when the positive ones do not add up to 100;
   * null when they are right or none is given.
   */
  static String weightProblems(List<OptionRow> options) {
    options.forEach(r -> r.weightError = null);
    if (options.stream().allMatch(r -> blank(r.weight))) {
      return null;
    }
    boolean numbers = true;
    for (OptionRow row : options) {
      double weight = blank(row.weight) ? 0 : parse(row.weight);
      if (Double.isNaN(weight) || weight < -100 || weight > 100) {
        row.weightError = "author.weight.invalid";
        numbers = false;
      }
    }
    if (!numbers) {
      return null;
    }
    double sum = weights(options).values().stream().filter(w -> w > 0).mapToDouble(d -> d).sum();
    return Math.abs(sum - 100) > 0.01 ? "author.weight.sum" : null;
  }

  /** A weight as typed, "50", "-33.33" or "50 %"; NaN when it is not a number. */
  static double parse(String weight) {
    try {
      double value = Double.parseDouble(weight.replace('%', ' ').replace(',', '.').strip());
      return Double.isFinite(value) ? value : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A question's answer key as the editor's form holds it. */
  static QuestionDraft draft(Question question) {
    Question.Common common = question.common();
    QuestionType type;
    List<String> matches = List.of();
    List<String> correct = List.of();
    Map<String, String> pairs = Map.of();
    Map<String, Double> weights = Map.of();
    QuestionDraft.Open open = QuestionDraft.Open.NONE;
    switch (question) {
      case Question.SingleChoice single -> {
        type = QuestionType.SINGLE;
        correct = single.correct() == null ? List.of() : List.of(single.correct());
      }
      case Question.MultipleChoice multiple -> {
        type = QuestionType.MULTIPLE;
        correct = List.copyOf(multiple.correct());
        weights = multiple.weights();
      }
      case Question.TrueFalse trueFalse -> {
        type = QuestionType.TRUE_FALSE;
        correct = List.of(String.valueOf(trueFalse.correct()));
      }
      case Question.Matching matching -> {
        type = QuestionType.MATCHING;
        matches = matching.matches();
        pairs = matching.pairs();
      }
      case Question.Ordering ordering -> {
        type = QuestionType.ORDERING;
        correct = ordering.order();
      }
      case Question.ShortText shortText -> {
        type = QuestionType.SHORT;
        correct = shortText.answers().stream().filter(a -> a.any()).map(a -> a.id()).toList();
        weights = ShortAnswerForm.draftWeights(shortText.answers());
      }
      case Question.Numerical numerical -> {
        type = QuestionType.NUMERICAL;
        open = new QuestionDraft.Open(numerical.answers(), 0, null);
      }
      case Question.Essay essay -> {
        type = QuestionType.ESSAY;
        open = new QuestionDraft.Open(List.of(), essay.maxLength(), essay.rubric());
      }
    }
    return new QuestionDraft(
        common.id(),
        type,
        question.options(),
        matches,
        correct,
        pairs,
        common.scenario(),
        common.tags(),
        common.shuffle(),
        common.objective(),
        weights,
        open);
  }

  /** A question's words in one language as the editor's form holds them. */
  static QuestionWords words(QuestionText text) {
    Map<String, OptionWords> options = new LinkedHashMap<>();
    text.options().forEach((id, o) -> options.put(id, new OptionWords(o.text(), o.feedback())));
    return new QuestionWords(
        text.text(), text.source(), text.feedback(), options, text.matches(), text.accepted());
  }

  /**
   * The words of a form as the package keeps them: trimmed, blanks left out, options and matches in
   * the answer key's order and only those its type has.
   */
  static QuestionText text(QuestionWords words, QuestionDraft key) {
    Map<String, OptionText> options = new LinkedHashMap<>();
    if (key.type() != QuestionType.ESSAY) {
      for (String option : key.options()) {
        OptionWords given = words.options().get(option);
        if (key.type() == QuestionType.SHORT && key.correct().contains(option)) {
          String note = given == null ? null : blankToNull(given.feedback());
          options.put(option, new OptionText(Question.ShortAnswer.ANY, note)); // the catch-all
        } else if (given != null && !blank(given.text())) {
          options.put(option, new OptionText(given.text().strip(), blankToNull(given.feedback())));
        }
      }
    }
    Map<String, String> matches = new LinkedHashMap<>();
    if (key.type() == QuestionType.MATCHING) {
      key.matches()
          .forEach(
              m -> {
                if (!blank(words.matches().get(m))) {
                  matches.put(m, words.matches().get(m).strip());
                }
              });
    }
    List<String> accepted = new ArrayList<>();
    if (key.type() == QuestionType.SHORT && key.options().isEmpty()) {
      words.accept().stream().filter(a -> !blank(a)).map(String::strip).forEach(accepted::add);
    }
    return new QuestionText(
        blankToNull(words.text()),
        blankToNull(words.source()),
        blankToNull(words.feedback()),
        options,
        matches,
        accepted);
  }

  /** Whether every text a question needs in a language is there (what the validator requires). */
  static boolean complete(Question question, QuestionText text) {
    if (blank(text.text()) || blank(text.source())) {
      return false;
    }
    if (question instanceof Question.ShortText shortText && shortText.answers().isEmpty()) {
      return !text.accepted().isEmpty();
    }
    if (question instanceof Question.Numerical || question instanceof Question.Essay) {
      return true; // a numerical answer's feedback may be left out; an essay has no options
    }
    boolean options =
        question.options().stream()
            .allMatch(o -> text.options().get(o) != null && !blank(text.options().get(o).text()));
    boolean matches =
        !(question instanceof Question.Matching matching)
            || matching.matches().stream().allMatch(m -> !blank(text.matches().get(m)));
    return options && matches;
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static String blankToNull(String value) {
    return blank(value) ? null : value.strip();
  }
}

package org.rightsacademy.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.OptionText;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionText;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.platform.Language;

/**
 * An attempt's questions as the pages show them, in one language: texts, options in the paper's
 * order with the learner's saved choice, and for the review what was right and why.
 */
public final class PaperView {

  private PaperView() {}

  /** One option (or match, or position) as shown, and whether the learner's answer has it. */
  public record Choice(String id, String text, boolean chosen, String feedback, boolean correct) {}

  /** A row of an ordering or matching question: the item, and the value the learner gave it. */
  public record Row(String id, String text, String value, String valueText) {}

  /**
   * What the two open types add: the longest answer (essay), the feedback of the numerical answer
   * the learner's number fell in, and for an essay the rubric (shown to trainers only), the
   * trainer's comment and whether it still awaits a trainer's grade.
   */
  public record Open(
      int maxLength, String answerFeedback, String rubric, String comment, boolean awaiting) {
    static final Open NONE = new Open(0, null, null, null, false);
  }

  /** One question of the paper. */
  public record QuestionView(
      int position,
      String type,
      String scenario,
      String text,
      String source,
      String feedback,
      List<Choice> choices,
      List<Row> rows,
      List<Choice> columns,
      String textAnswer,
      long seq,
      boolean answered,
      Double score,
      String correctAnswer,
      ItemFeedback checked,
      Open open) {

    public boolean isChoice() {
      return type.equals("single") || type.equals("true_false") || type.equals("multiple");
    }
  }

  public static List<QuestionView> of(
      CoursePackage course,
      String quizId,
      List<AttemptItem> items,
      Language language,
      boolean reveal) {
    List<QuestionView> views = new ArrayList<>();
    String lastScenario = null;
    for (AttemptItem item : items) {
      Question question =
          Paper.question(course, item.getOriginQuiz(), item.getQuestionId()).orElseThrow();
      QuestionText text =
          Optional.ofNullable(question.texts().get(language))
              .orElse(question.texts().get(Language.DEFAULT));
      Answer answer = Answer.decode(question.type(), item.getResponse().orElse(null));
      String scenarioKey =
          question.scenario() == null ? null : item.getOriginQuiz() + "#" + question.scenario();
      String scenario = null;
      if (scenarioKey != null && !scenarioKey.equals(lastScenario)) {
        Quiz origin = Paper.quiz(course, item.getOriginQuiz()).orElseThrow();
        Map<Language, String> stem = origin.scenarios().get(question.scenario());
        scenario = Optional.ofNullable(stem.get(language)).orElse(stem.get(Language.DEFAULT));
      }
      lastScenario = scenarioKey;
      List<Choice> choices = new ArrayList<>();
      List<Row> rows = new ArrayList<>();
      List<Choice> columns = new ArrayList<>();
      String textAnswer = "";
      switch (answer) {
        case Answer.Choices picked -> {
          for (String option : item.getOptionOrder()) {
            OptionText option1 = text.options().get(option);
            boolean correct =
                question.key() instanceof AnswerKey.Choices key && key.correct().contains(option);
            choices.add(
                new Choice(
                    option,
                    option1.text(),
                    picked.picked().contains(option),
                    option1.feedback(),
                    correct));
          }
        }
        case Answer.Order order -> {
          for (String option : item.getOptionOrder()) {
            int index = order.items().indexOf(option);
            String place = index < 0 ? "" : String.valueOf(index + 1);
            rows.add(new Row(option, text.options().get(option).text(), place, place));
          }
          for (int i = 1; i <= item.getOptionOrder().size(); i++) {
            columns.add(new Choice(String.valueOf(i), String.valueOf(i), false, null, false));
          }
        }
        case Answer.Pairs pairs -> {
          for (String option : item.getOptionOrder()) {
            String match = pairs.pairs().getOrDefault(option, "");
            rows.add(
                new Row(
                    option,
                    text.options().get(option).text(),
                    match,
                    match.isEmpty() ? "" : text.matches().getOrDefault(match, match)));
          }
          for (String match : item.getMatchOrder()) {
            columns.add(new Choice(match, text.matches().get(match), false, null, false));
          }
        }
        case Answer.Text typed ->
            textAnswer =
                question.type() == QuestionType.NUMERICAL
                    ? NumberInput.show(typed.text(), language)
                    : typed.text();
      }
      Open open = Open.NONE;
      if (question.key() instanceof AnswerKey.Open essay) {
        open =
            new Open(
                essay.maxLength(),
                null,
                essay.rubric(),
                item.getComment().orElse(null),
                item.getScore().isEmpty() && !answer.isEmpty());
      } else if (question.key() instanceof AnswerKey.Numbers numbers
          && answer instanceof Answer.Text typed) {
        open =
            new Open(
                NumberInput.MAX_LENGTH,
                numericFeedback(numbers, text, typed.text()),
                null,
                null,
                false);
      }
      if (question.key() instanceof AnswerKey.Accepted accepted
          && !accepted.answers().isEmpty()
          && answer instanceof Answer.Text typed) {
        open =
            new Open(
                0,
                ShortAnswers.feedback(question, accepted, text, typed.text()),
                null,
                null,
                false);
      }
      views.add(
          new QuestionView(
              item.getPosition(),
              question.type().name().toLowerCase(),
              scenario,
              text.text(),
              text.source(),
              text.feedback(),
              List.copyOf(choices),
              List.copyOf(rows),
              List.copyOf(columns),
              textAnswer,
              item.getSeq(),
              !answer.isEmpty(),
              item.getScore().orElse(null),
              reveal ? correctAnswer(question, text, language) : null,
              item.isChecked() ? ItemFeedback.of(course, item, language) : null,
              open));
    }
    return views;
  }

  /** The right answer in words, for the review. */
  static String correctAnswer(Question question, QuestionText text, Language language) {
    return switch (question.key()) {
      case AnswerKey.Choices key ->
          String.join(
              "; ",
              question.options().stream()
                  .filter(key.correct()::contains)
                  .map(o -> text.options().get(o).text())
                  .toList());
      case AnswerKey.Sequence key ->
          String.join(" → ", key.order().stream().map(o -> text.options().get(o).text()).toList());
      case AnswerKey.Pairs key -> {
        Map<String, String> words = new LinkedHashMap<>();
        question
            .options()
            .forEach(
                o ->
                    words.put(
                        text.options().get(o).text(), text.matches().get(key.pairs().get(o))));
        yield String.join(
            "; ", words.entrySet().stream().map(e -> e.getKey() + " — " + e.getValue()).toList());
      }
      case AnswerKey.Accepted key when !key.answers().isEmpty() -> ShortAnswers.right(key, text);
      case AnswerKey.Accepted key -> text.accepted().isEmpty() ? "" : text.accepted().getFirst();
      case AnswerKey.Numbers key ->
          String.join(
              "; ",
              key.answers().stream()
                  .filter(a -> a.weight() == 100)
                  .map(a -> describe(a, language))
                  .toList());
      case AnswerKey.Open key -> "";
    };
  }

  /** An accepted number as a reader sees it: "90", "90 ± 5", "80 – 100". */
  static String describe(
      org.rightsacademy.catalog.model.Question.NumericAnswer answer, Language language) {
    if (answer.isRange()) {
      return number(answer.min(), language) + " – " + number(answer.max(), language);
    }
    String value = number(answer.value(), language);
    return answer.tolerance() == null || answer.tolerance() == 0
        ? value
        : value + " ± " + number(answer.tolerance(), language);
  }

  private static String number(double value, Language language) {
    return NumberInput.show(
        java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString(), language);
  }

  /** The feedback written for the accepted answer the number falls in (the best one), or null. */
  static String numericFeedback(AnswerKey.Numbers key, QuestionText text, String stored) {
    double given;
    try {
      given = new java.math.BigDecimal(stored.strip()).doubleValue();
    } catch (NumberFormatException e) {
      return null;
    }
    return key.answers().stream()
        .filter(a -> given >= a.low() - 1e-9 && given <= a.high() + 1e-9)
        .max(
            java.util.Comparator.comparingInt(
                org.rightsacademy.catalog.model.Question.NumericAnswer::weight))
        .map(a -> text.options().get(a.id()))
        .map(OptionText::text)
        .orElse(null);
  }

  /**
   * Reads one question's answer from a submitted form, in the stored form the JavaScript also
   * sends.
   */
  public static String fromForm(
      QuestionType type, int position, List<String> optionOrder, Map<String, String[]> params) {
    String name = "q" + position;
    return switch (type) {
      case SINGLE, TRUE_FALSE, SHORT, NUMERICAL -> first(params.get(name));
      case ESSAY -> {
        String[] values = params.get(name);
        yield values == null || values.length == 0 || values[0] == null ? "" : values[0];
      }
      case MULTIPLE ->
          String.join(",", Optional.ofNullable(params.get(name)).map(List::of).orElse(List.of()));
      case ORDERING -> {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (String option : optionOrder) {
          try {
            positions.put(option, Integer.parseInt(first(params.get(name + "-" + option))));
          } catch (NumberFormatException e) {
            // not placed
          }
        }
        yield String.join(
            ",",
            positions.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .toList());
      }
      case MATCHING ->
          String.join(
              ",",
              optionOrder.stream()
                  .filter(option -> !first(params.get(name + "-" + option)).isEmpty())
                  .map(option -> option + "=" + first(params.get(name + "-" + option)))
                  .toList());
    };
  }

  private static String first(String[] values) {
    return values == null || values.length == 0 || values[0] == null ? "" : values[0].strip();
  }
}

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
      ItemFeedback checked) {

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
        case Answer.Text typed -> textAnswer = typed.text();
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
              reveal ? correctAnswer(question, text) : null,
              item.isChecked() ? ItemFeedback.of(course, item, language) : null));
    }
    return views;
  }

  /** The right answer in words, for the review. */
  static String correctAnswer(Question question, QuestionText text) {
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
      case AnswerKey.Accepted key -> text.accepted().isEmpty() ? "" : text.accepted().getFirst();
    };
  }

  /**
   * Reads one question's answer from a submitted form, in the stored form the JavaScript also
   * sends.
   */
  public static String fromForm(
      QuestionType type, int position, List<String> optionOrder, Map<String, String[]> params) {
    String name = "q" + position;
    return switch (type) {
      case SINGLE, TRUE_FALSE, SHORT -> first(params.get(name));
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

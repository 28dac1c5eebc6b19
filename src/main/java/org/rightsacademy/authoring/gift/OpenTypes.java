package org.rightsacademy.authoring.gift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsacademy.catalog.model.OptionText;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.QuestionText;

/**
 * GIFT's numerical and essay questions to and from the package model's {@link Question.Numerical}
 * and {@link Question.Essay}. A numerical answer's feedback becomes the text of its option (the
 * model keeps it per language); a weight is rounded to a whole per cent between 0 and 100 (Moodle
 * gives a numerical answer no negative weight). An essay's length limit and rubric have no GIFT
 * form: the writer names them in a comment.
 */
public final class OpenTypes {

  private OpenTypes() {}

  /** The model's numerical question: answers {@code n1}, {@code n2}... in the file's order. */
  public static Question.Numerical numerical(GiftQuestion.Numerical gift, Question.Common common) {
    List<Question.NumericAnswer> answers = new ArrayList<>();
    for (GiftQuestion.NumericAnswer answer : gift.answers()) {
      String id = "n" + (answers.size() + 1);
      int weight = (int) Math.round(Math.max(0, Math.min(100, answer.weight())));
      answers.add(
          switch (answer.accepts()) {
            case GiftQuestion.Tolerance t ->
                Question.NumericAnswer.exact(id, t.value(), Math.abs(t.tolerance()), weight);
            case GiftQuestion.Range r -> Question.NumericAnswer.range(id, r.min(), r.max(), weight);
          });
    }
    return new Question.Numerical(common, answers);
  }

  /** Each answer's feedback as the text of its option, by answer id; answers without none. */
  public static Map<String, OptionText> numericalFeedback(GiftQuestion.Numerical gift) {
    Map<String, OptionText> feedback = new LinkedHashMap<>();
    for (int i = 0; i < gift.answers().size(); i++) {
      String text = gift.answers().get(i).feedback();
      if (!text.isBlank()) {
        feedback.put("n" + (i + 1), new OptionText(text.strip(), null));
      }
    }
    return feedback;
  }

  /** The model's essay: the default length limit, no rubric. */
  public static Question.Essay essay(GiftQuestion.Essay gift, Question.Common common) {
    return new Question.Essay(common, Question.Essay.DEFAULT_LENGTH, null);
  }

  /** A numerical question in GIFT, its answers' feedback taken from its texts in one language. */
  public static GiftQuestion.Numerical gift(
      Question.Numerical question, QuestionText words, GiftQuestion.Header header) {
    List<GiftQuestion.NumericAnswer> answers = new ArrayList<>();
    for (Question.NumericAnswer answer : question.answers()) {
      GiftQuestion.Accepts accepts =
          answer.isRange()
              ? new GiftQuestion.Range(answer.min(), answer.max())
              : new GiftQuestion.Tolerance(
                  answer.value(), answer.tolerance() == null ? 0 : answer.tolerance());
      OptionText text = words == null ? null : words.options().get(answer.id());
      answers.add(
          new GiftQuestion.NumericAnswer(
              accepts, answer.weight(), text == null ? "" : text.text()));
    }
    return new GiftQuestion.Numerical(header, answers, "");
  }

  /** An essay in GIFT; what GIFT cannot carry (length limit, rubric) in words for a comment. */
  public static GiftQuestion.Essay gift(Question.Essay question, GiftQuestion.Header header) {
    return new GiftQuestion.Essay(header);
  }

  /** What an essay's GIFT form leaves out, for the writer's comment; "" when nothing. */
  public static String notInGift(Question.Essay question) {
    StringBuilder lost = new StringBuilder();
    if (question.maxLength() != Question.Essay.DEFAULT_LENGTH) {
      lost.append("at most ").append(question.maxLength()).append(" characters");
    }
    if (question.rubric() != null) {
      lost.append(lost.isEmpty() ? "" : "; ")
          .append("rubric: ")
          .append(question.rubric().replaceAll("\\s+", " "));
    }
    return lost.toString();
  }
}

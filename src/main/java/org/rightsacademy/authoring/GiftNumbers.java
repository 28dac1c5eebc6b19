package org.rightsacademy.authoring;

import static org.rightsacademy.authoring.GiftText.clean;
import static org.rightsacademy.authoring.GiftText.restore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsacademy.authoring.QuestionWords.OptionWords;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.Question;

/**
 * The two GIFT forms {@link Gift} reads besides choices: an essay ({@code {}}) and a numerical
 * question ({@code {#3:2}}, {@code {#1..5}}, {@code {#=3:0.5 =%50%3:2 #feedback}}), each as the
 * editor's form.
 */
final class GiftNumbers {

  private static final Pattern ANSWER =
      Pattern.compile("^(%(-?\\d+(?:\\.\\d+)?)%)?\\s*([^#]*?)\\s*(#(.*))?$", Pattern.DOTALL);
  private static final String NUMBER = "-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?";
  private static final Pattern RANGE =
      Pattern.compile("(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER + ")");
  private static final Pattern TOLERANCE =
      Pattern.compile("(" + NUMBER + ")(?:\\s*:\\s*(" + NUMBER + "))?");

  private GiftNumbers() {}

  /** An essay's key: no options, the longest answer by default, no rubric. */
  static QuestionDraft essay(String id, List<String> tags) {
    return new QuestionDraft(
        id,
        QuestionType.ESSAY,
        List.of(),
        List.of(),
        List.of(),
        Map.of(),
        null,
        tags,
        true,
        null,
        new QuestionDraft.Open(List.of(), Question.Essay.DEFAULT_LENGTH, null));
  }

  /** The answers after {@code #}, read; empty when one is not a number or none earns 100 %. */
  static Optional<Map.Entry<QuestionDraft, Map<String, OptionWords>>> numerical(
      String id, List<String> tags, String afterHash) {
    List<Question.NumericAnswer> answers = new ArrayList<>();
    Map<String, OptionWords> feedback = new LinkedHashMap<>();
    String body = afterHash.strip();
    if (!body.startsWith("=") && !body.startsWith("~")) {
      body = "=" + body;
    }
    for (String part : body.split("(?=[=~])")) {
      if (part.isBlank() || part.startsWith("~")) {
        continue; // "~#…" is feedback for any other number: nothing to key
      }
      Matcher m = ANSWER.matcher(part.substring(1).strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      int weight =
          m.group(2) == null
              ? 100
              : (int) Math.round(Math.max(0, Math.min(100, Double.parseDouble(m.group(2)))));
      String answerId = "n" + (answers.size() + 1);
      String number = m.group(3).strip();
      Matcher range = RANGE.matcher(number);
      Matcher tolerance = TOLERANCE.matcher(number);
      if (range.matches()) {
        answers.add(
            Question.NumericAnswer.range(
                answerId,
                Double.parseDouble(range.group(1)),
                Double.parseDouble(range.group(2)),
                weight));
      } else if (tolerance.matches()) {
        answers.add(
            Question.NumericAnswer.exact(
                answerId,
                Double.parseDouble(tolerance.group(1)),
                tolerance.group(2) == null ? 0 : Math.abs(Double.parseDouble(tolerance.group(2))),
                weight));
      } else {
        return Optional.empty();
      }
      if (m.group(5) != null && !m.group(5).isBlank()) {
        feedback.put(answerId, new OptionWords(clean(restore(m.group(5))), null));
      }
    }
    if (answers.stream().noneMatch(a -> a.weight() == 100)) {
      return Optional.empty();
    }
    QuestionDraft key =
        new QuestionDraft(
            id,
            QuestionType.NUMERICAL,
            answers.stream().map(Question.NumericAnswer::id).toList(),
            List.of(),
            List.of(),
            Map.of(),
            null,
            tags,
            true,
            null,
            new QuestionDraft.Open(answers, 0, null));
    return Optional.of(Map.entry(key, feedback));
  }
}

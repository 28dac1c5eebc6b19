package org.rightsacademy.catalog.model;

import static org.rightsacademy.catalog.model.PackageKeys.ANSWERS;
import static org.rightsacademy.catalog.model.PackageKeys.ID;
import static org.rightsacademy.catalog.model.PackageKeys.MAX;
import static org.rightsacademy.catalog.model.PackageKeys.MAX_LENGTH;
import static org.rightsacademy.catalog.model.PackageKeys.MIN;
import static org.rightsacademy.catalog.model.PackageKeys.RUBRIC;
import static org.rightsacademy.catalog.model.PackageKeys.TOLERANCE;
import static org.rightsacademy.catalog.model.PackageKeys.VALUE;
import static org.rightsacademy.catalog.model.PackageKeys.WEIGHT;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.ANSWER_KEY;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.INVALID_VALUE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rightsacademy.catalog.model.Question.NumericAnswer;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The answer keys of the two types a learner answers in their own words: a numerical question's
 * {@code answers:} (each a value with a tolerance, or a range, with a weight) and an essay's {@code
 * max_length:} and {@code rubric:}, both ways.
 */
final class NumericYaml {

  private NumericYaml() {}

  /** A numerical question's accepted answers, each checked; at least one earns full credit. */
  static List<NumericAnswer> answers(
      SourceReader in, String question, String file, Node node, Map<String, Node> entry) {
    List<NumericAnswer> answers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Node> items = Yaml.items(entry.get(ANSWERS));
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Map<String, Node> fields = Yaml.entries(item);
      String id = SourceReader.value(fields, ID).orElse("answer-" + (i + 1));
      in.unique(id, seen, file, item, "question " + question + ": answer");
      String where = "question " + question + ", answer " + id + ": ";
      int weight = fields.containsKey(WEIGHT) ? in.number(fields, WEIGHT, file, 0, 100, item) : 100;
      Double value = decimal(in, fields, VALUE, file, where);
      Double min = decimal(in, fields, MIN, file, where);
      Double max = decimal(in, fields, MAX, file, where);
      if (value != null && (min != null || max != null)) {
        in.problem(
            file,
            item,
            INVALID_VALUE,
            where + "give a value (and tolerance) or min and max, not both");
      }
      if (value != null) {
        Double tolerance = decimal(in, fields, TOLERANCE, file, where);
        if (tolerance != null && tolerance < 0) {
          in.problem(
              file, fields.get(TOLERANCE), INVALID_VALUE, where + "a tolerance cannot be negative");
        }
        answers.add(
            NumericAnswer.exact(id, value, tolerance == null ? 0 : Math.abs(tolerance), weight));
      } else if (min != null && max != null) {
        if (min > max) {
          in.problem(
              file, fields.get(MIN), INVALID_VALUE, where + "min " + min + " is above max " + max);
        }
        answers.add(NumericAnswer.range(id, min, max, weight));
      } else if (fields.containsKey(VALUE) || fields.containsKey(MIN) || fields.containsKey(MAX)) {
        // a number that is not one (reported): the answer is kept, so its texts still belong
        answers.add(NumericAnswer.exact(id, 0, 0, weight));
      } else {
        in.problem(
            file, item, ANSWER_KEY, where + "needs a value (and a tolerance), or a min and a max");
      }
    }
    if (answers.isEmpty()) {
      in.problem(
          file,
          entry.getOrDefault(ANSWERS, node),
          ANSWER_KEY,
          "question " + question + " is numerical but accepts no answer (answers:)");
    } else if (answers.stream().noneMatch(a -> a.weight() == 100)) {
      in.problem(
          file,
          entry.get(ANSWERS),
          ANSWER_KEY,
          "question " + question + ": no answer earns full credit (weight: 100)");
    }
    return answers;
  }

  private static Double decimal(
      SourceReader in, Map<String, Node> fields, String key, String file, String where) {
    Optional<String> text = SourceReader.value(fields, key);
    if (text.isEmpty()) {
      return null;
    }
    try {
      double number = Double.parseDouble(text.get().strip());
      if (Double.isFinite(number) && text.get().strip().matches("[-+]?[0-9.eE+-]+")) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    in.problem(
        file, fields.get(key), INVALID_VALUE, where + key + " is not a number: " + text.get());
    return null;
  }

  /** An essay's longest answer, {@link Question.Essay#DEFAULT_LENGTH} unless it says. */
  static int maxLength(SourceReader in, String file, Map<String, Node> entry) {
    Integer length = in.optionalNumber(entry, MAX_LENGTH, file, 1, Question.Essay.MAX_LENGTH);
    return length == null ? Question.Essay.DEFAULT_LENGTH : length;
  }

  static String rubric(Map<String, Node> entry) {
    return SourceReader.value(entry, RUBRIC)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .orElse(null);
  }

  /** The answers as written in the answer key file. */
  static List<Object> write(List<NumericAnswer> answers) {
    List<Object> written = new ArrayList<>();
    for (NumericAnswer answer : answers) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put(ID, answer.id());
      if (answer.isRange()) {
        entry.put(MIN, number(answer.min()));
        entry.put(MAX, number(answer.max()));
      } else {
        entry.put(VALUE, number(answer.value()));
        if (answer.tolerance() != null && answer.tolerance() != 0) {
          entry.put(TOLERANCE, number(answer.tolerance()));
        }
      }
      entry.put(WEIGHT, answer.weight());
      written.add(entry);
    }
    return written;
  }

  /** A whole number without ".0", others as they are. */
  static Object number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : value;
  }

  static void writeEssay(Question.Essay essay, Map<String, Object> entry) {
    if (essay.maxLength() != Question.Essay.DEFAULT_LENGTH) {
      entry.put(MAX_LENGTH, essay.maxLength());
    }
    QuestionYaml.putIf(entry, RUBRIC, essay.rubric());
  }
}

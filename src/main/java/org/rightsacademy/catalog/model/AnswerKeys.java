package org.rightsacademy.catalog.model;

import static org.rightsacademy.catalog.model.PackageProblem.Kind.ANSWER_KEY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a question's {@code correct:} in the form its type needs, each answer checked against the
 * question's options.
 */
final class AnswerKeys {

  private final SourceReader in;
  private final String id;
  private final String file;
  private final Node question;
  private final Node correct;
  private final List<String> options;

  AnswerKeys(
      SourceReader in, String id, String file, Node question, Node correct, List<String> options) {
    this.in = in;
    this.id = id;
    this.file = file;
    this.question = question;
    this.correct = correct;
    this.options = options;
  }

  /** The correct options: one unless {@code several}. */
  Set<String> choices(boolean several, String typeName) {
    Set<String> chosen = new LinkedHashSet<>();
    List<Node> answers = Yaml.items(correct);
    if (answers.isEmpty() && correct != null) {
      answers = List.of(correct);
    }
    for (Node answer : answers) {
      String value = Yaml.text(answer).orElse("");
      if (!options.contains(value)) {
        in.problem(
            file,
            answer,
            ANSWER_KEY,
            "question " + id + ": correct answer " + value + " is not one of " + options);
      }
      chosen.add(value);
    }
    if (chosen.isEmpty()) {
      in.problem(file, question, ANSWER_KEY, "question " + id + " has no correct answer");
    } else if (!several && chosen.size() > 1) {
      in.problem(
          file,
          correct,
          ANSWER_KEY,
          "question " + id + " is " + typeName + " but has " + chosen.size() + " correct answers");
    }
    return chosen;
  }

  /**
   * A multiple-choice question's {@code weights:}, per cent by option: every option named once,
   * each between -100 and 100, the right options (and only they) above 0, adding up to 100.
   */
  Map<String, Double> weights(Node node) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Map.Entry<String, Node> entry : Yaml.entries(node).entrySet()) {
      String option = entry.getKey();
      Double weight = null;
      try {
        weight = Double.valueOf(Yaml.text(entry.getValue()).orElse(""));
      } catch (NumberFormatException e) {
        // reported below
      }
      if (!options.contains(option)) {
        in.problem(
            file,
            entry.getValue(),
            ANSWER_KEY,
            "question " + id + ": weight of " + option + ", which is not one of " + options);
      } else if (weight == null || !Double.isFinite(weight) || weight < -100 || weight > 100) {
        in.problem(
            file,
            entry.getValue(),
            ANSWER_KEY,
            "question " + id + ": the weight of " + option + " must be a number from -100 to 100");
      } else {
        weights.put(option, weight);
      }
    }
    Set<String> right = new LinkedHashSet<>();
    weights.forEach(
        (o, w) -> {
          if (w > 0) {
            right.add(o);
          }
        });
    double sum =
        weights.values().stream().filter(w -> w > 0).mapToDouble(Double::doubleValue).sum();
    Set<String> keyed = new LinkedHashSet<>();
    Yaml.items(correct).forEach(n -> Yaml.text(n).ifPresent(keyed::add));
    if (!weights.isEmpty() && Math.abs(sum - 100) > 0.01) {
      in.problem(
          file,
          node,
          ANSWER_KEY,
          "question " + id + ": the positive weights add up to " + number(sum) + ", not 100");
    } else if (!weights.isEmpty() && !right.equals(keyed)) {
      in.problem(
          file,
          node,
          ANSWER_KEY,
          "question "
              + id
              + ": the options with a positive weight "
              + right
              + " are not the correct ones "
              + keyed);
    }
    return weights;
  }

  /** A weight as the file writes it: 50, not 50.0; 33.33333 as it is. */
  static Object number(double weight) {
    return weight == Math.rint(weight) && Math.abs(weight) < 1e9 ? (Object) (long) weight : weight;
  }

  /** Each option with its match. */
  Map<String, String> pairs(List<String> matches) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (Map.Entry<String, Node> pair : Yaml.entries(correct).entrySet()) {
      String match = Yaml.text(pair.getValue()).orElse("");
      if (!options.contains(pair.getKey()) || !matches.contains(match)) {
        in.problem(
            file,
            pair.getValue(),
            ANSWER_KEY,
            "question "
                + id
                + ": "
                + pair.getKey()
                + " → "
                + match
                + " pairs an option of "
                + options
                + " with a match of "
                + matches);
      }
      pairs.put(pair.getKey(), match);
    }
    if (!pairs.keySet().containsAll(options)) {
      in.problem(
          file,
          correct == null ? question : correct,
          ANSWER_KEY,
          "question " + id + ": every option needs its match: " + options);
    }
    return pairs;
  }

  /** Every option once, in the right order. */
  List<String> order() {
    List<String> order = new ArrayList<>();
    for (Node item : Yaml.items(correct)) {
      order.add(Yaml.text(item).orElse(""));
    }
    if (order.size() != options.size() || !Set.copyOf(order).equals(Set.copyOf(options))) {
      in.problem(
          file,
          correct == null ? question : correct,
          ANSWER_KEY,
          "question " + id + ": the correct order must list every option once: " + options);
    }
    return order;
  }

  /** A short-text question has no key here: its accepted answers are per language. */
  void none() {
    if (correct != null) {
      in.problem(
          file,
          correct,
          ANSWER_KEY,
          "question " + id + " is short: its accepted answers go in each language file (accept:)");
    }
  }

  /** A type whose answer key is not {@code correct:} (numerical, essay). */
  void none(String typeName, String instead) {
    if (correct != null) {
      in.problem(
          file,
          correct,
          ANSWER_KEY,
          "question " + id + " is " + typeName + ": it has no correct: (" + instead + ")");
    }
  }
}

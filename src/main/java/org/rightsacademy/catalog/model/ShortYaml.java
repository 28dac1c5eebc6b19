package org.rightsacademy.catalog.model;

import static org.rightsacademy.catalog.model.PackageKeys.ACCEPT;
import static org.rightsacademy.catalog.model.PackageKeys.ANSWERS;
import static org.rightsacademy.catalog.model.PackageKeys.ANY;
import static org.rightsacademy.catalog.model.PackageKeys.ID;
import static org.rightsacademy.catalog.model.PackageKeys.WEIGHT;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.ANSWER_KEY;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.INVALID_VALUE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightsacademy.catalog.model.Question.ShortAnswer;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A short answer's weighted alternatives, both ways: in the answer key file, {@code answers:}, each
 * an {@code id} with a {@code weight} (per cent, -100 to 100, default 100) and, for the catch-all,
 * {@code any: true}; in each language file, each alternative's words and feedback under {@code
 * options:}, as a choice's (the catch-all's words are always {@code *} and may be left out).
 */
final class ShortYaml {

  private ShortYaml() {}

  /** The alternatives of a short question's key, checked; empty when it has none (accept: form). */
  static List<ShortAnswer> answers(
      SourceReader in, String question, String file, Node node, Map<String, Node> entry) {
    if (!entry.containsKey(ANSWERS)) {
      return List.of();
    }
    List<ShortAnswer> answers = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<Node> items = Yaml.items(entry.get(ANSWERS));
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      Map<String, Node> fields = Yaml.entries(item);
      String id = SourceReader.value(fields, ID).orElse("answer-" + (i + 1));
      in.unique(id, seen, file, item, "question " + question + ": answer");
      int weight =
          fields.containsKey(WEIGHT) ? in.number(fields, WEIGHT, file, -100, 100, item) : 100;
      boolean any = in.flag(fields, ANY, file, false);
      answers.add(new ShortAnswer(id, weight, any));
    }
    if (answers.isEmpty()) {
      in.problem(
          file,
          entry.getOrDefault(ANSWERS, node),
          ANSWER_KEY,
          "question " + question + " is short but accepts no answer (answers:)");
    } else if (answers.stream().noneMatch(a -> a.weight() == 100 && !a.any())) {
      in.problem(
          file,
          entry.get(ANSWERS),
          ANSWER_KEY,
          "question " + question + ": no answer earns full credit (weight: 100)");
    }
    if (answers.stream().filter(ShortAnswer::any).count() > 1) {
      in.problem(
          file,
          entry.get(ANSWERS),
          ANSWER_KEY,
          "question " + question + ": more than one catch-all answer (any: true, * in GIFT)");
    }
    return answers;
  }

  /** The ids of the catch-all alternatives (at most one in a valid package). */
  static Set<String> catchAll(List<ShortAnswer> answers) {
    Set<String> ids = new HashSet<>();
    answers.stream().filter(ShortAnswer::any).forEach(a -> ids.add(a.id()));
    return ids;
  }

  /**
   * A short question's accepted answers in one language ({@code accept:}), of which it needs one;
   * none when it has alternatives, whose words are then checked ({@link #checkWords}).
   */
  static List<String> accepted(
      SourceReader in,
      String question,
      String file,
      Node node,
      Map<String, Node> text,
      Map<String, OptionText> words,
      boolean alternatives) {
    if (alternatives) {
      checkWords(in, question, file, text, words);
      return List.of();
    }
    List<String> accepted = new ArrayList<>();
    Yaml.items(text.get(ACCEPT)).forEach(answer -> Yaml.text(answer).ifPresent(accepted::add));
    if (accepted.isEmpty()) {
      in.problem(
          file,
          node,
          ANSWER_KEY,
          "question " + question + " is short but accepts no answer in this language (accept:)");
    }
    return accepted;
  }

  /**
   * The checks of one language's words for the alternatives: each within {@link
   * ShortAnswer#MAX_LENGTH} characters, and no {@code accept:} beside them (it would be ignored).
   */
  private static void checkWords(
      SourceReader in,
      String question,
      String file,
      Map<String, Node> text,
      Map<String, OptionText> words) {
    if (text.containsKey(ACCEPT)) {
      in.problem(
          file,
          text.get(ACCEPT),
          INVALID_VALUE,
          "question "
              + question
              + " has answers: in its answer key, so its words go under options:, not accept:");
    }
    words.forEach(
        (id, option) -> {
          if (option.text().codePointCount(0, option.text().length()) > ShortAnswer.MAX_LENGTH) {
            in.problem(
                file,
                text.get(PackageKeys.OPTIONS),
                INVALID_VALUE,
                "question "
                    + question
                    + ": answer "
                    + id
                    + " is longer than "
                    + ShortAnswer.MAX_LENGTH
                    + " characters");
          }
        });
  }

  /** The alternatives as written in the answer key file. */
  static List<Object> write(List<ShortAnswer> answers) {
    List<Object> written = new ArrayList<>();
    for (ShortAnswer answer : answers) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put(ID, answer.id());
      if (answer.weight() != 100) {
        entry.put(WEIGHT, answer.weight());
      }
      if (answer.any()) {
        entry.put(ANY, true);
      }
      written.add(entry);
    }
    return written;
  }
}

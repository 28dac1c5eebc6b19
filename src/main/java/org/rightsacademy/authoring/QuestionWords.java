package org.rightsacademy.authoring;

import static org.rightsacademy.authoring.PackageYaml.map;
import static org.rightsacademy.authoring.PackageYaml.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightsacademy.catalog.CoursePackage.QuestionType;

/** What a question says in one language: one entry of {@code quizzes/<quiz>.<lang>.yaml}. */
public record QuestionWords(
    String text,
    String source,
    String feedback,
    Map<String, OptionWords> options,
    Map<String, String> matches,
    List<String> accept)
    implements java.io.Serializable {

  /** An option's text and the feedback a learner who picks it gets. */
  public record OptionWords(String text, String feedback) implements java.io.Serializable {}

  public QuestionWords {
    options = Map.copyOf(options);
    matches = Map.copyOf(matches);
    accept = List.copyOf(accept);
  }

  static QuestionWords fromYaml(Object value) {
    Map<String, Object> entry = map(value);
    Map<String, OptionWords> options = new LinkedHashMap<>();
    map(entry.get("options"))
        .forEach(
            (id, option) ->
                options.put(
                    id,
                    option instanceof Map<?, ?>
                        ? new OptionWords(
                            PackageYaml.text(map(option).get("text")),
                            PackageYaml.text(map(option).get("feedback")))
                        : new OptionWords(PackageYaml.text(option), null)));
    Map<String, String> matches = new LinkedHashMap<>();
    map(entry.get("matches")).forEach((id, match) -> matches.put(id, PackageYaml.text(match)));
    return new QuestionWords(
        PackageYaml.text(entry.get("text")),
        PackageYaml.text(entry.get("source")),
        PackageYaml.text(entry.get("feedback")),
        options,
        matches,
        strings(entry.get("accept")));
  }

  /** The entry as written to the language file, options and matches in the key's order. */
  Map<String, Object> toYaml(QuestionDraft key) {
    Map<String, Object> entry = new LinkedHashMap<>();
    putText(entry, "source", source);
    putText(entry, "text", text);
    if (key.type() != QuestionType.SHORT) {
      Map<String, Object> optionTexts = new LinkedHashMap<>();
      for (String option : key.options()) {
        OptionWords words = options.get(option);
        if (words == null || blank(words.text())) {
          continue;
        }
        if (blank(words.feedback())) {
          optionTexts.put(option, words.text().strip());
        } else {
          Map<String, Object> withFeedback = new LinkedHashMap<>();
          withFeedback.put("text", words.text().strip());
          withFeedback.put("feedback", words.feedback().strip());
          optionTexts.put(option, withFeedback);
        }
      }
      entry.put("options", optionTexts);
    }
    if (key.type() == QuestionType.MATCHING) {
      Map<String, Object> matchTexts = new LinkedHashMap<>();
      key.matches()
          .forEach(
              m -> {
                if (!blank(matches.get(m))) {
                  matchTexts.put(m, matches.get(m).strip());
                }
              });
      entry.put("matches", matchTexts);
    }
    if (key.type() == QuestionType.SHORT) {
      entry.put(
          "accept",
          new ArrayList<>(accept.stream().filter(a -> !blank(a)).map(String::strip).toList()));
    }
    putText(entry, "feedback", feedback);
    return entry;
  }

  /** Whether every text the question needs in a language is there (what the validator requires). */
  boolean completeFor(QuestionDraft key) {
    if (blank(text) || blank(source)) {
      return false;
    }
    if (key.type() == QuestionType.SHORT) {
      return !accept.isEmpty();
    }
    boolean options =
        key.options().stream()
            .allMatch(o -> this.options.get(o) != null && !blank(this.options.get(o).text()));
    boolean matches =
        key.type() != QuestionType.MATCHING
            || key.matches().stream().allMatch(m -> !blank(this.matches.get(m)));
    return options && matches;
  }

  private static void putText(Map<String, Object> entry, String name, String value) {
    if (!blank(value)) {
      entry.put(name, value.strip());
    }
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}

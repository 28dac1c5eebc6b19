package org.rightsacademy.authoring;

import static org.rightsacademy.authoring.PackageYaml.map;
import static org.rightsacademy.authoring.PackageYaml.strings;
import static org.rightsacademy.authoring.PackageYaml.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rightsacademy.catalog.CoursePackage.QuestionType;

/**
 * The language-neutral part of a question as a trainer edits it: type, option and match ids, what
 * is correct, scenario and tags — one entry of {@code quizzes/<quiz>.yaml}. For single and
 * true-false questions {@code correct} holds one id; for multiple, the correct ids; for ordering,
 * every option in its right order; for matching, {@code pairs}; short answers have none. {@code
 * shuffle} is false for a question whose options keep their written order ("all of the above").
 * {@code objective} names the learning objective the question measures (its parallel items share
 * it), or is null.
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
    String objective)
    implements java.io.Serializable {

  public QuestionDraft {
    options = List.copyOf(options);
    matches = List.copyOf(matches);
    correct = List.copyOf(correct);
    pairs = Map.copyOf(pairs);
    tags = List.copyOf(tags);
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
        newId, type, options, matches, correct, pairs, scenario, tags, shuffle, objective);
  }

  static QuestionDraft fromYaml(Map<String, Object> entry) {
    QuestionType type;
    try {
      type = type(String.valueOf(entry.getOrDefault("type", "single")));
    } catch (IllegalArgumentException e) {
      type = QuestionType.SINGLE;
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    Object correct = entry.get("correct");
    if (correct instanceof Map) {
      map(correct).forEach((k, v) -> pairs.put(k, text(v)));
    }
    List<String> options =
        type == QuestionType.TRUE_FALSE ? List.of("true", "false") : strings(entry.get("options"));
    return new QuestionDraft(
        text(entry.get("id")),
        type,
        options,
        strings(entry.get("matches")),
        correct instanceof Map ? List.of() : strings(correct),
        pairs,
        text(entry.get("scenario")),
        strings(entry.get("tags")),
        !"false".equals(text(entry.get("shuffle"))),
        text(entry.get("objective")));
  }

  Map<String, Object> toYaml() {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", id);
    entry.put("type", typeName(type));
    if (scenario != null && !scenario.isBlank()) {
      entry.put("scenario", scenario);
    }
    if (!tags.isEmpty()) {
      entry.put("tags", new ArrayList<>(tags));
    }
    if (objective != null && !objective.isBlank()) {
      entry.put("objective", objective);
    }
    if (!shuffle) {
      entry.put("shuffle", false);
    }
    switch (type) {
      case SHORT -> {}
      case TRUE_FALSE -> entry.put("correct", correct.isEmpty() ? "true" : correct.getFirst());
      case SINGLE -> {
        entry.put("options", new ArrayList<>(options));
        entry.put("correct", correct.isEmpty() ? "" : correct.getFirst());
      }
      case MULTIPLE, ORDERING -> {
        entry.put("options", new ArrayList<>(options));
        entry.put("correct", new ArrayList<>(correct));
      }
      case MATCHING -> {
        entry.put("options", new ArrayList<>(options));
        entry.put("matches", new ArrayList<>(matches));
        Map<String, Object> ordered = new LinkedHashMap<>();
        options.forEach(
            o -> {
              if (pairs.get(o) != null) {
                ordered.put(o, pairs.get(o));
              }
            });
        entry.put("correct", ordered);
      }
    }
    return entry;
  }
}

package org.rightsacademy.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightsacademy.catalog.CoursePackage.QuestionType;

/**
 * What a learner answered to one question, in the form its type needs. Stored as one line of text:
 * option ids (which never contain commas or equals signs) joined by commas, pairs as {@code
 * item=match}, short answers and essays as typed (essays sanitised, {@link EssayText}), numbers in
 * their canonical form ({@link NumberInput}).
 */
public sealed interface Answer {

  /** The options picked (single, multiple, true-false). */
  record Choices(Set<String> picked) implements Answer {}

  /** The options in the order the learner put them. */
  record Order(List<String> items) implements Answer {}

  /** Each item with the match the learner gave it. */
  record Pairs(Map<String, String> pairs) implements Answer {}

  /** A short text answer. */
  record Text(String text) implements Answer {}

  /** Longest answer accepted, in characters of its stored form. */
  int MAX_LENGTH = 2_000;

  default boolean isEmpty() {
    return switch (this) {
      case Choices c -> c.picked().isEmpty();
      case Order o -> o.items().isEmpty();
      case Pairs p -> p.pairs().isEmpty();
      case Text t -> t.text().isBlank();
    };
  }

  default String encode() {
    return switch (this) {
      case Choices c -> String.join(",", c.picked().stream().sorted().toList());
      case Order o -> String.join(",", o.items());
      case Pairs p ->
          String.join(
              ",",
              p.pairs().entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .sorted()
                  .toList());
      case Text t -> t.text();
    };
  }

  static Answer decode(QuestionType type, String stored) {
    String value = stored == null ? "" : stored;
    return switch (type) {
      case SINGLE, MULTIPLE, TRUE_FALSE ->
          new Choices(Set.copyOf(new LinkedHashSet<>(items(value))));
      case ORDERING -> new Order(items(value));
      case MATCHING -> {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : items(value)) {
          int eq = pair.indexOf('=');
          if (eq > 0 && eq < pair.length() - 1) {
            pairs.put(pair.substring(0, eq), pair.substring(eq + 1));
          }
        }
        yield new Pairs(Map.copyOf(pairs));
      }
      case SHORT, NUMERICAL, ESSAY -> new Text(value);
    };
  }

  private static List<String> items(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return List.copyOf(items);
  }
}

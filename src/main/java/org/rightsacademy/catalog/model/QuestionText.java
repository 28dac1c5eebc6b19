package org.rightsacademy.catalog.model;

import java.util.List;
import java.util.Map;

/**
 * What a question says in one language ({@code quizzes/<quiz>.<lang>.yaml}): its stem, the legal
 * source it rests on, feedback shown with every answer, and the words of its options, matches or
 * accepted answers, as its type has them. A part not written is null (or empty): the validator says
 * what a complete text needs.
 */
public record QuestionText(
    String text,
    String source,
    String feedback,
    Map<String, OptionText> options,
    Map<String, String> matches,
    List<String> accepted) {

  /**
   * The source a question imported without one gets (GIFT without a {@code ::title::}): the
   * validator refuses it like a missing source, so the course cannot be published until a trainer
   * names the provision.
   */
  public static final String SOURCE_PLACEHOLDER = "[legal source needed]";

  public QuestionText {
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    matches = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(matches));
    accepted = List.copyOf(accepted);
  }

  /** A stem and its source, with nothing else yet. */
  public static QuestionText of(String text, String source) {
    return new QuestionText(text, source, null, Map.of(), Map.of(), List.of());
  }
}

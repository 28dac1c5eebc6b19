package org.rightsacademy.authoring;

import java.util.List;
import java.util.Map;

/**
 * What a question says in one language, as the editor's form holds it ({@link QuestionForms} turns
 * it into the package model's text and back).
 */
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
}

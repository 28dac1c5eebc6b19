package org.rightsacademy.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightsacademy.platform.Language;

/**
 * A learning package as read from {@code courses/<code>/}: the course, its modules and lessons
 * (Markdown already rendered to sanitised HTML) and its quizzes, in every declared language.
 * Immutable; the checksum identifies the exact content, so an unchanged package is never loaded
 * twice and a changed one becomes a new version.
 */
public record CoursePackage(
    String code,
    int version,
    List<Language> languages,
    Map<Language, String> titles,
    Map<Language, String> summaries,
    int passMark,
    List<Module> modules,
    Quiz preTest,
    Quiz finalTest,
    String checksum) {

  public record Module(String id, Map<Language, String> titles, List<Lesson> lessons, Quiz quiz) {}

  public record Lesson(String id, Map<Language, String> titles, Map<Language, String> html) {}

  public record Quiz(String id, List<Question> questions) {}

  /** The language-neutral part of a question: its options and the answer key. */
  public record Question(
      String id, QuestionType type, List<String> options, Set<String> correct, Map<Language, QuestionText> texts) {}

  /** What a question says in one language, with the legal source it rests on. */
  public record QuestionText(String text, String source, String feedback, Map<String, OptionText> options) {}

  public record OptionText(String text, String feedback) {}

  public enum QuestionType {
    SINGLE,
    MULTIPLE,
    TRUE_FALSE
  }
}

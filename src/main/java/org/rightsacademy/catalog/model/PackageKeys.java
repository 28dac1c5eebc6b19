package org.rightsacademy.catalog.model;

import java.util.List;
import org.rightsacademy.platform.Language;

/**
 * The names of the package's files and YAML keys (format: {@code courses/README.md}), written once
 * for its readers and its writer.
 */
final class PackageKeys {

  private PackageKeys() {}

  static final String MANIFEST = "course.yaml";
  static final String LEDGER = "translations.yaml";

  /** The alt text of each picture per language: {@code images/map.png: {en: …, ar: …}}. */
  static final String IMAGES = "images.yaml";

  // course.yaml
  static final String CODE = "code";
  static final String VERSION = "version";
  static final String LANGUAGES = "languages";
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String COMPLETION = "completion";
  static final String PASS_MARK = "pass_mark";
  static final String CERTIFICATE = "certificate";
  static final String SHOW_SCORE = "show_score";
  static final String PRE_TEST = "pre_test";
  static final String FINAL_TEST = "final_test";
  static final String MODULES = "modules";
  static final String ID = "id";
  static final String LESSONS = "lessons";
  static final String FILE = "file";
  static final String QUIZ = "quiz";

  // quizzes/<quiz>.yaml
  static final String SETTINGS = "settings";
  static final String SCENARIOS = "scenarios";
  static final String QUESTIONS = "questions";
  static final String DRAW = "draw";
  static final String TAG = "tag";
  static final String COUNT = "count";
  static final String TYPE = "type";
  static final String OPTIONS = "options";
  static final String MATCHES = "matches";
  static final String CORRECT = "correct";
  static final String WEIGHTS = "weights";
  static final String SCENARIO = "scenario";
  static final String TAGS = "tags";
  static final String SHUFFLE = "shuffle";
  static final String OBJECTIVE = "objective";

  // quizzes/<quiz>.<lang>.yaml
  static final String TEXT = "text";
  static final String SOURCE = "source";
  static final String FEEDBACK = "feedback";
  static final String ACCEPT = "accept";
  static final String ANSWERS = "answers";
  static final String VALUE = "value";
  static final String TOLERANCE = "tolerance";
  static final String MIN = "min";
  static final String MAX = "max";
  static final String WEIGHT = "weight";
  static final String ANY = "any";
  static final String MAX_LENGTH = "max_length";
  static final String RUBRIC = "rubric";

  // settings:
  static final String ATTEMPTS = "attempts";
  static final String GRADING = "grading";
  static final String TIME_LIMIT = "time_limit";
  static final String SHUFFLE_QUESTIONS = "shuffle_questions";
  static final String SHUFFLE_OPTIONS = "shuffle_options";
  static final String REVEAL = "reveal";
  static final String MULTIPLE = "multiple";
  static final String PENALTY = "penalty";

  static final List<String> SETTING_NAMES =
      List.of(
          PASS_MARK,
          ATTEMPTS,
          GRADING,
          TIME_LIMIT,
          SHUFFLE_QUESTIONS,
          SHUFFLE_OPTIONS,
          FEEDBACK,
          REVEAL,
          MULTIPLE,
          PENALTY);

  /** {@code lessons/01-basics/01-definition.en.md}. */
  static String lessonFile(String file, Language language) {
    return "lessons/" + file + "." + language.code() + ".md";
  }

  /** {@code quizzes/basics.yaml}: the answer key. */
  static String quizKeyFile(String quiz) {
    return "quizzes/" + quiz + ".yaml";
  }

  /** {@code quizzes/basics.en.yaml}: the words in one language. */
  static String quizTextFile(String quiz, Language language) {
    return "quizzes/" + quiz + "." + language.code() + ".yaml";
  }

  /** An enum constant as the format writes it: {@code AFTER_PASS} → {@code after-pass}. */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}

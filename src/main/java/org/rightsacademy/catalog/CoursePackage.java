package org.rightsacademy.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightsacademy.catalog.model.QuizSettings;
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
    boolean certificateShowsScore,
    List<Module> modules,
    Quiz preTest,
    Quiz finalTest,
    String checksum) {

  /** Every quiz of the course: module quizzes, then the pre-test and the final test. */
  public java.util.stream.Stream<Quiz> quizzes() {
    return java.util.stream.Stream.concat(
            modules.stream().map(Module::quiz), java.util.stream.Stream.of(preTest, finalTest))
        .filter(java.util.Objects::nonNull);
  }

  /** The course's bank: every question of every quiz, in the order of {@link #quizzes()}. */
  public List<BankQuestion> bank() {
    return quizzes()
        .flatMap(q -> q.questions().stream().map(question -> new BankQuestion(q.id(), question)))
        .toList();
  }

  /** The parallel items of a learning objective: every question of the course written for it. */
  public List<BankQuestion> parallelItems(String objective) {
    return bank().stream().filter(b -> objective.equals(b.question().objective())).toList();
  }

  /** A question of the course's bank with the quiz it is written in. */
  public record BankQuestion(String quiz, Question question) {
    /** "quiz/questionId", unique in the course. */
    public String key() {
      return quiz + "/" + question.id();
    }
  }

  public record Module(String id, Map<Language, String> titles, List<Lesson> lessons, Quiz quiz) {}

  public record Lesson(String id, Map<Language, String> titles, Map<Language, String> html) {}

  /**
   * A quiz: its fixed questions, the questions it draws at random from the course's bank when an
   * attempt starts, its settings, and the scenario stems its questions share, per language.
   */
  public record Quiz(
      String id,
      List<Question> questions,
      List<Draw> draws,
      QuizSettings settings,
      Map<String, Map<Language, String>> scenarios) {

    /** The learning objectives its questions name, in order of first appearance. */
    public java.util.Set<String> objectives() {
      java.util.Set<String> objectives = new java.util.LinkedHashSet<>();
      questions.stream()
          .map(Question::objective)
          .filter(java.util.Objects::nonNull)
          .forEach(objectives::add);
      return objectives;
    }

    /** How many questions an attempt has: each objective its questions name counts once. */
    public int size() {
      long fixed = questions.stream().filter(q -> q.objective() == null).count();
      return (int) fixed + objectives().size() + draws.stream().mapToInt(Draw::count).sum();
    }
  }

  /** Draw {@code count} questions at random from the bank's questions tagged {@code tag}. */
  public record Draw(String tag, int count) {}

  /**
   * The language-neutral part of a question. {@code options} are the choices (single, multiple,
   * true-false), the items to put in order (ordering) or the items to match (matching, whose other
   * column is {@code matches}); short-text questions have none. Tags always include the quiz the
   * question is written in; {@code scenario} names a shared stem in its quiz, or is null. {@code
   * shuffle} is false when the options must keep their written order ("all of the above"). {@code
   * objective} names the learning objective the question measures, or is null: a quiz draws one
   * question per objective its questions name, from every question of the course written for it
   * (parallel items), so that a pre-test and a final test never need to show one learner the same.
   */
  public record Question(
      String id,
      QuestionType type,
      List<String> options,
      List<String> matches,
      AnswerKey key,
      String scenario,
      Set<String> tags,
      Map<Language, QuestionText> texts,
      boolean shuffle,
      String objective) {

    /** A question whose options may be shuffled, as most are. */
    public Question(
        String id,
        QuestionType type,
        List<String> options,
        List<String> matches,
        AnswerKey key,
        String scenario,
        Set<String> tags,
        Map<Language, QuestionText> texts) {
      this(id, type, options, matches, key, scenario, tags, texts, true, null);
    }
  }

  /** What is correct, in the form the question type needs. */
  public sealed interface AnswerKey {
    /**
     * The correct options (one for single and true-false), and a multiple-choice question's weights
     * in per cent by option (empty when the quiz's settings score it).
     */
    record Choices(Set<String> correct, Map<String, Double> weights) implements AnswerKey {
      public Choices {
        weights = Map.copyOf(weights);
      }

      public Choices(Set<String> correct) {
        this(correct, Map.of());
      }
    }

    /** The options in their correct order. */
    record Sequence(List<String> order) implements AnswerKey {}

    /** Each item with the match that belongs to it. */
    record Pairs(Map<String, String> pairs) implements AnswerKey {}

    /**
     * Short text: the weighted alternatives, whose words (per language) are the question's option
     * texts; or, when there are none, the accepted answers per language in {@link
     * QuestionText#accepted()}, all full credit.
     */
    record Accepted(List<org.rightsacademy.catalog.model.Question.ShortAnswer> answers)
        implements AnswerKey {
      public Accepted {
        answers = List.copyOf(answers);
      }

      /** The flat form: accepted answers per language, all full credit. */
      public Accepted() {
        this(List.of());
      }
    }

    /**
     * Numerical: the accepted answers, each a value with a tolerance or a range with its weight;
     * the question's options are their ids, whose texts are the feedback for each.
     */
    record Numbers(List<org.rightsacademy.catalog.model.Question.NumericAnswer> answers)
        implements AnswerKey {}

    /** Essay: no key; a trainer grades the answer, guided by the rubric (or null). */
    record Open(int maxLength, String rubric) implements AnswerKey {}
  }

  /** What a question says in one language, with the legal source it rests on. */
  public record QuestionText(
      String text,
      String source,
      String feedback,
      Map<String, OptionText> options,
      Map<String, String> matches,
      List<String> accepted) {}

  public record OptionText(String text, String feedback) {}

  public enum QuestionType {
    SINGLE,
    MULTIPLE,
    TRUE_FALSE,
    MATCHING,
    ORDERING,
    SHORT,
    NUMERICAL,
    ESSAY
  }
}

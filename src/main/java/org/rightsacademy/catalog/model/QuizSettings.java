package org.rightsacademy.catalog.model;

/**
 * How a quiz is taken and graded, from the {@code settings:} of its answer key file (format: {@code
 * courses/README.md}); every setting has a default.
 *
 * @param passMark per cent needed to pass; the course's pass mark unless the quiz sets its own
 * @param attempts attempts a learner may start; 0 for no limit
 * @param timeLimitMinutes minutes from the start of an attempt to its deadline; 0 for none
 * @param penalty for multiple choice with partial credit, the share (per cent) of the question's
 *     value lost over all wrong picks together: 100 means picking every wrong option cancels every
 *     right one
 */
public record QuizSettings(
    int passMark,
    int attempts,
    Grading grading,
    int timeLimitMinutes,
    boolean shuffleQuestions,
    boolean shuffleOptions,
    FeedbackTiming feedback,
    Reveal reveal,
    MultipleScoring multiple,
    int penalty) {

  /** Which of a learner's submitted attempts is their grade for the quiz. */
  public enum Grading {
    HIGHEST,
    LAST,
    FIRST,
    AVERAGE
  }

  /** When the learner sees feedback: as soon as each answer is saved, or after submitting. */
  public enum FeedbackTiming {
    IMMEDIATE,
    AFTER_SUBMISSION
  }

  /** When the correct answers are shown on the review page. */
  public enum Reveal {
    AFTER_SUBMISSION,
    AFTER_PASS,
    /**
     * Once the attempt passed or the learner has no attempt left: a retake cannot pass by memory.
     */
    AFTER_PASS_OR_LAST,
    NEVER
  }

  /**
   * Multiple choice: credit per right pick (less wrong picks), or only for exactly the right set.
   */
  public enum MultipleScoring {
    PARTIAL,
    ALL_OR_NOTHING
  }

  /**
   * A final test's attempts unless its settings say otherwise: room for a bad day, too few to pass
   * by trying.
   */
  public static final int FINAL_TEST_ATTEMPTS = 3;

  /**
   * Attempts a learner may still start after {@code submitted} submitted ones; empty when there is
   * no limit. The one rule behind the refusal to start and every "Try again" on the pages.
   */
  public java.util.OptionalInt attemptsLeft(long submitted) {
    return attempts == 0
        ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of((int) Math.max(0, attempts - submitted));
  }

  /** Whether another attempt may start after {@code submitted} submitted ones. */
  public boolean allowsAnother(long submitted) {
    return attemptsLeft(submitted).orElse(1) > 0;
  }

  /**
   * Whether the review of an attempt shows the correct answers.
   *
   * @param passed whether the attempt reviewed passed
   * @param attemptsLeft attempts the learner may still start; empty when there is no limit
   */
  public boolean reveals(boolean passed, java.util.OptionalInt attemptsLeft) {
    return switch (reveal) {
      case AFTER_SUBMISSION -> true;
      case AFTER_PASS -> passed;
      case AFTER_PASS_OR_LAST ->
          passed || (attemptsLeft.isPresent() && attemptsLeft.getAsInt() == 0);
      case NEVER -> false;
    };
  }

  /**
   * A final test measures what the learner knows, so by default it allows {@value
   * #FINAL_TEST_ATTEMPTS} attempts and shows the answers only once passed or once none is left;
   * otherwise it is set like any quiz.
   */
  public static QuizSettings finalTestDefaults(int passMark) {
    QuizSettings d = defaults(passMark);
    return new QuizSettings(
        d.passMark(),
        FINAL_TEST_ATTEMPTS,
        d.grading(),
        d.timeLimitMinutes(),
        d.shuffleQuestions(),
        d.shuffleOptions(),
        d.feedback(),
        Reveal.AFTER_PASS_OR_LAST,
        d.multiple(),
        d.penalty());
  }

  /** Module quizzes and the pre-test are practice: unlimited attempts, answers shown after each. */
  public static QuizSettings defaults(int passMark) {
    return new QuizSettings(
        passMark,
        0,
        Grading.HIGHEST,
        0,
        false,
        true,
        FeedbackTiming.AFTER_SUBMISSION,
        Reveal.AFTER_SUBMISSION,
        MultipleScoring.PARTIAL,
        100);
  }

  /**
   * The settings a quiz's file sets ({@code settings:}); null for each one it leaves to the
   * defaults of its role.
   */
  public record Overrides(
      Integer passMark,
      Integer attempts,
      Grading grading,
      Integer timeLimitMinutes,
      Boolean shuffleQuestions,
      Boolean shuffleOptions,
      FeedbackTiming feedback,
      Reveal reveal,
      MultipleScoring multiple,
      Integer penalty) {

    public static final Overrides NONE =
        new Overrides(null, null, null, null, null, null, null, null, null, null);

    public boolean isEmpty() {
      return equals(NONE);
    }

    /** These settings, the given defaults for each one not set. */
    public QuizSettings over(QuizSettings defaults) {
      return new QuizSettings(
          passMark != null ? passMark : defaults.passMark(),
          attempts != null ? attempts : defaults.attempts(),
          grading != null ? grading : defaults.grading(),
          timeLimitMinutes != null ? timeLimitMinutes : defaults.timeLimitMinutes(),
          shuffleQuestions != null ? shuffleQuestions : defaults.shuffleQuestions(),
          shuffleOptions != null ? shuffleOptions : defaults.shuffleOptions(),
          feedback != null ? feedback : defaults.feedback(),
          reveal != null ? reveal : defaults.reveal(),
          multiple != null ? multiple : defaults.multiple(),
          penalty != null ? penalty : defaults.penalty());
    }
  }
}

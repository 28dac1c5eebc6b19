package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.rightsacademy.authoring.QuestionWords.OptionWords;
import org.rightsacademy.authoring.gift.GiftProblem;
import org.rightsacademy.authoring.gift.GiftQuestion;
import org.rightsacademy.authoring.gift.GiftQuestion.Answer;
import org.rightsacademy.authoring.gift.GiftQuestion.Header;
import org.rightsacademy.authoring.gift.GiftQuestion.Pair;
import org.rightsacademy.authoring.gift.GiftRead;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.model.QuestionText;

/**
 * A GIFT file read by {@link org.rightsacademy.authoring.gift.GiftReader}, as questions of the
 * question bank: what can be imported (each with the line it starts on), and what cannot, each with
 * its line and the bundle key of its reason. Nothing is stored here; {@link QuizDraft#addQuestions}
 * stores the items.
 *
 * <p>A titled question's title is its legal source, as in files exported from here; a question
 * without a title gets an id from its first words and the source the trainer gave for such
 * questions, or {@link QuestionText#SOURCE_PLACEHOLDER}, which the validator refuses at
 * publication. The last part of a {@code $CATEGORY:} path becomes a tag, and so does every Moodle
 * {@code [tag:…]}; HTML and Moodle-format text become plain text ({@link GiftHtml}).
 */
public final class GiftImport {

  /** All or nothing, or "import what can be read and list the rest". */
  public enum Mode {
    STRICT,
    LENIENT
  }

  /**
   * An importable question: its line, answer key and words; for the preview, its GIFT title and
   * answers as the file gives them, and the bundle keys of notes on what the bank does not keep.
   */
  public record Item(
      int line,
      QuestionDraft key,
      QuestionWords words,
      String title,
      List<Shown> answers,
      List<String> notes)
      implements java.io.Serializable {}

  /**
   * An answer as the file gives it: its text, its weight in per cent ("" for none) and feedback.
   */
  public record Shown(String text, String weight, String feedback)
      implements java.io.Serializable {}

  /** A question not imported: its line, the bundle key of the reason and the words it names. */
  public record Skipped(int line, String reason, String detail) implements java.io.Serializable {}

  public record Result(List<Item> items, List<Skipped> skipped) implements java.io.Serializable {
    /** True when nothing would be left out: strict mode imports only then. */
    public boolean clean() {
      return skipped.isEmpty();
    }
  }

  private GiftImport() {}

  /**
   * The bundle key of the reason a GIFT question of this type cannot be imported, or empty when it
   * can. The one place to change when the bank learns a new type.
   */
  static Optional<String> unsupported(GiftQuestion question) {
    return switch (question) {
      case GiftQuestion.Description d -> Optional.of("author.gift.unsupported.description");
      case GiftQuestion.Unsupported u -> Optional.of("author.gift.unsupported.description");
      default -> Optional.empty();
    };
  }

  /**
   * The questions of a GIFT read, for a quiz; {@code defaultSource} is the source of untitled
   * questions (blank: the placeholder); {@code idTaken} says which ids the bank already uses.
   */
  public static Result of(
      GiftRead read, String quiz, String defaultSource, Predicate<String> idTaken) {
    List<Item> items = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (GiftProblem problem : read.problems()) {
      skipped.add(
          new Skipped(
              problem.line(),
              "author.gift.problem." + problem.kind().name().toLowerCase(java.util.Locale.ROOT),
              problem.detail()));
    }
    Set<String> ids = new java.util.HashSet<>();
    Predicate<String> taken = id -> idTaken.test(id) || ids.contains(id);
    for (GiftRead.Located located : read.located()) {
      GiftQuestion question = located.question();
      Optional<String> reason = unsupported(question);
      if (reason.isPresent()) {
        skipped.add(new Skipped(located.line(), reason.get(), question.header().title()));
        continue;
      }
      if (question instanceof GiftQuestion.MultipleResponse q && !addsUpTo100(q.answers())) {
        skipped.add(
            new Skipped(located.line(), "author.gift.weights_sum", question.header().title()));
        continue;
      }
      Item item = item(located.line(), question, quiz, defaultSource, taken);
      if (!TextLimits.question(item.words()).isEmpty()) {
        // Longer than the editor takes: listed, never stored.
        skipped.add(new Skipped(located.line(), "author.gift.too_long", question.header().title()));
        continue;
      }
      ids.add(item.key().id());
      items.add(item);
    }
    skipped.sort(java.util.Comparator.comparingInt(Skipped::line));
    return new Result(List.copyOf(items), List.copyOf(skipped));
  }

  private static Item item(
      int line, GiftQuestion question, String quiz, String defaultSource, Predicate<String> taken) {
    Header h = question.header();
    List<String> notes = new ArrayList<>();
    String text = text(h.text(), h);
    if (h.missingWord()) {
      text = text + " _____ " + text(h.textAfter(), h);
    }
    String source;
    if (h.titled()) {
      source = h.title();
    } else if (defaultSource != null && !defaultSource.isBlank()) {
      source = defaultSource.strip();
    } else {
      source = QuestionText.SOURCE_PLACEHOLDER;
      notes.add("author.gift.note.placeholder");
    }
    List<String> tags = new ArrayList<>();
    categoryTag(h.category(), quiz).ifPresent(tags::add);
    h.tags().stream()
        .map(t -> OutlineEdits.slug(t, ""))
        .filter(t -> !t.isEmpty() && !t.equals(quiz) && !tags.contains(t))
        .forEach(tags::add);
    String id = id(h, text, taken);
    String general = h.generalFeedback().isEmpty() ? null : text(h.generalFeedback(), h);
    Map<String, OptionWords> options = new LinkedHashMap<>();
    Map<String, String> matches = new LinkedHashMap<>();
    List<String> optionIds = new ArrayList<>();
    List<String> matchIds = new ArrayList<>();
    List<String> correct = new ArrayList<>();
    Map<String, String> pairs = new LinkedHashMap<>();
    List<String> accept = new ArrayList<>();
    Map<String, Double> weights = new LinkedHashMap<>();
    QuestionType type;
    QuestionDraft.Open open = QuestionDraft.Open.NONE;
    switch (question) {
      case GiftQuestion.MultipleChoice q -> {
        type = QuestionType.SINGLE;
        choices(q.answers(), h, optionIds, options);
        for (int i = 0; i < q.answers().size(); i++) {
          double weight = q.answers().get(i).weight();
          if (weight == 100 && correct.isEmpty()) {
            correct.add(optionIds.get(i));
          } else if (weight != 0 && weight != 100) {
            notes.add("author.gift.note.partial_credit");
          }
        }
      }
      case GiftQuestion.MultipleResponse q -> {
        type = QuestionType.MULTIPLE;
        choices(q.answers(), h, optionIds, options);
        for (int i = 0; i < q.answers().size(); i++) {
          if (q.answers().get(i).weight() > 0) {
            correct.add(optionIds.get(i));
          }
        }
        if (!evenWeights(q.answers())) {
          for (int i = 0; i < q.answers().size(); i++) {
            weights.put(optionIds.get(i), q.answers().get(i).weight());
          }
        }
      }
      case GiftQuestion.TrueFalse q -> {
        type = QuestionType.TRUE_FALSE;
        optionIds.addAll(List.of("true", "false"));
        String right = nullIfEmpty(text(q.rightFeedback(), h));
        String wrong = nullIfEmpty(text(q.wrongFeedback(), h));
        options.put("true", new OptionWords("True", q.answer() ? right : wrong));
        options.put("false", new OptionWords("False", q.answer() ? wrong : right));
        correct.add(q.answer() ? "true" : "false");
      }
      case GiftQuestion.ShortAnswer q -> {
        // Every alternative kept, as s1, s2... in the file's order: words, weight, feedback, "*".
        type = QuestionType.SHORT;
        for (Answer a : q.answers()) {
          String answerId = "s" + (optionIds.size() + 1);
          optionIds.add(answerId);
          double weight = Math.round(Math.max(-100, Math.min(100, a.weight())));
          if (weight != a.weight()) {
            notes.add("author.gift.note.short_weight");
          }
          weights.put(answerId, weight);
          if (a.catchAll()) {
            correct.add(answerId);
          }
          String feedback = text(a.feedback(), h);
          options.put(
              answerId,
              new OptionWords(
                  a.catchAll() ? a.text() : text(a.text(), h),
                  feedback.isBlank() ? null : feedback.strip()));
        }
      }
      case GiftQuestion.Matching q -> {
        type = QuestionType.MATCHING;
        Map<String, String> matchByText = new LinkedHashMap<>();
        for (Pair p : q.pairs()) {
          String right = text(p.right(), h);
          String matchId = matchByText.get(right);
          if (matchId == null) {
            matchId = "m" + (matchByText.size() + 1);
            matchByText.put(right, matchId);
            matchIds.add(matchId);
            matches.put(matchId, right);
          }
          if (!p.distractor()) {
            String optionId = optionId(optionIds.size());
            optionIds.add(optionId);
            options.put(optionId, new OptionWords(text(p.left(), h), null));
            pairs.put(optionId, matchId);
          }
        }
      }
      case GiftQuestion.Numerical q -> {
        // Answers n1, n2... in the file's order; an answer's feedback is its option's text.
        type = QuestionType.NUMERICAL;
        List<org.rightsacademy.catalog.model.Question.NumericAnswer> numbers = new ArrayList<>();
        for (GiftQuestion.NumericAnswer a : q.answers()) {
          String answerId = "n" + (numbers.size() + 1);
          int weight = (int) Math.round(Math.max(0, Math.min(100, a.weight())));
          if (weight != a.weight()) {
            notes.add("author.gift.note.numerical_weight");
          }
          numbers.add(
              switch (a.accepts()) {
                case GiftQuestion.Tolerance t ->
                    org.rightsacademy.catalog.model.Question.NumericAnswer.exact(
                        answerId, t.value(), Math.abs(t.tolerance()), weight);
                case GiftQuestion.Range r ->
                    org.rightsacademy.catalog.model.Question.NumericAnswer.range(
                        answerId, r.min(), r.max(), weight);
              });
          optionIds.add(answerId);
          String feedback = text(a.feedback(), h);
          if (!feedback.isBlank()) {
            options.put(answerId, new OptionWords(feedback.strip(), null));
          }
        }
        open = new QuestionDraft.Open(numbers, 0, null);
      }
      case GiftQuestion.Essay q -> {
        type = QuestionType.ESSAY;
        open =
            new QuestionDraft.Open(
                List.of(), org.rightsacademy.catalog.model.Question.Essay.DEFAULT_LENGTH, null);
      }
      default -> throw new IllegalArgumentException("not importable: " + question);
    }
    QuestionDraft key =
        new QuestionDraft(
            id, type, optionIds, matchIds, correct, pairs, null, tags, true, null, weights, open);
    QuestionWords words = new QuestionWords(text, source, general, options, matches, accept);
    return new Item(
        line,
        key,
        words,
        h.title(),
        GiftPreview.shown(question),
        List.copyOf(new java.util.LinkedHashSet<>(notes)));
  }

  /** A weight as people read it: 100, 50, -33.33. */
  static String percent(double weight) {
    return java.math.BigDecimal.valueOf(weight)
        .setScale(2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static void choices(
      List<Answer> answers, Header h, List<String> optionIds, Map<String, OptionWords> options) {
    for (Answer a : answers) {
      String optionId = optionId(optionIds.size());
      optionIds.add(optionId);
      options.put(optionId, new OptionWords(text(a.text(), h), nullIfEmpty(text(a.feedback(), h))));
    }
  }

  /** True when the positive weights add up to 100 %, as Moodle requires of multiple answers. */
  private static boolean addsUpTo100(List<Answer> answers) {
    double sum = answers.stream().mapToDouble(Answer::weight).filter(w -> w > 0).sum();
    return Math.abs(sum - 100) <= 0.01;
  }

  /**
   * True when the weights are the ones a question without weights of its own is exported with: the
   * right answers share 100 evenly and the wrong ones -100. Any other weights are kept.
   */
  private static boolean evenWeights(List<Answer> answers) {
    long right = answers.stream().filter(a -> a.weight() > 0).count();
    long wrong = answers.stream().filter(a -> a.weight() <= 0).count();
    for (Answer a : answers) {
      double expected = a.weight() > 0 ? 100.0 / right : -100.0 / wrong;
      if (Math.abs(a.weight() - expected) > 0.01) {
        return false;
      }
    }
    return true;
  }

  /** The tag a {@code $CATEGORY:} path gives: its last part, unless it is Moodle's "top". */
  static Optional<String> categoryTag(String category, String quiz) {
    if (category == null || category.isBlank()) {
      return Optional.empty();
    }
    String[] parts = category.split("/");
    String last = parts[parts.length - 1].replace("$course$", "").replace("$system$", "").strip();
    String tag = OutlineEdits.slug(last, "");
    return tag.isEmpty() || tag.equals("top") || tag.equals(quiz)
        ? Optional.empty()
        : Optional.of(tag);
  }

  /** Moodle's id number when it is a free id of ours, else one made from the title or text. */
  private static String id(Header h, String text, Predicate<String> taken) {
    String idNumber = h.idNumber();
    if (idNumber.matches("[a-z0-9][a-z0-9-]*")
        && idNumber.length() <= 60
        && !taken.test(idNumber)) {
      return idNumber;
    }
    String base = OutlineEdits.slug(h.titled() ? h.title() + " " + text : text, "question");
    return OutlineEdits.uniqueId(base, taken);
  }

  static String optionId(int index) {
    return (char) ('a' + Math.min(index, 25)) + (index >= 26 ? String.valueOf(index) : "");
  }

  static String text(String text, Header h) {
    return GiftHtml.plain(text, h.format());
  }

  private static String nullIfEmpty(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}

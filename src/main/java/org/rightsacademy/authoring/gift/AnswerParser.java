package org.rightsacademy.authoring.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rightsacademy.authoring.gift.GiftProblem.Kind;
import org.rightsacademy.authoring.gift.GiftQuestion.Answer;
import org.rightsacademy.authoring.gift.GiftQuestion.Header;
import org.rightsacademy.authoring.gift.GiftQuestion.Matching;
import org.rightsacademy.authoring.gift.GiftQuestion.MultipleChoice;
import org.rightsacademy.authoring.gift.GiftQuestion.MultipleResponse;
import org.rightsacademy.authoring.gift.GiftQuestion.Pair;
import org.rightsacademy.authoring.gift.GiftQuestion.ShortAnswer;
import org.rightsacademy.authoring.gift.GiftQuestion.TrueFalse;
import org.rightsacademy.authoring.gift.GiftReader.Block;

/**
 * The answers of choice, true/false, short-answer and matching questions, read as Moodle reads
 * them: {@code =} and {@code ~} open answers, {@code %n%} weighs one, {@code #} opens its feedback.
 * Each parse adds its problems and gives a question only when it had none.
 */
final class AnswerParser {

  private final Header header;
  private final Span section;
  private final Block block;
  private final List<GiftProblem> problems;
  private final int problemsBefore;

  AnswerParser(Header header, Span section, Block block, List<GiftProblem> problems) {
    this.header = header;
    this.section = section;
    this.block = block;
    this.problems = problems;
    this.problemsBefore = problems.size();
  }

  /**
   * {@code ~} answers are wrong unless weighed; {@code =} answers are right (Moodle reads no weight
   * after {@code =} here). With an {@code =} the question has one answer to pick, else several.
   */
  Optional<GiftQuestion> choices() {
    List<Answer> answers = new ArrayList<>();
    for (Span piece : section.splitBefore("~=")) {
      Span a = piece.strip();
      double weight = 0;
      if (a.text().startsWith("=")) {
        a = a.from(1).strip();
        weight = 100;
      } else {
        if (a.text().startsWith("~")) {
          a = a.from(1).strip();
        }
        weight = weighed(a, 0);
        a = a.from(GiftText.weightLength(a.text()));
      }
      answer(a, weight).ifPresent(answers::add);
    }
    if (answers.size() < 2) {
      fail(section, Kind.TOO_FEW_CHOICES, excerpt(section));
    }
    if (failed()) {
      return Optional.empty();
    }
    return Optional.of(
        section.text().indexOf('=') >= 0
            ? new MultipleChoice(header, answers)
            : new MultipleResponse(header, answers));
  }

  /** {@code =} or nothing opens an answer; an answer is fully right unless weighed. */
  Optional<GiftQuestion> shortAnswer() {
    List<Answer> answers = new ArrayList<>();
    for (Span piece : section.splitBefore("=")) {
      Span a = piece.strip();
      if (a.text().startsWith("=")) {
        a = a.from(1).strip();
      }
      double weight = weighed(a, 100);
      answer(a.from(GiftText.weightLength(a.text())), weight).ifPresent(answers::add);
    }
    return failed() ? Optional.empty() : Optional.of(new ShortAnswer(header, answers));
  }

  /** {@code {TRUE#wrong#right}}, or T, F, FALSE. */
  Optional<GiftQuestion> trueFalse() {
    String[] parts = section.text().split("#", 3);
    boolean answer = parts[0].strip().startsWith("T");
    String wrong = parts.length > 1 ? GiftText.text(parts[1]) : "";
    String right = parts.length > 2 ? GiftText.text(parts[2]) : "";
    return Optional.of(new TrueFalse(header, answer, wrong, right));
  }

  /** {@code =left -> right}; an empty left side makes a distractor. */
  Optional<GiftQuestion> matching() {
    List<Pair> pairs = new ArrayList<>();
    for (Span piece : section.splitBefore("=")) {
      Span p = piece.strip();
      if (p.text().startsWith("=")) {
        p = p.from(1).strip();
      }
      int arrow = p.text().indexOf("->");
      if (arrow < 0) {
        fail(p, Kind.NO_ARROW, GiftText.restore(p.text()));
        continue;
      }
      String right = GiftText.restore(p.text().substring(arrow + 2)).strip();
      if (right.isEmpty()) {
        fail(p, Kind.EMPTY_ANSWER, GiftText.restore(p.text()));
        continue;
      }
      pairs.add(new Pair(GiftText.text(p.text().substring(0, arrow)), right));
    }
    if (pairs.stream().filter(p -> !p.distractor()).count() < 2) {
      fail(section, Kind.TOO_FEW_PAIRS, excerpt(section));
    }
    return failed() ? Optional.empty() : Optional.of(new Matching(header, pairs));
  }

  /** The answer's weight, or {@code otherwise}; a weight beyond ±100 % is a problem. */
  private double weighed(Span answer, double otherwise) {
    OptionalDouble weight = GiftText.weight(answer.text());
    if (weight.isPresent() && Math.abs(weight.getAsDouble()) > 100) {
      fail(answer, Kind.BAD_WEIGHT, GiftText.format(weight.getAsDouble()));
    }
    return weight.orElse(otherwise);
  }

  /** An answer text and its feedback; an empty text is a problem. */
  private Optional<Answer> answer(Span answer, double weight) {
    Span[] split = answer.answerAndFeedback();
    String text = GiftText.text(split[0].text());
    if (text.isEmpty()) {
      fail(answer, Kind.EMPTY_ANSWER, excerpt(section));
      return Optional.empty();
    }
    return Optional.of(new Answer(text, weight, GiftText.text(split[1].text())));
  }

  static String excerpt(Span span) {
    return GiftText.firstWords(GiftText.restore(span.text()), 40);
  }

  private void fail(Span where, Kind kind, String detail) {
    problems.add(QuestionParser.problem(block, where.at(), kind, detail));
  }

  private boolean failed() {
    return problems.size() > problemsBefore;
  }
}

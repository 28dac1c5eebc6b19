package org.rightsacademy.authoring.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.rightsacademy.authoring.gift.GiftProblem.Kind;
import org.rightsacademy.authoring.gift.GiftQuestion.Accepts;
import org.rightsacademy.authoring.gift.GiftQuestion.Header;
import org.rightsacademy.authoring.gift.GiftQuestion.NumericAnswer;
import org.rightsacademy.authoring.gift.GiftQuestion.Numerical;
import org.rightsacademy.authoring.gift.GiftQuestion.Range;
import org.rightsacademy.authoring.gift.GiftQuestion.Tolerance;
import org.rightsacademy.authoring.gift.GiftReader.Block;

/**
 * A numerical answer section, {@code {#…}}: answers opened by {@code =} (the first may go without),
 * each {@code value}, {@code value:tolerance} or {@code min..max}, with a weight ({@code =%50%})
 * and feedback ({@code #…}); {@code ~#…} is the feedback for any other number.
 */
final class NumericalParser {

  private NumericalParser() {}

  static Optional<GiftQuestion> parse(
      Header header, Span section, Block block, List<GiftProblem> problems) {
    int before = problems.size();
    Span body = section.from(1);
    String otherwise = "";
    int tilde = body.text().indexOf('~');
    if (tilde >= 0) {
      Span wrong = body.from(tilde + 1);
      otherwise = GiftText.text(wrong.answerAndFeedback()[1].text());
      body = body.upTo(tilde);
    }
    List<NumericAnswer> answers = new ArrayList<>();
    for (Span piece : body.splitBefore("=")) {
      Span a = piece.strip();
      if (a.text().startsWith("=")) {
        a = a.from(1).strip();
      }
      answer(a, block, problems).ifPresent(answers::add);
    }
    if (answers.isEmpty() && problems.size() == before) {
      problems.add(
          QuestionParser.problem(
              block, section.at(), Kind.NO_NUMBER, AnswerParser.excerpt(section)));
    }
    return problems.size() > before
        ? Optional.empty()
        : Optional.of(new Numerical(header, answers, otherwise));
  }

  private static Optional<NumericAnswer> answer(Span a, Block block, List<GiftProblem> problems) {
    OptionalDouble weight = GiftText.weight(a.text());
    if (weight.isPresent() && Math.abs(weight.getAsDouble()) > 100) {
      problems.add(
          QuestionParser.problem(
              block, a.at(), Kind.BAD_WEIGHT, GiftText.format(weight.getAsDouble())));
      return Optional.empty();
    }
    Span[] split = a.from(GiftText.weightLength(a.text())).answerAndFeedback();
    String value = GiftText.restore(split[0].text()).strip();
    Optional<Accepts> accepts = accepts(value);
    if (accepts.isEmpty()) {
      problems.add(QuestionParser.problem(block, a.at(), Kind.NOT_A_NUMBER, value));
      return Optional.empty();
    }
    return Optional.of(
        new NumericAnswer(accepts.get(), weight.orElse(100), GiftText.text(split[1].text())));
  }

  /** {@code min..max}, {@code value:tolerance} or {@code value}, as Moodle tells them apart. */
  private static Optional<Accepts> accepts(String value) {
    int range = value.indexOf("..");
    int colon = value.indexOf(':');
    OptionalDouble first;
    OptionalDouble second;
    if (range > 0) {
      first = GiftText.number(value.substring(0, range));
      second = GiftText.number(value.substring(range + 2));
    } else if (colon > 0) {
      first = GiftText.number(value.substring(0, colon));
      second = GiftText.number(value.substring(colon + 1));
    } else {
      first = GiftText.number(value);
      second = OptionalDouble.of(0);
    }
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        range > 0
            ? new Range(first.getAsDouble(), second.getAsDouble())
            : new Tolerance(first.getAsDouble(), second.getAsDouble()));
  }
}

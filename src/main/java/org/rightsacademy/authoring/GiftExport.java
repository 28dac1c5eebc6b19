package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rightsacademy.authoring.gift.GiftQuestion;
import org.rightsacademy.authoring.gift.GiftQuestion.Answer;
import org.rightsacademy.authoring.gift.GiftQuestion.Format;
import org.rightsacademy.authoring.gift.GiftQuestion.Header;
import org.rightsacademy.authoring.gift.GiftQuestion.Pair;
import org.rightsacademy.authoring.gift.GiftWriter;
import org.rightsacademy.catalog.model.OptionText;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.QuestionText;
import org.rightsacademy.platform.Language;

/**
 * A quiz's questions in one language as a GIFT file that Moodle imports and {@link GiftImport}
 * reads back to the same questions: the legal source as the title, the quiz as the category, the
 * question id and tags as Moodle's {@code // [id:…] [tag:…]} comment, weights (a multiple-response
 * question's own, or else its right answers share 100 % and its wrong ones -100 %), per-option and
 * general feedback, every short-answer alternative with its weight and feedback (and the {@code *}
 * catch-all) and the matches no item pairs with (distractors). What GIFT cannot carry (ordering, a
 * question without words in this language) is named in a comment.
 */
public final class GiftExport {

  private GiftExport() {}

  /** The quiz's questions, in their order, as GIFT text. */
  public static String write(String quiz, List<Question> questions, Language language) {
    StringBuilder head =
        new StringBuilder(
            "// Exported from Rights Academy, quiz "
                + quiz
                + ", in "
                + language.nativeName()
                + ".\n");
    head.append("// Titles are the questions' legal sources.\n");
    List<GiftQuestion> written = new ArrayList<>();
    for (Question question : questions) {
      QuestionText words = question.texts().values().get(language);
      if (words == null || words.text() == null) {
        head.append("// Not exported: ")
            .append(question.id())
            .append(", which has no text in this language.\n");
        continue;
      }
      written.add(gift(quiz, question, words));
    }
    return head.append('\n').append(new GiftWriter().write(written)).toString();
  }

  static GiftQuestion gift(String quiz, Question question, QuestionText words) {
    String source = words.source() == null ? "" : words.source();
    Header header =
        new Header(
            source.isBlank() ? question.id() : source,
            true,
            "$course$/" + quiz,
            GiftHtml.looksHtml(everything(words)) ? Format.PLAIN : Format.MOODLE,
            words.text(),
            "",
            orEmpty(words.feedback()),
            question.id(),
            question.common().tags());
    return switch (question) {
      case Question.SingleChoice q ->
          new GiftQuestion.MultipleChoice(
              header,
              q.options().stream()
                  .map(o -> answer(words, o, o.equals(q.correct()) ? 100 : 0))
                  .toList());
      case Question.MultipleChoice q -> {
        Set<String> correct = q.correct();
        long wrong = q.options().size() - correct.size();
        yield new GiftQuestion.MultipleResponse(
            header,
            q.options().stream()
                .map(
                    o ->
                        answer(
                            words,
                            o,
                            q.weights().isEmpty()
                                ? correct.contains(o)
                                    ? moodle(100.0 / correct.size())
                                    : moodle(-100.0 / wrong)
                                : moodle(q.weights().getOrDefault(o, 0.0))))
                .toList());
      }
      case Question.TrueFalse q -> {
        OptionText right = words.options().get(q.correct() ? "true" : "false");
        OptionText wrong = words.options().get(q.correct() ? "false" : "true");
        yield new GiftQuestion.TrueFalse(header, q.correct(), feedback(wrong), feedback(right));
      }
      case Question.ShortText q when !q.answers().isEmpty() ->
          new GiftQuestion.ShortAnswer(
              header,
              q.answers().stream()
                  .map(
                      a ->
                          a.any()
                              ? new Answer(
                                  Question.ShortAnswer.ANY,
                                  a.weight(),
                                  feedback(words.options().get(a.id())))
                              : answer(words, a.id(), a.weight()))
                  .toList());
      case Question.ShortText q ->
          new GiftQuestion.ShortAnswer(
              header, words.accepted().stream().map(a -> new Answer(a, 100, "")).toList());
      case Question.Matching q -> {
        List<Pair> pairs = new ArrayList<>();
        for (String option : q.options()) {
          pairs.add(
              new Pair(
                  text(words.options().get(option)),
                  orEmpty(words.matches().get(q.pairs().get(option)))));
        }
        for (String match : q.matches()) {
          if (!q.pairs().containsValue(match)) {
            pairs.add(new Pair("", orEmpty(words.matches().get(match))));
          }
        }
        yield new GiftQuestion.Matching(header, pairs);
      }
      case Question.Numerical q ->
          org.rightsacademy.authoring.gift.OpenTypes.gift(q, words, header);
      case Question.Essay q -> org.rightsacademy.authoring.gift.OpenTypes.gift(q, header);
      case Question.Ordering q ->
          new GiftQuestion.Unsupported(
              Header.of(question.id(), words.text()).withCategory(header.category()), "ordering");
    };
  }

  /** Every word of the question, to tell whether Moodle would take any of it for HTML. */
  private static String everything(QuestionText words) {
    StringBuilder all = new StringBuilder(orEmpty(words.text())).append(orEmpty(words.feedback()));
    words.options().values().forEach(o -> all.append(text(o)).append(feedback(o)));
    words.matches().values().forEach(all::append);
    words.accepted().forEach(all::append);
    return all.toString();
  }

  private static Answer answer(QuestionText words, String option, double weight) {
    OptionText text = words.options().get(option);
    return new Answer(text(text), weight, feedback(text));
  }

  /** A weight as Moodle's list of grades has it: five decimals (33.33333). */
  static double moodle(double weight) {
    return Math.round(weight * 100_000) / 100_000.0;
  }

  private static String text(OptionText option) {
    return option == null || option.text() == null ? "" : option.text();
  }

  private static String feedback(OptionText option) {
    return option == null ? "" : orEmpty(option.feedback());
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}

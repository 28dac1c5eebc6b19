package org.rightsacademy.authoring;

import static org.rightsacademy.authoring.GiftText.escape;

import java.util.List;
import java.util.Locale;
import org.rightsacademy.catalog.model.OptionText;
import org.rightsacademy.catalog.model.Question;
import org.rightsacademy.catalog.model.QuestionText;
import org.rightsacademy.platform.Language;

/**
 * The package model's questions as Moodle GIFT, in one language: one category per quiz, the legal
 * source as the title. A question type without a GIFT form is written as a comment that names it,
 * so nothing disappears silently; a new question type adds its case to {@link #body}.
 */
public final class GiftWriter {

  /** A question to write: its quiz (written as the category), the question and the language. */
  public record Exported(String quiz, Question question, Language language) {}

  private GiftWriter() {}

  public static String write(List<Exported> questions) {
    StringBuilder gift =
        new StringBuilder("// Exported from Rights Academy. Titles are the legal sources.\n\n");
    String category = null;
    for (Exported exported : questions) {
      if (!exported.quiz().equals(category)) {
        category = exported.quiz();
        gift.append("$CATEGORY: ").append(category).append("\n\n");
      }
      Question question = exported.question();
      QuestionText words = question.texts().values().get(exported.language());
      if (question instanceof Question.Ordering || words == null) {
        gift.append("// not exported: ")
            .append(question.id())
            .append(words == null ? " (no text in this language)" : " (ordering has no GIFT form)")
            .append("\n\n");
        continue;
      }
      gift.append("// ").append(question.id()).append('\n');
      if (question instanceof Question.Essay essay) {
        gift.append("// essay: at most ").append(essay.maxLength()).append(" characters");
        if (essay.rubric() != null) {
          gift.append("; rubric (not in GIFT): ").append(essay.rubric().replaceAll("\\s+", " "));
        }
        gift.append('\n');
      }
      gift.append("::")
          .append(escape(words.source()))
          .append("::")
          .append(escape(words.text()))
          .append(" {");
      body(gift, question, words);
      if (words.feedback() != null) {
        gift.append("\n  ####").append(escape(words.feedback()));
      }
      gift.append("\n}\n\n");
    }
    return gift.toString();
  }

  /** The answers between the braces, as the question's type has them. */
  private static void body(StringBuilder gift, Question question, QuestionText words) {
    switch (question) {
      case Question.TrueFalse trueFalse -> {
        boolean right = trueFalse.correct();
        OptionText rightOption = words.options().get(right ? "true" : "false");
        OptionText wrongOption = words.options().get(right ? "false" : "true");
        gift.append(right ? "TRUE" : "FALSE");
        String whenWrong = wrongOption == null ? null : wrongOption.feedback();
        String whenRight = rightOption == null ? null : rightOption.feedback();
        if (whenWrong != null || whenRight != null) {
          gift.append('#').append(escape(whenWrong)).append('#').append(escape(whenRight));
        }
      }
      case Question.ShortText shortText ->
          words.accepted().forEach(a -> gift.append("\n  =").append(escape(a)));
      case Question.Matching matching ->
          matching
              .options()
              .forEach(
                  o ->
                      gift.append("\n  =")
                          .append(escape(text(words.options().get(o))))
                          .append(" -> ")
                          .append(escape(words.matches().get(matching.pairs().get(o)))));
      case Question.SingleChoice single -> {
        for (String option : single.options()) {
          gift.append("\n  ").append(option.equals(single.correct()) ? '=' : '~');
          option(gift, words.options().get(option));
        }
      }
      case Question.MultipleChoice multiple -> {
        int right = multiple.correct().size();
        for (String option : multiple.options()) {
          boolean correct = multiple.correct().contains(option);
          gift.append("\n  ~%").append(correct ? weight(100.0 / right) : "-100").append('%');
          option(gift, words.options().get(option));
        }
      }
      case Question.Ordering ordering -> {}
      case Question.Essay essay -> {}
      case Question.Numerical numerical -> {
        gift.append('#');
        for (Question.NumericAnswer answer : numerical.answers()) {
          gift.append("\n  =");
          if (answer.weight() != 100) {
            gift.append('%').append(answer.weight()).append('%');
          }
          gift.append(numeric(answer));
          OptionText words1 = words.options().get(answer.id());
          if (words1 != null && words1.text() != null) {
            gift.append(" #").append(escape(words1.text()));
          }
        }
      }
    }
  }

  /** A numerical answer in GIFT: "90", "90:5" (value and tolerance) or "80..100". */
  static String numeric(Question.NumericAnswer answer) {
    return answer.isRange()
        ? plain(answer.min()) + ".." + plain(answer.max())
        : plain(answer.value())
            + (answer.tolerance() == null || answer.tolerance() == 0
                ? ""
                : ":" + plain(answer.tolerance()));
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static void option(StringBuilder gift, OptionText option) {
    gift.append(escape(text(option)));
    if (option != null && option.feedback() != null) {
      gift.append(" #").append(escape(option.feedback()));
    }
  }

  private static String weight(double percent) {
    return percent == Math.rint(percent)
        ? String.valueOf((int) percent)
        : String.format(Locale.ROOT, "%.5f", percent);
  }

  private static String text(OptionText option) {
    return option == null ? "" : option.text();
  }
}

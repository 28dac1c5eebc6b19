package org.rightsacademy.authoring.gift;

import java.util.ArrayList;
import java.util.List;
import org.rightsacademy.authoring.gift.GiftQuestion.Answer;
import org.rightsacademy.authoring.gift.GiftQuestion.Description;
import org.rightsacademy.authoring.gift.GiftQuestion.Essay;
import org.rightsacademy.authoring.gift.GiftQuestion.Format;
import org.rightsacademy.authoring.gift.GiftQuestion.Header;
import org.rightsacademy.authoring.gift.GiftQuestion.Matching;
import org.rightsacademy.authoring.gift.GiftQuestion.MultipleChoice;
import org.rightsacademy.authoring.gift.GiftQuestion.MultipleResponse;
import org.rightsacademy.authoring.gift.GiftQuestion.NumericAnswer;
import org.rightsacademy.authoring.gift.GiftQuestion.Numerical;
import org.rightsacademy.authoring.gift.GiftQuestion.Pair;
import org.rightsacademy.authoring.gift.GiftQuestion.Range;
import org.rightsacademy.authoring.gift.GiftQuestion.ShortAnswer;
import org.rightsacademy.authoring.gift.GiftQuestion.Tolerance;
import org.rightsacademy.authoring.gift.GiftQuestion.TrueFalse;
import org.rightsacademy.authoring.gift.GiftQuestion.Unsupported;

/**
 * Writes questions as GIFT that Moodle imports and {@link GiftReader} reads back to the same
 * questions: categories, titles, format markers, weights, feedback, general feedback, alternatives,
 * distractors, tolerances and ranges, with special characters escaped and line breaks as {@code
 * \n}. A question GIFT has no form for is left out with a {@code //} comment naming it, and so is
 * the general feedback of a description, which GIFT cannot carry.
 *
 * <p>Answers go one to a line, as Moodle writes them; a missing-word question keeps its answers
 * inside the sentence.
 */
public final class GiftWriter {

  /**
   * The questions as GIFT text, one blank line between questions. GIFT cannot go back to "no
   * category" once a {@code $CATEGORY:} line is written, so questions without one come first; the
   * others keep their order.
   */
  public String write(List<GiftQuestion> questions) {
    StringBuilder out = new StringBuilder();
    String category = "";
    List<GiftQuestion> ordered = new ArrayList<>();
    questions.stream().filter(q -> q.header().category().isEmpty()).forEach(ordered::add);
    questions.stream().filter(q -> !q.header().category().isEmpty()).forEach(ordered::add);
    for (GiftQuestion question : ordered) {
      Header h = question.header();
      if (!h.category().isEmpty() && !h.category().equals(category)) {
        category = h.category();
        out.append("$CATEGORY: ").append(category.replace("\n", " ")).append("\n\n");
      }
      out.append(question(question)).append("\n\n");
    }
    return out.toString();
  }

  private static String question(GiftQuestion question) {
    Header h = question.header();
    if (question instanceof Unsupported u) {
      return "// Left out: "
          + oneLine(u.type())
          + " question \""
          + oneLine(h.title())
          + "\", a type GIFT cannot carry.";
    }
    StringBuilder out = new StringBuilder();
    comments(h, out);
    if (h.titled()) {
      out.append("::").append(GiftText.escape(h.title())).append("::");
    }
    if (h.format() != Format.MOODLE || GiftText.looksMarked(h.text()) || h.text().startsWith("/")) {
      out.append(h.format().marker());
    }
    out.append(GiftText.escape(h.text()));
    if (question instanceof Description) {
      if (!h.generalFeedback().isEmpty()) {
        out.insert(0, "// Left out: general feedback of a description, which GIFT cannot carry.\n");
      }
      return out.toString();
    }
    List<String> answers = answers(question);
    boolean inline = h.missingWord() || answers.size() <= 1;
    String separator = inline ? " " : "\n\t";
    String open = question instanceof Numerical ? "{#" : "{";
    out.append(open).append(inline ? "" : "\n\t").append(String.join(separator, answers));
    if (!h.generalFeedback().isEmpty()) {
      out.append(inline ? "" : separator).append("####").append(text(h.generalFeedback(), h));
    }
    out.append(inline ? "}" : "\n}");
    out.append(GiftText.escape(h.textAfter()));
    return out.toString();
  }

  /** Each answer as written inside the braces. */
  private static List<String> answers(GiftQuestion question) {
    Header h = question.header();
    List<String> out = new ArrayList<>();
    switch (question) {
      case MultipleChoice q ->
          q.answers().forEach(a -> out.add(a.weight() == 100 ? "=" + answer(a, h) : wrong(a, h)));
      case MultipleResponse q -> q.answers().forEach(a -> out.add(wrong(a, h)));
      case ShortAnswer q -> q.answers().forEach(a -> out.add("=" + weighed(a, 100, h)));
      case TrueFalse q -> out.add(trueFalse(q));
      case Matching q -> q.pairs().forEach(p -> out.add(pair(p, h)));
      case Numerical q -> out.addAll(numerical(q));
      case Essay q -> {}
      case Description q -> {}
      case Unsupported q -> {}
    }
    return out;
  }

  private static String wrong(Answer a, Header h) {
    return "~" + weighed(a, 0, h);
  }

  /** The answer with its weight written unless it is the default one. */
  private static String weighed(Answer a, double usual, Header h) {
    boolean write = a.weight() != usual || GiftText.looksWeighted(a.text());
    return (write ? "%" + GiftText.format(a.weight()) + "%" : "") + answer(a, h);
  }

  private static String answer(Answer a, Header h) {
    return text(a.text(), h) + feedback(a.feedback(), h);
  }

  private static String trueFalse(TrueFalse q) {
    Header h = q.header();
    StringBuilder out = new StringBuilder(q.answer() ? "TRUE" : "FALSE");
    if (!q.wrongFeedback().isEmpty() || !q.rightFeedback().isEmpty()) {
      out.append('#').append(text(q.wrongFeedback(), h));
    }
    if (!q.rightFeedback().isEmpty()) {
      out.append('#').append(text(q.rightFeedback(), h));
    }
    return out.toString();
  }

  private static String pair(Pair p, Header h) {
    return "=" + text(p.left(), h) + " -> " + GiftText.escape(p.right());
  }

  private static List<String> numerical(Numerical q) {
    Header h = q.header();
    List<String> out = new ArrayList<>();
    for (NumericAnswer a : q.answers()) {
      String weight = a.weight() == 100 ? "" : "%" + GiftText.format(a.weight()) + "%";
      String accepts =
          switch (a.accepts()) {
            case Tolerance t ->
                GiftText.format(t.value())
                    + (t.tolerance() == 0 ? "" : ":" + GiftText.format(t.tolerance()));
            case Range r -> GiftText.format(r.min()) + ".." + GiftText.format(r.max());
          };
      out.add((out.isEmpty() ? "" : "=") + weight + accepts + feedback(a.feedback(), h));
    }
    if (!q.otherwiseFeedback().isEmpty()) {
      out.add("~" + feedback(q.otherwiseFeedback(), h));
    }
    return out;
  }

  private static String feedback(String feedback, Header h) {
    return feedback.isEmpty() ? "" : "#" + text(feedback, h);
  }

  /** A part in the question's format; a marker is repeated when the part starts like one. */
  private static String text(String text, Header h) {
    return (GiftText.looksMarked(text) ? h.format().marker() : "") + GiftText.escape(text);
  }

  /** {@code // [id:…] [tag:…]}, as Moodle writes a question's id number and tags. */
  private static void comments(Header h, StringBuilder out) {
    List<String> bits = new ArrayList<>();
    if (!h.idNumber().isEmpty()) {
      bits.add("[id:" + oneLine(h.idNumber()).replace("]", "\\]") + "]");
    }
    h.tags().forEach(t -> bits.add("[tag:" + oneLine(t).replace("]", "\\]") + "]"));
    if (!bits.isEmpty()) {
      out.append("// ").append(String.join(" ", bits)).append('\n');
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}

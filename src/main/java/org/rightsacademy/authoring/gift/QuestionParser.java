package org.rightsacademy.authoring.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsacademy.authoring.gift.GiftProblem.Kind;
import org.rightsacademy.authoring.gift.GiftQuestion.Description;
import org.rightsacademy.authoring.gift.GiftQuestion.Essay;
import org.rightsacademy.authoring.gift.GiftQuestion.Format;
import org.rightsacademy.authoring.gift.GiftQuestion.Header;
import org.rightsacademy.authoring.gift.GiftReader.Block;

/**
 * One question block: title, text, format marker, answer section and general feedback; the answer
 * section's type is told the way Moodle tells it, and its answers are read by {@link AnswerParser}.
 */
final class QuestionParser {

  /** Moodle names an untitled question after its first 80 characters. */
  static final int TITLE_WORDS = 80;

  private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
  private static final Pattern ID_OR_TAG =
      Pattern.compile("\\[(id|tag):((?:\\\\]|[^\\]\\p{Cntrl}])+)]");

  private QuestionParser() {}

  static Optional<GiftQuestion> parse(
      Block block, String category, String comments, List<GiftProblem> problems) {
    String held = block.held();
    int start = skipSpace(held, 0);
    String title = null;
    if (held.startsWith("::", start)) {
      int end = held.indexOf("::", start + 2);
      if (end >= 0) {
        title = GiftText.restore(held.substring(start + 2, end)).strip();
        start = skipSpace(held, end + 2);
      } else {
        start = skipSpace(held, start + 2);
      }
    }
    int open = held.indexOf('{', start);
    int close = held.indexOf('}', start);
    if (open < 0 && close < 0) {
      var marked = GiftText.marked(held.substring(start).strip(), Format.MOODLE);
      String text = GiftText.restore(marked.text()).strip();
      Header header = header(title, category, marked.format(), text, "", "", comments);
      return Optional.of(new Description(header));
    }
    if (close < 0) {
      problems.add(problem(block, open, Kind.UNCLOSED_BRACE, block.excerpt(start)));
      return Optional.empty();
    }
    if (open < 0 || close < open) {
      problems.add(problem(block, close, Kind.STRAY_BRACE, block.excerpt(start)));
      return Optional.empty();
    }
    int extra = firstBrace(held, close + 1);
    if (extra >= 0) {
      problems.add(problem(block, extra, Kind.EXTRA_BRACES, block.excerpt(close + 1)));
      return Optional.empty();
    }
    String after = held.substring(close + 1);
    boolean inside = !after.isBlank();
    var marked = GiftText.marked(held.substring(start, open).stripLeading(), Format.MOODLE);
    String text = GiftText.restore(marked.text());
    text = inside ? text.stripLeading() : text.strip();
    if (text.isBlank() && !inside) {
      problems.add(problem(block, start, Kind.NO_TEXT, block.excerpt(start)));
      return Optional.empty();
    }
    Span answers = new Span(held.substring(open + 1, close), open + 1);
    String generalFeedback = "";
    int general = answers.text().lastIndexOf("####");
    if (general >= 0) {
      generalFeedback = GiftText.text(answers.text().substring(general + 4));
      answers = answers.upTo(general);
    }
    Header header =
        header(
            title,
            category,
            marked.format(),
            text,
            GiftText.restore(after).stripTrailing(),
            generalFeedback,
            comments);
    return typed(header, answers.strip(), block, problems);
  }

  /** The question the answer section makes, in the order Moodle tries the types. */
  private static Optional<GiftQuestion> typed(
      Header header, Span answers, Block block, List<GiftProblem> problems) {
    String a = answers.text();
    AnswerParser parser = new AnswerParser(header, answers, block, problems);
    if (a.isEmpty()) {
      return Optional.of(new Essay(header));
    } else if (a.startsWith("#")) {
      return NumericalParser.parse(header, answers, block, problems);
    } else if (a.indexOf('~') >= 0) {
      return parser.choices();
    } else if (a.indexOf('=') >= 0 && a.contains("->")) {
      return parser.matching();
    }
    int hash = a.indexOf('#');
    if (TRUE_FALSE.contains(hash > 0 ? a.substring(0, hash).strip() : a)) {
      return parser.trueFalse();
    }
    return parser.shortAnswer();
  }

  private static Header header(
      String title,
      String category,
      Format format,
      String text,
      String after,
      String generalFeedback,
      String comments) {
    boolean titled = title != null && !title.isEmpty();
    String blank = after.isEmpty() ? "" : "_____" + after;
    String name = titled ? title : GiftText.firstWords(text + blank, TITLE_WORDS);
    String idNumber = "";
    List<String> tags = new ArrayList<>();
    Matcher m = ID_OR_TAG.matcher(comments);
    while (m.find()) {
      String value = m.group(2).replace("\\]", "]").strip();
      if (m.group(1).equals("tag")) {
        tags.add(value);
      } else if (idNumber.isEmpty()) {
        idNumber = value;
      }
    }
    return new Header(
        name.isEmpty() ? "Question" : name,
        titled,
        category,
        format,
        text,
        after,
        generalFeedback,
        idNumber,
        tags);
  }

  static GiftProblem problem(Block block, int offset, Kind kind, String detail) {
    return new GiftProblem(block.lineAt(offset), kind, detail);
  }

  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int firstBrace(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '{' || s.charAt(i) == '}') {
        return i;
      }
    }
    return -1;
  }
}

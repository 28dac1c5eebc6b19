package org.rightsacademy.authoring.gift;

import java.util.ArrayList;
import java.util.List;
import org.rightsacademy.authoring.gift.GiftProblem.Kind;
import org.rightsacademy.authoring.gift.GiftRead.Located;

/**
 * Reads GIFT text as Moodle's importer does: questions are separated by blank lines, lines are
 * trimmed, lines starting with {@code //} are comments, and a block starting with {@code
 * $CATEGORY:} puts the questions after it in that category. A question that cannot be read is
 * listed with its line and reason, and reading goes on with the next one; nothing here throws on
 * bad input. A question longer than the limit is not parsed at all.
 *
 * <p>Where Moodle would misread a file silently, this reader names the problem instead: a {@code
 * $CATEGORY:} line followed by a question in the same block is taken as both (Moodle makes the
 * whole block the category's name), and a second pair of unescaped braces is reported.
 */
public final class GiftReader {

  /** The longest question read, in characters: a paste beyond it is a mistake, not a question. */
  public static final int DEFAULT_MAX_QUESTION_CHARS = 100_000;

  private static final String CATEGORY = "$CATEGORY:";

  private final int maxQuestionChars;

  public GiftReader() {
    this(DEFAULT_MAX_QUESTION_CHARS);
  }

  public GiftReader(int maxQuestionChars) {
    this.maxQuestionChars = maxQuestionChars;
  }

  /** Every question the text holds, and every problem by line. */
  public GiftRead read(String gift) {
    String[] lines = GiftFile.normalised(gift).split("\n", -1);
    List<Located> read = new ArrayList<>();
    List<GiftProblem> problems = new ArrayList<>();
    String category = "";
    int i = 0;
    while (i < lines.length) {
      if (lines[i].isBlank()) {
        i++;
        continue;
      }
      int first = i;
      long size = 0;
      while (i < lines.length && !lines[i].isBlank()) {
        size += lines[i].length() + (i > first ? 1 : 0);
        i++;
      }
      if (size > maxQuestionChars) {
        problems.add(
            new GiftProblem(
                first + 1,
                Kind.TOO_LONG,
                String.format(
                    "%,d characters, more than the %,d allowed", size, maxQuestionChars)));
      } else {
        category = block(lines, first, i, category, read, problems);
      }
    }
    return new GiftRead(read, problems);
  }

  /** Reads the block of lines {@code [from, to)}; answers the category in force after it. */
  private static String block(
      String[] lines,
      int from,
      int to,
      String category,
      List<Located> read,
      List<GiftProblem> problems) {
    List<String> kept = new ArrayList<>(to - from);
    StringBuilder comments = new StringBuilder();
    for (int k = from; k < to; k++) {
      String line = lines[k].strip();
      if (line.startsWith("//")) {
        comments.append(line).append('\n');
        line = "";
      }
      kept.add(line);
    }
    int head = 0;
    while (head < kept.size() && kept.get(head).isEmpty()) {
      head++;
    }
    if (head == kept.size()) {
      return category;
    }
    String current = category;
    if (kept.get(head).startsWith(CATEGORY)) {
      current = GiftText.text(GiftText.hold(kept.get(head).substring(CATEGORY.length())));
      kept.set(head, "");
      if (kept.stream().allMatch(String::isEmpty)) {
        return current;
      }
    }
    Block block = new Block(GiftText.hold(String.join("\n", kept)), from + 1);
    int start = block.held().length() - block.held().stripLeading().length();
    QuestionParser.parse(block, current, comments.toString(), problems)
        .ifPresent(q -> read.add(new Located(block.lineAt(start), q)));
    return current;
  }

  /** A question's lines, escapes held, and the file line its first line is. */
  record Block(String held, int firstLine) {

    int lineAt(int offset) {
      int line = firstLine;
      for (int i = 0; i < offset && i < held.length(); i++) {
        if (held.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }

    /** The first words from an offset, to show the trainer which part is meant. */
    String excerpt(int offset) {
      String rest = GiftText.restore(held.substring(Math.min(offset, held.length())));
      return GiftText.firstWords(rest, 40);
    }
  }
}

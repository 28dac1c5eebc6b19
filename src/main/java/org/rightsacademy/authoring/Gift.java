package org.rightsacademy.authoring;

import static org.rightsacademy.authoring.GiftText.clean;
import static org.rightsacademy.authoring.GiftText.excerpt;
import static org.rightsacademy.authoring.GiftText.hold;
import static org.rightsacademy.authoring.GiftText.restore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightsacademy.authoring.QuestionWords.OptionWords;
import org.rightsacademy.catalog.CoursePackage.QuestionType;

/**
 * Moodle's GIFT format, in and out. Reads multiple choice (one or several right answers, weights),
 * true/false, short answer and matching, with titles, per-answer and general feedback, categories,
 * comments, escapes and multi-line text; reports every question it cannot take, by line. A
 * question's title is its legal source (GIFT has no field for one); questions in a category are
 * tagged with the category's last part. Writing is {@link GiftWriter}'s.
 */
public final class Gift {

  /** Why a question could not be imported. */
  public enum ProblemKind {
    UNSUPPORTED_TYPE,
    NO_ANSWERS,
    NO_CORRECT_ANSWER,
    UNCLOSED_BRACE,
    NO_TEXT,
    NO_SOURCE,
    TOO_FEW_PAIRS
  }

  /** A question that could not be imported: the line it starts on, why, and its first words. */
  public record Problem(int line, ProblemKind kind, String excerpt) {}

  /** A question read: its key, its words, the line it starts on. */
  public record Imported(int line, QuestionDraft key, QuestionWords words) {
    /** The package model's question, its words in the language the GIFT was written in. */
    public org.rightsacademy.catalog.model.Question question(
        org.rightsacademy.platform.Language language) {
      return QuestionForms.question(
          key,
          org.rightsacademy.catalog.model.Localized.of(language, QuestionForms.text(words, key)));
    }
  }

  public record Result(List<Imported> questions, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
  private static final Pattern TRUE_FALSE =
      Pattern.compile("(?i)^(T|TRUE|F|FALSE)(#.*)?$", Pattern.DOTALL);

  private Gift() {}

  // ---- reading ----

  /**
   * Reads GIFT text. {@code defaultSource} is the legal source of questions without a title (null:
   * such questions are reported); {@code idTaken} says which question ids are used.
   */
  public static Result read(
      String gift, String defaultSource, java.util.function.Predicate<String> idTaken) {
    List<Imported> questions = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    java.util.Set<String> ids = new java.util.HashSet<>();
    String category = null;
    String[] lines =
        gift.replace("\r\n", "\n").replace('\r', '\n').replace("\uFEFF", "").split("\n", -1);
    StringBuilder block = new StringBuilder();
    int blockStart = 0;
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : "";
      String trimmed = line.strip();
      if (trimmed.startsWith("//")) {
        continue;
      }
      if (trimmed.startsWith("$CATEGORY:") && block.isEmpty()) {
        category = trimmed.substring("$CATEGORY:".length()).strip();
        continue;
      }
      if (trimmed.isEmpty()) {
        if (!block.isEmpty() && !unclosed(block)) {
          question(
                  block.toString(),
                  blockStart,
                  category,
                  defaultSource,
                  id -> idTaken.test(id) || ids.contains(id),
                  problems)
              .ifPresent(
                  q -> {
                    ids.add(q.key().id());
                    questions.add(q);
                  });
          block.setLength(0);
        } else if (!block.isEmpty() && i < lines.length) {
          block.append('\n');
        }
        continue;
      }
      if (block.isEmpty()) {
        blockStart = i + 1;
      } else {
        block.append('\n');
      }
      block.append(line);
    }
    if (!block.isEmpty()) {
      problems.add(new Problem(blockStart, ProblemKind.UNCLOSED_BRACE, excerpt(block.toString())));
    }
    return new Result(List.copyOf(questions), List.copyOf(problems));
  }

  /**
   * True while a block has an answer brace opened and not closed (answers may span blank lines).
   */
  private static boolean unclosed(CharSequence block) {
    String held = hold(block.toString());
    return held.lastIndexOf('{') > held.lastIndexOf('}');
  }

  private static java.util.Optional<Imported> question(
      String raw,
      int line,
      String category,
      String defaultSource,
      java.util.function.Predicate<String> idTaken,
      List<Problem> problems) {
    String text = hold(raw).strip();
    String title = null;
    if (text.startsWith("::")) {
      int end = text.indexOf("::", 2);
      if (end > 0) {
        title = restore(text.substring(2, end)).strip();
        text = text.substring(end + 2).strip();
      }
    }
    text = text.replaceFirst("^\\[(html|moodle|plain|markdown)\\]", "").strip();
    int open = text.indexOf('{');
    int close = text.lastIndexOf('}');
    if (open < 0 || close < open) {
      problems.add(
          new Problem(
              line, open < 0 ? ProblemKind.NO_ANSWERS : ProblemKind.UNCLOSED_BRACE, excerpt(raw)));
      return java.util.Optional.empty();
    }
    String stem = text.substring(0, open).strip();
    String tail = text.substring(close + 1).strip();
    String inside = text.substring(open + 1, close).strip();
    if (!tail.isEmpty()) {
      stem =
          stem + " _____ " + tail; // the "missing word" form: the blank goes where the braces were
    }
    stem = clean(restore(stem));
    if (stem.isBlank()) {
      problems.add(new Problem(line, ProblemKind.NO_TEXT, excerpt(raw)));
      return java.util.Optional.empty();
    }
    String source = title != null && !title.isBlank() ? title : defaultSource;
    if (source == null || source.isBlank()) {
      problems.add(new Problem(line, ProblemKind.NO_SOURCE, excerpt(raw)));
      return java.util.Optional.empty();
    }
    String general = null;
    int generalAt = inside.indexOf("####");
    if (generalAt >= 0) {
      general = clean(restore(inside.substring(generalAt + 4)));
      inside = inside.substring(0, generalAt).strip();
    }
    List<String> tags = new ArrayList<>();
    if (category != null) {
      String[] parts = category.split("/");
      String last = parts[parts.length - 1].replace("$course$", "").replace("$system$", "").strip();
      if (!last.isEmpty() && !last.equalsIgnoreCase("top")) {
        tags.add(OutlineEdits.slug(last, "imported"));
      }
    }
    String id =
        OutlineEdits.uniqueId(
            OutlineEdits.slug(title != null ? title + " " + stem : stem, "question"), idTaken);
    if (inside.isEmpty()) {
      return java.util.Optional.of(
          new Imported(
              line,
              GiftNumbers.essay(id, tags),
              new QuestionWords(stem, source, general, Map.of(), Map.of(), List.of())));
    }
    if (inside.startsWith("#")) {
      var numerical = GiftNumbers.numerical(id, tags, inside.substring(1));
      if (numerical.isEmpty()) {
        problems.add(new Problem(line, ProblemKind.NO_CORRECT_ANSWER, excerpt(raw)));
      }
      String stemText = stem;
      String generalText = general;
      return numerical.map(
          n ->
              new Imported(
                  line,
                  n.getKey(),
                  new QuestionWords(
                      stemText, source, generalText, n.getValue(), Map.of(), List.of())));
    }
    Matcher trueFalse = TRUE_FALSE.matcher(inside);
    if (trueFalse.matches()) {
      boolean right = trueFalse.group(1).toUpperCase().startsWith("T");
      String[] feedback =
          trueFalse.group(2) == null
              ? new String[0]
              : trueFalse.group(2).substring(1).split("#", -1);
      String whenWrong = feedback.length > 0 ? clean(restore(feedback[0])) : null;
      String whenRight = feedback.length > 1 ? clean(restore(feedback[1])) : null;
      Map<String, OptionWords> options = new LinkedHashMap<>();
      options.put("true", new OptionWords("True", right ? whenRight : whenWrong));
      options.put("false", new OptionWords("False", right ? whenWrong : whenRight));
      QuestionDraft key =
          new QuestionDraft(
              id,
              QuestionType.TRUE_FALSE,
              List.of("true", "false"),
              List.of(),
              List.of(right ? "true" : "false"),
              Map.of(),
              null,
              tags);
      return java.util.Optional.of(
          new Imported(
              line, key, new QuestionWords(stem, source, general, options, Map.of(), List.of())));
    }
    List<Answer> answers = answers(inside);
    if (answers.isEmpty()) {
      problems.add(new Problem(line, ProblemKind.NO_ANSWERS, excerpt(raw)));
      return java.util.Optional.empty();
    }
    boolean allEquals = answers.stream().allMatch(a -> a.marker() == '=');
    if (allEquals && answers.stream().anyMatch(a -> a.text().contains("->"))) {
      return matching(line, raw, id, stem, source, general, tags, answers, problems);
    }
    if (allEquals) {
      List<String> accepted =
          answers.stream()
              .filter(a -> a.weight() >= 100)
              .map(a -> clean(restore(a.text())))
              .toList();
      if (accepted.isEmpty()) {
        problems.add(new Problem(line, ProblemKind.NO_CORRECT_ANSWER, excerpt(raw)));
        return java.util.Optional.empty();
      }
      QuestionDraft key =
          new QuestionDraft(
              id, QuestionType.SHORT, List.of(), List.of(), List.of(), Map.of(), null, tags);
      return java.util.Optional.of(
          new Imported(
              line, key, new QuestionWords(stem, source, general, Map.of(), Map.of(), accepted)));
    }
    List<String> optionIds = new ArrayList<>();
    List<String> correct = new ArrayList<>();
    Map<String, OptionWords> options = new LinkedHashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      Answer answer = answers.get(i);
      String optionId =
          String.valueOf((char) ('a' + Math.min(i, 25))) + (i >= 26 ? String.valueOf(i) : "");
      optionIds.add(optionId);
      options.put(
          optionId,
          new OptionWords(
              clean(restore(answer.text())),
              answer.feedback() == null ? null : clean(restore(answer.feedback()))));
      if (answer.weight() > 0) {
        correct.add(optionId);
      }
    }
    if (correct.isEmpty()) {
      problems.add(new Problem(line, ProblemKind.NO_CORRECT_ANSWER, excerpt(raw)));
      return java.util.Optional.empty();
    }
    boolean single =
        correct.size() == 1
            && answers.stream().filter(a -> a.weight() > 0).allMatch(a -> a.weight() >= 100);
    QuestionDraft key =
        new QuestionDraft(
            id,
            single ? QuestionType.SINGLE : QuestionType.MULTIPLE,
            optionIds,
            List.of(),
            correct,
            Map.of(),
            null,
            tags);
    return java.util.Optional.of(
        new Imported(
            line, key, new QuestionWords(stem, source, general, options, Map.of(), List.of())));
  }

  private static java.util.Optional<Imported> matching(
      int line,
      String raw,
      String id,
      String stem,
      String source,
      String general,
      List<String> tags,
      List<Answer> answers,
      List<Problem> problems) {
    List<String> optionIds = new ArrayList<>();
    List<String> matchIds = new ArrayList<>();
    Map<String, OptionWords> options = new LinkedHashMap<>();
    Map<String, String> matchTexts = new LinkedHashMap<>();
    Map<String, String> pairs = new LinkedHashMap<>();
    Map<String, String> matchIdByText = new LinkedHashMap<>();
    for (Answer answer : answers) {
      int arrow = answer.text().indexOf("->");
      if (arrow < 0) {
        problems.add(new Problem(line, ProblemKind.TOO_FEW_PAIRS, excerpt(raw)));
        return java.util.Optional.empty();
      }
      String left = clean(restore(answer.text().substring(0, arrow)));
      String right = clean(restore(answer.text().substring(arrow + 2)));
      String matchId = matchIdByText.computeIfAbsent(right, r -> "m" + (matchIdByText.size() + 1));
      if (!matchIds.contains(matchId)) {
        matchIds.add(matchId);
        matchTexts.put(matchId, right);
      }
      if (left.isEmpty()) {
        continue; // Moodle's extra wrong match: a right side with no item
      }
      String optionId =
          String.valueOf((char) ('a' + Math.min(optionIds.size(), 25)))
              + (optionIds.size() >= 26 ? String.valueOf(optionIds.size()) : "");
      optionIds.add(optionId);
      options.put(optionId, new OptionWords(left, null));
      pairs.put(optionId, matchId);
    }
    if (optionIds.size() < 2) {
      problems.add(new Problem(line, ProblemKind.TOO_FEW_PAIRS, excerpt(raw)));
      return java.util.Optional.empty();
    }
    QuestionDraft key =
        new QuestionDraft(
            id, QuestionType.MATCHING, optionIds, matchIds, List.of(), pairs, null, tags);
    return java.util.Optional.of(
        new Imported(
            line, key, new QuestionWords(stem, source, general, options, matchTexts, List.of())));
  }

  private record Answer(char marker, double weight, String text, String feedback) {}

  /** Splits the inside of the braces at each unescaped {@code =} or {@code ~}. */
  private static List<Answer> answers(String inside) {
    List<Answer> answers = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= inside.length(); i++) {
      if (i == inside.length() || inside.charAt(i) == '=' || inside.charAt(i) == '~') {
        if (i < inside.length()
            && inside.charAt(i) == '='
            && i + 1 < inside.length()
            && inside.charAt(i + 1) == '>') {
          continue; // "=>" is not an answer marker
        }
        if (start >= 0) {
          answers.add(answer(inside.charAt(start), inside.substring(start + 1, i)));
        }
        start = i;
      }
    }
    return answers.stream().filter(a -> !a.text().isBlank() || a.marker() == '=').toList();
  }

  private static Answer answer(char marker, String body) {
    String rest = body.strip();
    double weight = marker == '=' ? 100 : 0;
    Matcher w = WEIGHT.matcher(rest);
    if (w.find()) {
      weight = Double.parseDouble(w.group(1));
      rest = rest.substring(w.end());
    }
    String feedback = null;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      feedback = rest.substring(hash + 1).strip();
      rest = rest.substring(0, hash);
    }
    return new Answer(
        marker, weight, rest.strip(), feedback == null || feedback.isEmpty() ? null : feedback);
  }
}

package org.rightsacademy.authoring;

import org.rightsacademy.platform.BundleTexts;
import org.rightsacademy.platform.Language;

/**
 * What the editor calls a quiz and a question where a trainer reads it: a quiz by its role or its
 * module's title, a question by its own words. Ids stay in addresses and files, never in titles.
 */
final class QuestionTitles {

  static final int LENGTH = 80;

  private QuestionTitles() {}

  /** A text on one line, cut at a word before {@value #LENGTH} characters, with an ellipsis. */
  static String shortened(String text) {
    String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    if (line.length() <= LENGTH) {
      return line;
    }
    int cut = line.lastIndexOf(' ', LENGTH);
    return line.substring(0, cut > LENGTH / 2 ? cut : LENGTH).strip() + "…";
  }

  /** A question by its words in a language, else in English, else its id. */
  static String question(Draft draft, String quiz, String id, Language language) {
    if (draft.quiz(quiz).questions().stream().noneMatch(q -> q.id().equals(id))) {
      return id;
    }
    QuestionWords words = draft.quiz(quiz).words(id, language);
    QuestionWords shown = words != null ? words : draft.quiz(quiz).words(id, Language.EN);
    return shown == null || shown.text() == null || shown.text().isBlank()
        ? id
        : shortened(shown.text());
  }

  /** "Pre-test", "Final test", or "Module quiz · " and its module's title, in the page's words. */
  static String quiz(Draft draft, String quiz, Language language) {
    return quiz(draft, quiz, language, key -> BundleTexts.text(key));
  }

  /** The same, with the page's words from {@code words} (a bundle key to its text). */
  static String quiz(
      Draft draft, String quiz, Language language, java.util.function.UnaryOperator<String> words) {
    if (quiz.equals(draft.preTest())) {
      return words.apply("author.pre_test");
    }
    if (quiz.equals(draft.finalTest())) {
      return words.apply("author.final_test");
    }
    return draft.modules().stream()
        .filter(m -> quiz.equals(m.quiz()))
        .findFirst()
        .map(
            m ->
                words.apply("author.module.quiz")
                    + " · "
                    + m.titles().getOrDefault(language, m.title()))
        .orElse(quiz);
  }
}

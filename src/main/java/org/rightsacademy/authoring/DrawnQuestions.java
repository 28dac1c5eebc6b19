package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.List;
import org.rightsacademy.catalog.model.Draw;
import org.rightsacademy.platform.Language;

/**
 * The questions a quiz's draws may give a learner, as its editor lists them: each is written and
 * translated in its own quiz, so the list says whether it is translated in the page's language and
 * links to it. This is how a pre-test or final test that draws is translated. A translation made
 * before the English last changed is out of date, as on the translations page.
 */
public final class DrawnQuestions {

  /** A question a draw may give, and the state of its translation in the page's language. */
  public record Drawable(
      String quiz, String question, String text, String quizTitle, TranslationStatus.State state) {

    public boolean translated() {
      return state != TranslationStatus.State.MISSING;
    }
  }

  /** One draw: how many questions, and every question it may give. */
  public record DrawView(int count, List<Drawable> questions) {}

  private DrawnQuestions() {}

  static List<DrawView> of(Draft draft, String quiz, Language language) {
    List<DrawView> views = new ArrayList<>();
    for (Draw draw : draft.quiz(quiz).draws()) {
      List<Drawable> questions = new ArrayList<>();
      for (String key : draft.quiz(quiz).drawable(draw.tag())) {
        String owner = key.substring(0, key.indexOf('/'));
        String id = key.substring(key.indexOf('/') + 1);
        questions.add(
            new Drawable(
                owner,
                id,
                QuestionTitles.question(draft, owner, id, language),
                QuestionTitles.quiz(draft, owner, language),
                state(draft, owner, id, language)));
      }
      views.add(new DrawView(draw.count(), questions));
    }
    return views;
  }

  /**
   * Missing while any of its words is untranslated; otherwise out of date when the English changed
   * after the translation was saved (English itself is always up to date).
   */
  static TranslationStatus.State state(Draft draft, String quiz, String id, Language language) {
    if (!draft.quiz(quiz).complete(id, language)) {
      return TranslationStatus.State.MISSING;
    }
    if (language == Language.EN) {
      return TranslationStatus.State.UP_TO_DATE;
    }
    return TranslationStatus.ofQuestion(draft, quiz, id).state(language);
  }
}

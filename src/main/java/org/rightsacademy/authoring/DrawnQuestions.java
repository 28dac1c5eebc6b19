package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.List;
import org.rightsacademy.catalog.model.Draw;
import org.rightsacademy.platform.Language;

/**
 * The questions a quiz's draws may give a learner, as its editor lists them: each is written and
 * translated in its own quiz, so the list says whether it is translated in the page's language and
 * links to it. This is how a pre-test or final test that draws is translated.
 */
public final class DrawnQuestions {

  /** A question a draw may give. */
  public record Drawable(
      String quiz, String question, String text, String quizTitle, boolean translated) {}

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
                draft.quiz(owner).complete(id, language)));
      }
      views.add(new DrawView(draw.count(), questions));
    }
    return views;
  }
}

package org.rightsacademy.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.rightsacademy.platform.Language;

/** Every lesson and question of a course × language: missing, out of date or up to date. */
@Named
@ViewScoped
public class TranslationsPage extends EditorPage {

  private static final long serialVersionUID = 1L;

  private transient List<TranslationStatus.Item> items;

  public void load() throws IOException {
    reload();
  }

  @Override
  protected void reread() {
    items = null;
  }

  public List<TranslationStatus.Item> getItems() {
    if (items == null) {
      items = TranslationStatus.of(draft());
    }
    return items;
  }

  public List<TranslationStatus.Summary> getSummaries() {
    return TranslationStatus.summaries(getItems());
  }

  public List<Language> getTargets() {
    return TranslationStatus.targets();
  }

  /** The quiz an item belongs to, as the trainer calls it (pre-test, final test, module quiz). */
  public String quizTitle(TranslationStatus.Item item) {
    return item.quiz() == null ? null : QuestionTitles.quiz(draft(), item.quiz(), Language.EN);
  }

  /** The editor page for an item, in a language, as a Faces outcome with its parameters. */
  public String editor(TranslationStatus.Item item, Language language) {
    String id = item.key().contains(":") ? item.key().substring(item.key().indexOf(':') + 1) : "";
    String base = "code=" + code + "&lang=" + language.code();
    return switch (item.kind()) {
      case COURSE, MODULE -> "/author/course.xhtml?" + base;
      case LESSON -> "/author/lesson.xhtml?" + base + "&lesson=" + id;
      case QUESTION ->
          "/author/question.xhtml?"
              + base
              + "&quiz="
              + id.substring(0, id.indexOf('/'))
              + "&q="
              + id.substring(id.indexOf('/') + 1);
      case SCENARIO -> "/author/quiz.xhtml?" + base + "&quiz=" + id.substring(0, id.indexOf('/'));
      case IMAGE ->
          Images.lessonShowing(draft(), id)
              .map(lesson -> "/author/lesson.xhtml?" + base + "&lesson=" + lesson)
              .orElse("/author/course.xhtml?" + base);
    };
  }
}

package org.rightsacademy.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rightsacademy.catalog.PackageProblem;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.platform.Language;

/**
 * One lesson in one language: title and Markdown with a live preview rendered and sanitised as a
 * learner gets it, the English beside it when translating, and a save that never overwrites
 * someone else's newer text.
 */
@Named
@ViewScoped
public class LessonEditorPage extends EditorPage {

  private static final long serialVersionUID = 1L;

  private String lesson;
  private String title;
  private String markdown;
  private String openedTitle;
  private int fileRevision;

  public void load() throws IOException {
    if (!reload()) {
      return;
    }
    try {
      draft().lesson(lesson);
    } catch (IllegalArgumentException e) {
      notFound("no such lesson");
      return;
    }
    fill();
  }

  private void fill() {
    Draft.LessonView view = draft().lesson(lesson);
    title = view.titles().get(getLanguage());
    openedTitle = title;
    markdown = draft().markdown(lesson, getLanguage());
    fileRevision = opened().revision(path());
  }

  private String path() {
    return Draft.lessonFile(draft().lesson(lesson).file(), getLanguage());
  }

  public void save() {
    Language language = getLanguage();
    String expectedTitle = openedTitle;
    try {
      opened = drafts.edit(code, Map.of(path(), fileRevision), draft -> {
        String current = draft.lesson(lesson).titles().get(language);
        if (!Objects.equals(current, expectedTitle)) {
          throw new EditConflict(Draft.OUTLINE, null, null);
        }
        draft.saveLesson(lesson, language, title, markdown);
      });
      fill();
      messages.info(null, "author.saved");
      warnWording(language, title, markdown);
    } catch (EditConflict e) {
      conflict(e);
    }
  }

  /** The lesson as a learner will see it, rendered from the text being typed. */
  public String getPreview() {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return withMedia(PackageReader.renderLesson(markdown, path(), draft().files().keySet(), new ArrayList<>()));
  }

  /** What the sanitiser would remove from the text being typed, with its line. */
  public List<PackageProblem> getUnsafe() {
    List<PackageProblem> problems = new ArrayList<>();
    if (markdown != null && !markdown.isBlank()) {
      PackageReader.renderLesson(markdown, path(), draft().files().keySet(), problems);
    }
    return problems;
  }

  /** The English lesson, rendered, shown beside a translation. */
  public String getSourceHtml() {
    String english = draft().markdown(lesson, Language.EN);
    return english == null ? "" : withMedia(PackageReader.renderLesson(english, Draft.lessonFile(draft().lesson(lesson).file(), Language.EN), draft().files().keySet(), new ArrayList<>()));
  }

  public String getSourceTitle() {
    return draft().lesson(lesson).titles().get(Language.EN);
  }

  public String getSourceMarkdown() {
    return draft().markdown(lesson, Language.EN);
  }

  public TranslationStatus.State state(Language language) {
    return TranslationStatus.of(draft()).stream().filter(i -> i.key().equals(TranslationStatus.lesson(lesson))).findFirst()
        .map(i -> i.state(language)).orElse(null);
  }

  public String getLesson() {
    return lesson;
  }

  public void setLesson(String lesson) {
    this.lesson = lesson;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getMarkdown() {
    return markdown;
  }

  public void setMarkdown(String markdown) {
    this.markdown = markdown;
  }
}

package org.rightsacademy.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.platform.Language;

/**
 * One lesson in one language: title and Markdown with a live preview rendered and sanitised as a
 * learner gets it, the English beside it when translating, and a save that never overwrites someone
 * else's newer text.
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
    return PackageFormat.lessonFile(draft().lesson(lesson).file(), getLanguage());
  }

  public void save() {
    Language language = getLanguage();
    if (refusesDirectionControl(null, title)) {
      return;
    }
    String expectedTitle = openedTitle;
    try {
      opened =
          drafts.edit(
              code,
              Map.of(path(), fileRevision),
              draft -> {
                String current = draft.lesson(lesson).titles().get(language);
                if (!Objects.equals(current, expectedTitle)) {
                  throw new EditConflict(Draft.OUTLINE, null, null);
                }
                draft.saveLesson(lesson, language, title, markdown);
              });
      fill();
      Messages.addInfo(null, "author.saved");
      warnWording(language, title, markdown);
    } catch (EditConflict e) {
      conflict(e);
    }
  }

  /**
   * The text being typed, rendered and sanitised once: the preview and the list of removed parts
   * both come from it.
   */
  private record Rendered(String markdown, String html, List<PackageProblem> unsafe) {}

  private transient Rendered rendered;

  @Override
  protected void reread() {
    rendered = null;
  }

  private Rendered rendered() {
    if (rendered == null || !Objects.equals(rendered.markdown(), markdown)) {
      List<PackageProblem> problems = new ArrayList<>();
      String html =
          markdown == null || markdown.isBlank()
              ? ""
              : PackageReader.renderLesson(markdown, path(), draft().paths(), problems);
      rendered = new Rendered(markdown, html, problems);
    }
    return rendered;
  }

  /** The lesson as a learner will see it, rendered from the text being typed. */
  public String getPreview() {
    String html = rendered().html();
    return html.isEmpty() ? "" : withMedia(html);
  }

  /** What the sanitiser would remove from the text being typed, with its line. */
  public List<PackageProblem> getUnsafe() {
    return rendered().unsafe();
  }

  /** The English lesson, rendered, shown beside a translation. */
  public String getSourceHtml() {
    String english = draft().markdown(lesson, Language.EN);
    return english == null
        ? ""
        : withMedia(
            PackageReader.renderLesson(
                english,
                PackageFormat.lessonFile(draft().lesson(lesson).file(), Language.EN),
                draft().paths(),
                new ArrayList<>()));
  }

  public String getSourceTitle() {
    return draft().lesson(lesson).titles().get(Language.EN);
  }

  public TranslationStatus.State state(Language language) {
    return TranslationStatus.ofLesson(draft(), lesson).state(language);
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

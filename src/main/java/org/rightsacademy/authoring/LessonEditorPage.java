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
  // The alt text of each picture the lesson shows, in the page's language, as the form holds it.
  private Map<String, String> altTexts = new java.util.LinkedHashMap<>();

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
    altTexts = new java.util.LinkedHashMap<>();
    for (String image : Images.ofLesson(draft(), lesson, getLanguage())) {
      String alt = draft().model().altText(image, getLanguage());
      altTexts.put(image, alt == null ? "" : alt);
    }
  }

  String path() {
    return PackageFormat.lessonFile(draft().lesson(lesson).file(), getLanguage());
  }

  public void save() {
    if (refusesDirectionControl(null, title) || !fits()) {
      return;
    }
    store(null, draft -> {});
  }

  /**
   * Takes a picture out of this lesson's text in this language and out of the draft; refused,
   * naming them, while other lesson texts still show it (the trainer takes it out there, seeing
   * what changes), so nothing out of sight is edited and no lesson is left with a missing file.
   */
  public void removeImage(String image) {
    if (!altTexts.containsKey(image) || refusesDirectionControl(null, title) || !fits()) {
      return;
    }
    DraftPictures.Place here = new DraftPictures.Place(lesson, getLanguage());
    List<DraftPictures.Place> elsewhere =
        DraftPictures.showing(draft(), image).stream().filter(p -> !p.equals(here)).toList();
    if (!elsewhere.isEmpty()) {
      inUse(image, elsewhere);
      return;
    }
    String typed = markdown;
    markdown = Images.without(path(), markdown, image);
    try {
      if (store("picture " + image, draft -> DraftPictures.remove(draft, image, here))) {
        Messages.addInfo(null, "author.image.removed", Images.name(image));
        return;
      }
    } catch (DraftPictures.InUse e) {
      inUse(image, e.places());
    }
    markdown = typed;
  }

  private void inUse(String image, List<DraftPictures.Place> places) {
    Messages.addError(
        null,
        "author.image.in_use",
        Images.name(image),
        DraftPictures.named(draft(), places, getLanguage()));
  }

  /**
   * Saves the lesson, its pictures' alt texts and whatever else the edit does, in one go; {@code
   * deleted} names what the edit removes, for the audit log.
   */
  boolean store(String deleted, java.util.function.Consumer<Draft> also) {
    Language language = getLanguage();
    String expectedTitle = openedTitle;
    Map<String, String> alts = Map.copyOf(altTexts);
    try {
      java.util.function.Consumer<Draft> edit =
          draft -> {
            String current = draft.lesson(lesson).titles().get(language);
            if (!Objects.equals(current, expectedTitle)) {
              throw new EditConflict(Draft.OUTLINE, null, null);
            }
            also.accept(draft);
            draft.saveLesson(lesson, language, title, markdown);
            alts.forEach(
                (image, alt) -> {
                  if (draft.model().media().contains(image)
                      && !Objects.equals(
                          blankToNull(alt), draft.model().altText(image, language))) {
                    draft.setAltText(image, language, alt);
                  }
                });
          };
      opened =
          deleted == null
              ? drafts.edit(code, Map.of(path(), fileRevision), edit)
              : drafts.delete(code, deleted, Map.of(path(), fileRevision), edit);
      // The preview was worked out from the draft before the edit (an alt text, a picture's file).
      reread();
      fill();
      Messages.addInfo(null, "author.saved");
      warnWording(language, title, markdown);
      return true;
    } catch (EditConflict e) {
      conflict(e);
    } catch (TextLimits.TooLong e) {
      tooLong(null, e);
    }
    return false;
  }

  /** The title, text and alt texts against their limits, each refusal beside its field. */
  boolean fits() {
    boolean ok = true;
    if (!TextLimits.fits(TextLimits.Field.LESSON_TITLE, title)) {
      tooLong("lesson:title", TextLimits.Field.LESSON_TITLE, title);
      ok = false;
    }
    if (!TextLimits.fits(TextLimits.Field.LESSON_TEXT, markdown)) {
      tooLong("lesson:markdown", TextLimits.Field.LESSON_TEXT, markdown);
      ok = false;
    }
    for (String alt : altTexts.values()) {
      if (!TextLimits.fits(TextLimits.Field.ALT_TEXT, alt)) {
        tooLong(null, new TextLimits.TooLong(TextLimits.Field.ALT_TEXT, TextLimits.length(alt)));
        ok = false;
      }
    }
    return ok;
  }

  String kilobytes(long bytes) {
    return number((bytes + 1023) / 1024) + " KB";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The limit of a field, in the page's language's digits, for the hint beside it. */
  public String limit(String field) {
    return number(TextLimits.Field.valueOf(field).max());
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
      Language language = getLanguage();
      String html =
          markdown == null
                  || markdown.isBlank()
                  || !TextLimits.fits(TextLimits.Field.LESSON_TEXT, markdown)
              ? ""
              : PackageReader.renderLesson(
                  markdown,
                  path(),
                  draft().paths(),
                  image -> draft().model().altText(image, language),
                  problems);
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
    return rendered().unsafe().stream()
        .filter(p -> p.kind() == PackageProblem.Kind.UNSAFE_HTML)
        .toList();
  }

  /** What else keeps the text from publishing: a missing picture, a picture without alt text. */
  public List<PackageProblem> getProblems() {
    return rendered().unsafe().stream()
        .filter(p -> p.kind() != PackageProblem.Kind.UNSAFE_HTML)
        .toList();
  }

  /** A picture the lesson shows, for the alt-text fields: its address and its English words. */
  public record ImageRow(
      String path, String name, String src, String english, String markdown, boolean shown) {}

  public List<ImageRow> getImages() {
    List<ImageRow> rows = new ArrayList<>();
    for (String image : altTexts.keySet()) {
      rows.add(
          new ImageRow(
              image,
              image.substring(image.lastIndexOf('/') + 1),
              "media/" + code + "/" + image,
              draft().model().altText(image, Language.EN),
              Images.markdown(path(), image),
              Images.shownIn(path(), markdown).contains(image)));
    }
    return rows;
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
                image -> draft().model().altText(image, Language.EN),
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

  public Map<String, String> getAltTexts() {
    return altTexts;
  }

  public String getMarkdown() {
    return markdown;
  }

  public void setMarkdown(String markdown) {
    this.markdown = markdown;
  }
}

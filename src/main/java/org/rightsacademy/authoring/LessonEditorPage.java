package org.rightsacademy.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.ImageCheck;
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
  // A new picture: the file, its alt texts by language code, where the caret was in the text.
  private transient jakarta.servlet.http.Part imageFile;
  private Map<String, String> newAltTexts = new java.util.HashMap<>();
  private Integer caret;

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
    newAltTexts = new java.util.HashMap<>();
    imageFile = null;
  }

  private String path() {
    return PackageFormat.lessonFile(draft().lesson(lesson).file(), getLanguage());
  }

  public void save() {
    if (refusesDirectionControl(null, title) || !fits()) {
      return;
    }
    store(draft -> {});
  }

  /**
   * Adds the chosen picture, checked by what its bytes are, with its alt texts (English and the
   * page's language required), at the caret in the text, and saves the lesson with it; a refused
   * picture stores nothing and says why beside the field.
   */
  public void addImage() {
    Language language = getLanguage();
    if (imageFile == null || imageFile.getSize() == 0) {
      Messages.addError("image:file", "author.image.none");
      return;
    }
    if (imageFile.getSize() > ImageCheck.MAX_BYTES) {
      Messages.addError("image:file", "author.image.too_large", kilobytes(imageFile.getSize()));
      return;
    }
    byte[] bytes;
    try (java.io.InputStream in = imageFile.getInputStream()) {
      bytes = in.readNBytes(ImageCheck.MAX_BYTES + 1);
    } catch (IOException e) {
      Messages.addError("image:file", "author.image.unreadable");
      return;
    }
    ImageCheck.Result checked = ImageCheck.check(bytes);
    if (!checked.ok()) {
      Messages.addError(
          "image:file",
          "author.image.refused." + checked.refused().name().toLowerCase(java.util.Locale.ROOT),
          checked.refused() == ImageCheck.Reason.TOO_LARGE
              ? kilobytes(bytes.length)
              : checked.detail());
      return;
    }
    Map<Language, String> alts = new java.util.EnumMap<>(Language.class);
    boolean ok = fits();
    for (Language each : Language.values()) {
      String alt = newAltTexts.get(each.code());
      if (alt != null && !alt.isBlank()) {
        alts.put(each, alt.strip());
        if (!TextLimits.fits(TextLimits.Field.ALT_TEXT, alt)) {
          tooLong("image:alt-" + each.code(), TextLimits.Field.ALT_TEXT, alt);
          ok = false;
        }
      } else if (each == Language.EN || each == language) {
        Messages.addError("image:alt-" + each.code(), "author.image.alt_required");
        ok = false;
      }
    }
    if (!ok) {
      return;
    }
    String image =
        Images.newPath(imageFile.getSubmittedFileName(), checked.format(), draft().paths());
    String shown = Images.markdown(path(), image);
    String text = markdown == null ? "" : markdown;
    int at = caret == null || caret < 0 || caret > text.length() ? text.length() : caret;
    String before = text.substring(0, at).stripTrailing();
    String after = text.substring(at).stripLeading();
    markdown =
        (before.isEmpty() ? "" : before + "\n\n")
            + shown
            + (after.isEmpty() ? "\n" : "\n\n" + after);
    if (!fits()) {
      return;
    }
    String lessonFile = path();
    if (store(draft -> draft.addImage(image, bytes, alts, lessonFile))) {
      Messages.addInfo(null, "author.image.added");
    }
  }

  /** Saves the lesson, its pictures' alt texts and whatever else the edit does, in one go. */
  private boolean store(java.util.function.Consumer<Draft> also) {
    Language language = getLanguage();
    String expectedTitle = openedTitle;
    Map<String, String> alts = Map.copyOf(altTexts);
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
              });
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
  private boolean fits() {
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

  private String kilobytes(long bytes) {
    return number((bytes + 1023) / 1024) + " KB";
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The limit of a field, in the page's language's digits, for the hint beside it. */
  public String limit(String field) {
    return number(TextLimits.Field.valueOf(field).max());
  }

  /** The largest picture, for the hint beside the file field. */
  public String getImageLimit() {
    return kilobytes(ImageCheck.MAX_BYTES).replace(" KB", "");
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

  /** A language by its code, for the labels of the new picture's alt-text fields. */
  public Language altLanguage(String code) {
    return Language.fromCode(code).orElseThrow();
  }

  /** Whether the alt text of a new picture is required in this language (English, the page's). */
  public boolean altRequired(String code) {
    Language language = altLanguage(code);
    return language == Language.EN || language == getLanguage();
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

  public Map<String, String> getNewAltTexts() {
    return newAltTexts;
  }

  public jakarta.servlet.http.Part getImageFile() {
    return imageFile;
  }

  public void setImageFile(jakarta.servlet.http.Part imageFile) {
    this.imageFile = imageFile;
  }

  public Integer getCaret() {
    return caret;
  }

  public void setCaret(Integer caret) {
    this.caret = caret;
  }

  public String getMarkdown() {
    return markdown;
  }

  public void setMarkdown(String markdown) {
    this.markdown = markdown;
  }
}

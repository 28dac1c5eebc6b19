package org.rightsacademy.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.ImageCheck;
import org.rightsacademy.platform.Language;

/**
 * The lesson editor's picture form: a new picture, checked by what its bytes are, with its alt
 * texts (English and the page's language required), put where the caret was in the text; or a new
 * file for a picture the lesson shows, under the same name. The text being typed comes with the
 * form, so nothing typed is lost; a refusal stores nothing and says why beside the field.
 */
@Named
@ViewScoped
public class LessonPictureForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private LessonEditorPage page;

  private transient Part imageFile;
  private Map<String, String> newAltTexts = new HashMap<>();
  private Integer caret;
  // The picture of this lesson the chosen file replaces; blank adds a new picture.
  private String replacing;

  public void addImage() {
    Optional<PictureUpload.Checked> upload = PictureUpload.read(imageFile, page::kilobytes);
    if (upload.isEmpty()) {
      return;
    }
    if (replacing != null && !replacing.isBlank()) {
      replace(upload.get());
      return;
    }
    Map<Language, String> alts = typedAlts(true);
    if (alts == null) {
      return;
    }
    byte[] bytes = upload.get().bytes();
    String image =
        Images.newPath(
            imageFile.getSubmittedFileName(), upload.get().format(), page.draft().paths());
    String lessonFile = page.path();
    // The caret counts a line break as one character; a posted text breaks lines with \r\n.
    String text = page.getMarkdown() == null ? "" : page.getMarkdown().replace("\r\n", "\n");
    int at = caret == null || caret < 0 || caret > text.length() ? text.length() : caret;
    String before = text.substring(0, at).stripTrailing();
    String after = text.substring(at).stripLeading();
    page.setMarkdown(
        (before.isEmpty() ? "" : before + "\n\n")
            + Images.markdown(lessonFile, image)
            + (after.isEmpty() ? "\n" : "\n\n" + after));
    if (page.fits() && page.store(null, d -> d.addImage(image, bytes, alts, lessonFile))) {
      Messages.addInfo(null, "author.image.added");
      clear();
    }
  }

  /**
   * Gives a picture of this lesson a new file under the same name, so every lesson showing it shows
   * the new one, with whatever alt texts were typed for it; the others stay.
   */
  private void replace(PictureUpload.Checked upload) {
    String image = replacing;
    if (!page.getAltTexts().containsKey(image)) {
      Messages.addError("image:replace", "author.image.replace_unknown");
      return;
    }
    if (!DraftPictures.sameFormat(image, upload.format())) {
      Messages.addError(
          PictureUpload.FIELD,
          "author.image.replace_format",
          image.substring(image.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT));
      return;
    }
    Map<Language, String> alts = typedAlts(false);
    if (alts == null) {
      return;
    }
    if (alts.containsKey(page.getLanguage())) {
      page.getAltTexts().put(image, alts.get(page.getLanguage()));
    }
    byte[] bytes = upload.bytes();
    ImageCheck.Format format = upload.format();
    if (page.store(
        null,
        draft -> {
          DraftPictures.replace(draft, image, bytes, format);
          alts.forEach((language, alt) -> draft.setAltText(image, language, alt));
        })) {
      Messages.addInfo(null, "author.image.replaced", Images.name(image));
      clear();
    }
  }

  /**
   * The alt texts typed for the chosen file, by language (English and the page's language required
   * for a new picture); null, with the reasons beside the fields and the lesson's limits checked,
   * when one is missing or too long.
   */
  private Map<Language, String> typedAlts(boolean required) {
    Map<Language, String> alts = new EnumMap<>(Language.class);
    boolean ok = page.fits();
    for (Language each : Language.values()) {
      String alt = newAltTexts.get(each.code());
      if (alt != null && !alt.isBlank()) {
        alts.put(each, alt.strip());
        if (!TextLimits.fits(TextLimits.Field.ALT_TEXT, alt)) {
          page.tooLong("image:alt-" + each.code(), TextLimits.Field.ALT_TEXT, alt);
          ok = false;
        }
      } else if (required && altRequired(each.code())) {
        Messages.addError("image:alt-" + each.code(), "author.image.alt_required");
        ok = false;
      }
    }
    return ok ? alts : null;
  }

  private void clear() {
    newAltTexts = new HashMap<>();
    imageFile = null;
    replacing = null;
  }

  /** A language by its code, for the labels of the new picture's alt-text fields. */
  public Language altLanguage(String code) {
    return Language.fromCode(code).orElseThrow();
  }

  /** Whether the alt text of a new picture is required in this language (English, the page's). */
  public boolean altRequired(String code) {
    Language language = altLanguage(code);
    return language == Language.EN || language == page.getLanguage();
  }

  /** The largest picture, for the hint beside the file field. */
  public String getImageLimit() {
    return page.kilobytes(ImageCheck.MAX_BYTES).replace(" KB", "");
  }

  public Map<String, String> getNewAltTexts() {
    return newAltTexts;
  }

  public Part getImageFile() {
    return imageFile;
  }

  public void setImageFile(Part imageFile) {
    this.imageFile = imageFile;
  }

  public String getReplacing() {
    return replacing;
  }

  public void setReplacing(String replacing) {
    this.replacing = replacing;
  }

  public Integer getCaret() {
    return caret;
  }

  public void setCaret(Integer caret) {
    this.caret = caret;
  }
}

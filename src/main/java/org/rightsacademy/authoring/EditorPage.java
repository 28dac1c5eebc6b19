package org.rightsacademy.authoring;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.rightsacademy.platform.DirectionControls;
import org.rightsacademy.platform.Language;

/**
 * What every editor page shares: the course and language in its URL, the draft as of this request,
 * the message for a conflicting save, and the inclusive-wording warnings.
 */
public abstract class EditorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB protected DraftService drafts;
  @Inject protected WordingTerms wording;

  protected String code;
  protected String lang;
  // The draft is read again on every request: it is shared by every trainer of the course.
  protected transient DraftService.Opened opened;
  // The request the draft was read in: each request reads it afresh, so a postback never acts
  // on what another trainer has changed since.
  private transient Object readIn;

  /** Reads the draft; answers 404 when the course does not exist. */
  protected boolean reload() throws IOException {
    try {
      opened = code == null ? null : drafts.open(code).orElse(null);
    } catch (UnreadableDraft e) {
      // Every editor page of a draft that does not read leads to the page that can deal with it.
      Faces.redirect("author/unreadable.xhtml?code=%s", code);
      return false;
    }
    readIn = jakarta.faces.context.FacesContext.getCurrentInstance();
    reread();
    if (opened == null) {
      notFound("no such course");
      return false;
    }
    return true;
  }

  /**
   * Ends the request with 404: the course, lesson, quiz or question in the address does not exist.
   */
  /**
   * A title with a direction control is refused before anything is saved (publishing would refuse
   * it too, see PackageReader); true when one was found and the error shown.
   */
  protected boolean refusesDirectionControl(String clientId, String... titles) {
    for (String title : titles) {
      Optional<String> control = DirectionControls.first(title);
      if (control.isPresent()) {
        Messages.addError(clientId, "author.title.direction_control", control.get());
        return true;
      }
    }
    return false;
  }

  protected static void notFound(String what) throws IOException {
    Faces.responseSendError(404, what);
  }

  protected DraftService.Opened opened() {
    Object request = jakarta.faces.context.FacesContext.getCurrentInstance();
    if ((opened == null || readIn != request) && code != null) {
      opened = drafts.open(code).orElseThrow();
      readIn = request;
      reread();
    }
    return opened;
  }

  /** Called when the draft has been read again: drop what was worked out from the old one. */
  protected void reread() {}

  protected Draft draft() {
    return opened().draft();
  }

  /**
   * Lesson HTML with its pictures served from the draft ({@link DraftMediaServlet}, seen from
   * /author/): the pictures the trainer just added show before anything is published.
   */
  protected String withMedia(String html) {
    return html == null ? null : html.replace("src=\"media/", "src=\"media/" + code + "/");
  }

  /** Says who saved first and when; the trainer's text stays in the form. */
  protected void conflict(EditConflict conflict) {
    Language page = pageLanguage();
    Messages.addError(
        null,
        "author.conflict",
        conflict.editedBy(),
        org.rightsacademy.platform.Human.in(page).dateTime(conflict.editedAt()));
  }

  /**
   * A question's texts against their limits ({@link TextLimits}), before anything is stored: the
   * question text's refusal beside its field, the others naming theirs; true when one is too long.
   */
  protected boolean refusesLongText(QuestionWords words, String textClientId) {
    List<TextLimits.TooLong> over = TextLimits.question(words);
    for (TextLimits.TooLong e : over) {
      tooLong(e.field() == TextLimits.Field.QUESTION_TEXT ? textClientId : null, e);
    }
    return !over.isEmpty();
  }

  /** Says a text is too long: beside its field when given, else naming the field. */
  protected void tooLong(String clientId, TextLimits.TooLong e) {
    if (clientId != null) {
      Messages.addError(
          clientId, "author.limit.field_too_long", number(e.length()), number(e.field().max()));
    } else {
      Messages.addError(
          null,
          "author.limit.too_long",
          org.rightsacademy.platform.Human.in(pageLanguage()).text(e.field().key()),
          number(e.length()),
          number(e.field().max()));
    }
  }

  /** The same, for a text of the given field. */
  protected void tooLong(String clientId, TextLimits.Field field, String text) {
    tooLong(clientId, new TextLimits.TooLong(field, TextLimits.length(text)));
  }

  /** A number in the trainer's language. */
  protected String number(long value) {
    return java.text.NumberFormat.getIntegerInstance(
            org.rightsacademy.platform.Human.in(pageLanguage()).locale())
        .format(value);
  }

  /** The language the page is shown in (the trainer's), not the language being edited. */
  protected Language pageLanguage() {
    return Language.fromCode(
            jakarta.faces.context.FacesContext.getCurrentInstance()
                .getViewRoot()
                .getLocale()
                .getLanguage())
        .orElse(Language.DEFAULT);
  }

  /** Warns (never blocks) about each stigmatising term in the saved texts. */
  protected void warnWording(Language language, String... texts) {
    WordingCheck check = wording.check();
    for (String text : texts) {
      for (WordingCheck.Warning warning : check.check(text, language)) {
        Messages.addWarn(null, "author.wording", warning.found(), warning.suggestion());
      }
    }
  }

  public Language getLanguage() {
    return Language.fromCode(lang).orElse(Language.EN);
  }

  public boolean isEnglish() {
    return getLanguage() == Language.EN;
  }

  public List<Language> getLanguages() {
    return List.of(Language.values());
  }

  public String getCourseTitle() {
    Map<Language, String> titles = draft().titles();
    return titles.getOrDefault(Language.EN, code);
  }

  public boolean isDraftSaved() {
    return opened().saved();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLang() {
    return getLanguage().code();
  }

  public void setLang(String lang) {
    this.lang = lang;
  }
}

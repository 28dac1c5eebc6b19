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
    opened = code == null ? null : drafts.open(code).orElse(null);
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
   * Lesson HTML with its pictures served from the published version the draft started from (the
   * learner pages' media address, seen from /author/).
   */
  protected String withMedia(String html) {
    Long base = opened().baseVersionId();
    return base == null || html == null
        ? html
        : html.replace("src=\"media/", "src=\"../learn/media/" + base + "/");
  }

  /** Says who saved first and when; the trainer's text stays in the form. */
  protected void conflict(EditConflict conflict) {
    Language page =
        Language.fromCode(
                jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getViewRoot()
                    .getLocale()
                    .getLanguage())
            .orElse(Language.DEFAULT);
    Messages.addError(
        null,
        "author.conflict",
        conflict.editedBy(),
        org.rightsacademy.platform.Human.in(page).dateTime(conflict.editedAt()));
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

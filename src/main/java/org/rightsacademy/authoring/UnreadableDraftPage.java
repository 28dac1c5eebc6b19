package org.rightsacademy.authoring;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.model.PackageProblem;

/**
 * The page of a draft that no longer reads: what is wrong, by file and line, a download of its
 * files as they are, and "Discard draft". Every editor page of such a draft leads here, so no
 * trainer ever meets an error page for it, and other courses are not affected.
 */
@Named
@ViewScoped
public class UnreadableDraftPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private DraftService drafts;

  private String code;
  private List<PackageProblem> problems = List.of();

  public void load() throws IOException {
    problems = code == null ? List.of() : drafts.unreadable(code);
    if (problems.isEmpty()) {
      // Nothing wrong (any more): the course's own page, or not found for a course without one.
      if (code != null
          && code.matches("[a-z0-9][a-z0-9-]{0,59}")
          && drafts.open(code).isPresent()) {
        Faces.redirect("author/course.xhtml?code=%s", code);
      } else {
        Faces.responseSendError(404, "no such draft");
      }
    }
  }

  /** Throws the draft away; the published version, if any, stays. */
  public String discard() {
    drafts.discard(code);
    Messages.addInfo(null, "author.discarded");
    return "/author/courses?faces-redirect=true";
  }

  public List<PackageProblem> getProblems() {
    return problems;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}

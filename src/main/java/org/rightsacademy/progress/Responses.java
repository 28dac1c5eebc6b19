package org.rightsacademy.progress;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** How the learner's pages end a request early: not found, or on to another page. */
final class Responses {

  private Responses() {}

  /** A 404 with the friendly error page; nothing else of the view is rendered. */
  static void notFound(String what) throws IOException {
    org.rightsacademy.platform.Pages.notFound(what);
  }

  /** A redirect to a path within the application, e.g. {@code /learn/review.xhtml?id=7}. */
  static void redirect(String path) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
    faces.responseComplete();
  }
}

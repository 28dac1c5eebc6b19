package org.rightsacademy.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** How a page ends a request early with an error page: nothing else of the view is rendered. */
public final class Pages {

  private Pages() {}

  /** 404: what the address names does not exist — or may not be seen, which must look the same. */
  public static void notFound(String what) throws IOException {
    end(404, what);
  }

  /** 403: the page exists, but not for this person's role. */
  public static void forbidden(String why) throws IOException {
    end(403, why);
  }

  private static void end(int status, String message) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().responseSendError(status, message);
    faces.responseComplete();
  }
}

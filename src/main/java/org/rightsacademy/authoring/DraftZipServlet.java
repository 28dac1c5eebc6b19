package org.rightsacademy.authoring;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /author/draft-zip?code=…}: a course's draft as a zip of its files exactly as stored,
 * read or not, so that even a draft that no longer opens can be kept before it is discarded. Under
 * /author/*, so only trainers and admins reach it (web.xml), and the service checks the role again.
 */
@WebServlet("/author/draft-zip")
public class DraftZipServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private DraftService drafts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ZipDownload.send(request, response, drafts::draftZip, "-draft.zip", "no draft of ");
  }
}

package org.rightsacademy.authoring;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

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
    String code = request.getParameter("code");
    Optional<byte[]> zip =
        code == null || !code.matches("[a-z0-9][a-z0-9-]{0,59}")
            ? Optional.empty()
            : drafts.draftZip(code);
    if (zip.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no draft of " + code);
      return;
    }
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + code + "-draft.zip\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(zip.get().length);
    response.getOutputStream().write(zip.get());
  }
}

package org.rightsacademy.authoring;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /author/export?code=icrmw}: the latest published version of a course as a zip in the
 * courses/ format. Under /author/*, so only trainers and admins reach it (web.xml), and the service
 * checks the role again.
 */
@WebServlet("/author/export")
public class PackageExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private DraftService drafts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ZipDownload.send(request, response, drafts::export, ".zip", "no published course ");
  }
}

package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.platform.Downloads;
import org.rightsacademy.platform.PublicAddress;

/**
 * {@code GET /learn/certificate?code=}: a certificate as a PDF, in the language it was issued in,
 * for its holder and for those who may manage it; for anyone else it does not exist.
 */
@WebServlet("/learn/certificate")
public class CertificateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateService certificates;
  @Inject private CurrentUser user;
  @EJB private PublicAddress publicAddress;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Certificate> certificate =
        certificates.downloadable(user.account(), request.getParameter("code"));
    if (certificate.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such certificate");
      return;
    }
    Certificate c = certificate.get();
    byte[] pdf =
        CertificatePdf.pdf(
            c,
            publicAddress.current().map(c::verifyLink),
            ResourceBundle.getBundle("i18n.messages", c.getLanguage().locale()));
    Downloads.send(
        response, pdf, "application/pdf", "certificate-" + c.getDisplayCode() + ".pdf", true);
  }
}

package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.rightsacademy.platform.PdfFonts;
import org.rightsacademy.platform.PublicAddress;

/**
 * {@code GET /learn/certificate?code=}: a certificate as a PDF, in the language it was issued in,
 * for its holder and for those who may manage it; for anyone else it does not exist.
 */
@WebServlet("/learn/certificate")
public class CertificateServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateService certificates;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Optional<Certificate> certificate = certificates.downloadable(request.getUserPrincipal(), request.getParameter("code"));
    if (certificate.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such certificate");
      return;
    }
    Certificate c = certificate.get();
    byte[] pdf = CertificatePdf.pdf(c, verifyLink(request, c), ResourceBundle.getBundle("i18n.messages", c.getLanguage().locale()));
    PdfFonts.send(response, pdf, "certificate-" + c.getDisplayCode() + ".pdf", true);
  }

  /** The link printed on a certificate and carried by its QR code. */
  static String verifyLink(HttpServletRequest request, Certificate certificate) {
    return PublicAddress.of(request) + "/verify/" + certificate.getDisplayCode();
  }
}

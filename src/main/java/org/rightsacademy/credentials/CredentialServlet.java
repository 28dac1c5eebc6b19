package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.ResourceBundle;
import org.rightsacademy.platform.PublicAddress;

/**
 * {@code GET /learn/credential?code=}: the certificate as a signed verifiable credential
 * ({@code .jwt}), for its holder and those who may manage it. {@code GET /credentials/keys.json}
 * (public): the keys that check it.
 */
@WebServlet({"/learn/credential", "/credentials/keys.json"})
public class CredentialServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateService certificates;
  @EJB private CredentialKeys keys;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getServletPath().equals("/credentials/keys.json")) {
      send(response, "application/jwk-set+json", VerifiableCredential.keySet(
          keys.published().stream().map(k -> new VerifiableCredential.Published(k.kid(), k.publicKey())).toList()).toString(), null);
      return;
    }
    Optional<Certificate> certificate = certificates.downloadable(request.getUserPrincipal(), request.getParameter("code"));
    if (certificate.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such certificate");
      return;
    }
    Certificate c = certificate.get();
    String criteria = ResourceBundle.getBundle("i18n.messages", c.getLanguage().locale()).getString("certificate.vc.criteria");
    SigningKey key = keys.current();
    String jws = VerifiableCredential.sign(VerifiableCredential.of(c, PublicAddress.of(request), criteria), key.kid(), key.privateKey());
    send(response, "application/vc+jwt", jws, "certificate-" + c.getDisplayCode() + ".jwt");
  }

  private static void send(HttpServletResponse response, String type, String body, String fileName) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentType(type);
    response.setHeader("Cache-Control", fileName == null ? "public, max-age=3600" : "no-store");
    if (fileName != null) {
      response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}

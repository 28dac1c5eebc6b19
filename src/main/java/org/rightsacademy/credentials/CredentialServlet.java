package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.ResourceBundle;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.platform.Downloads;
import org.rightsacademy.platform.PublicAddress;

/**
 * {@code GET /learn/credential?code=}: the certificate as a signed verifiable credential ({@code
 * .jwt}), for its holder and those who may manage it; the keys that check it are public ({@link
 * KeySetResource}). Without a public address ({@link PublicAddress}) no credential is signed: 409
 * with the reason in the certificate's language.
 */
@WebServlet("/learn/credential")
public class CredentialServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateService certificates;
  @Inject private CurrentUser user;
  @EJB private CredentialKeys keys;
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
    Optional<String> address = publicAddress.current();
    if (address.isEmpty()) {
      // Signed with our key, the credential's links must be ours: without a public address there
      // are none to give.
      Downloads.refuse(
          response,
          HttpServletResponse.SC_CONFLICT,
          ResourceBundle.getBundle("i18n.messages", c.getLanguage().locale())
              .getString("certificates.credential_unavailable"));
      return;
    }
    String criteria =
        ResourceBundle.getBundle("i18n.messages", c.getLanguage().locale())
            .getString("certificate.vc.criteria");
    CredentialKeys.Signer key = keys.signer();
    String jws =
        VerifiableCredential.sign(
            VerifiableCredential.of(c, address.get(), criteria), key.kid(), key.key());
    Downloads.send(
        response,
        jws.getBytes(StandardCharsets.US_ASCII),
        "application/vc+jwt",
        "certificate-" + c.getDisplayCode() + ".jwt",
        true);
  }
}

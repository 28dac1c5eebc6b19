package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.rightsacademy.platform.ClientAddress;
import org.rightsacademy.platform.Downloads;

/**
 * The public verification address: {@code /verify/KD7R-MXQ4-…} (what the QR code carries) shows the
 * verification page for that number, or, to software that asks for JSON, the same answer as JSON
 * (what a verifier of the signed credential checks for revocation); {@code /verify?code=…} (the
 * page's own form, which works without JavaScript) moves to that address; {@code /verify} alone
 * shows the empty form.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /**
   * The number from the path, handed to the page (a query string on the forward would re-parse the
   * parameters).
   */
  static final String NUMBER = "org.rightsacademy.credentials.number";

  @EJB private CertificateService certificates;
  @Inject private VerificationBudget budget;
  @Inject private Clock clock;
  @Inject private ClientAddress clientAddress;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
    if (!path.isEmpty() && wantsJson(request)) {
      json(request, response, path);
      return;
    }
    if (!path.isEmpty()) {
      request.setAttribute(NUMBER, path);
      request.getRequestDispatcher("/verify.xhtml").forward(request, response);
      return;
    }
    String typed = request.getParameter("code");
    if (typed != null && !typed.isBlank()) {
      String number =
          Certificate.CODE.normalize(typed).map(Certificate.CODE::display).orElse(typed.strip());
      response.sendRedirect(
          request.getContextPath()
              + "/verify/"
              + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20"));
      return;
    }
    request.getRequestDispatcher("/verify.xhtml").forward(request, response);
  }

  /** Software that lists JSON before HTML in its Accept header. */
  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    if (accept == null || !accept.contains("application/json")) {
      return false;
    }
    int html = accept.indexOf("text/html");
    return html < 0 || accept.indexOf("application/json") < html;
  }

  private void json(HttpServletRequest request, HttpServletResponse response, String number)
      throws IOException {
    Verification verification =
        Verification.check(
            number, clientAddress.of(request), clock.instant(), budget, certificates);
    JsonObjectBuilder answer =
        Json.createObjectBuilder()
            .add(
                "status",
                verification.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    if (verification.retryAfter() != null) {
      response.setHeader("Retry-After", verification.retryAfter());
    }
    Certificate c = verification.certificate();
    if (c != null) {
      answer
          .add("number", c.getDisplayCode())
          .add("holder", c.getHolderName())
          .add("course", c.getCourseTitle())
          .add("completedAt", c.getCompletedAt().toString())
          .add("issuer", c.getIssuer())
          .add("issuedAt", c.getIssuedAt().toString());
      if (c.isRevoked()) {
        answer.add("revokedAt", c.getRevokedAt().toString()).add("reason", c.getRevokedReason());
        if (c.getReplacedBy() != null) {
          answer.add("replacedBy", c.getReplacedByDisplay());
        }
      }
    }
    response.setStatus(verification.httpStatus());
    Downloads.send(
        response,
        answer.build().toString().getBytes(StandardCharsets.UTF_8),
        "application/json;charset=UTF-8",
        null,
        false);
  }
}

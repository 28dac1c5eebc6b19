package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Clock;
import org.rightsacademy.platform.ClientAddress;

/**
 * {@code /verify/{number}}: anyone, without signing in, checks a certificate — valid or revoked
 * (when and why), the holder's name, the course, the date, the issuer; nothing else about the
 * person. Every look-up counts against the address's budget. View-scoped so that switching the
 * language keeps the number on screen.
 */
@Named
@ViewScoped
public class VerifyPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateService certificates;
  @Inject private VerificationBudget budget;
  @Inject private Clock clock;
  @Inject private ClientAddress clientAddress;

  private String code;

  /** The answer for the number given; null while no number was given. */
  private transient Verification answer;

  public void load() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (code == null && request.getAttribute(VerifyResource.NUMBER) instanceof String number) {
      setCode(number);
    }
    if (code == null || code.isBlank()) {
      return;
    }
    answer =
        Verification.check(code, clientAddress.of(request), clock.instant(), budget, certificates);
    external.setResponseStatus(answer.httpStatus());
    if (answer.retryAfter() != null) {
      external.setResponseHeader("Retry-After", answer.retryAfter());
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip();
  }

  /** What the page says: NONE before a number is given, otherwise the answer's outcome. */
  public String getOutcome() {
    return answer == null ? "NONE" : answer.outcome().name();
  }

  public Certificate getCertificate() {
    return answer == null ? null : answer.certificate();
  }

  /** The number as the form shows it back: tidied when it is one, as typed (shortened) when not. */
  public String getShownCode() {
    if (code == null) {
      return "";
    }
    return Certificate.CODE
        .normalize(code)
        .map(Certificate.CODE::display)
        .orElse(code.length() > 40 ? code.substring(0, 40) + "…" : code);
  }

  public int getLength() {
    return Certificate.CODE.length();
  }

  public int getPerMinute() {
    return budget.perMinute();
  }
}

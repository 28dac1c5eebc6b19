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

  /** What the page says about the number it was given. */
  public enum Outcome { NONE, VALID, REVOKED, UNKNOWN, MALFORMED, TOO_MANY }

  @EJB private CertificateService certificates;
  @Inject private VerificationBudget budget;
  @Inject private Clock clock;

  private String code;
  private Outcome outcome = Outcome.NONE;
  private transient Certificate certificate;

  public void load() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    if (code == null && request.getAttribute(VerifyServlet.NUMBER) instanceof String number) {
      setCode(number);
    }
    if (code == null || code.isBlank()) {
      return;
    }
    Verification answer = Verification.check(code, request.getRemoteAddr(), clock.instant(), budget, certificates);
    outcome = Outcome.valueOf(answer.outcome().name());
    certificate = answer.certificate();
    external.setResponseStatus(answer.httpStatus());
    if (answer.outcome() == Verification.Outcome.TOO_MANY) {
      external.setResponseHeader("Retry-After", "60");
    }
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code == null ? null : code.strip();
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public Certificate getCertificate() {
    return certificate;
  }

  /** The number as the form shows it back: tidied when it is one, as typed (shortened) when not. */
  public String getShownCode() {
    if (code == null) {
      return "";
    }
    return Certificate.CODE.normalize(code).map(Certificate.CODE::display).orElse(code.length() > 40 ? code.substring(0, 40) + "…" : code);
  }

  public int getLength() {
    return Certificate.CODE.length();
  }

  public int getPerMinute() {
    return budget.perMinute();
  }
}

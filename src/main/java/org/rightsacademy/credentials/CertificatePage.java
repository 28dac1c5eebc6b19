package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.people.FieldProblem;
import org.rightsacademy.people.InvalidInputException;

/**
 * {@code /coordinate/certificate?code=}: one certificate for a coordinator of its country (or an
 * admin): what was printed, its history, and revoking or re-issuing it with a reason. Any other
 * number is "not found".
 */
@Named
@ViewScoped
public class CertificatePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CertificateService certificates;
  @Inject private CurrentUser user;

  private String code;
  private String reason;
  private transient Certificate certificate;

  public void load() throws IOException {
    if (getCertificate() == null) {
      Faces.responseSendError(404, "no such certificate");
    }
  }

  public String revoke() {
    return act(certificates::revoke, "certificates.revoked");
  }

  public String reissue() {
    return act(certificates::reissue, "certificates.reissued");
  }

  /**
   * What a coordinator does to this certificate, with the reason typed; the page then shows the
   * result.
   */
  private interface Action {
    Certificate on(Account coordinator, String number, String reason);
  }

  private String act(Action action, String doneKey) {
    try {
      Certificate result = action.on(user.account().orElseThrow(), code, reason);
      Messages.addFlashInfo(null, doneKey, result.getDisplayCode());
      return "/coordinate/certificate?faces-redirect=true&code=" + result.getCode();
    } catch (InvalidInputException e) {
      show(e);
      return null;
    }
  }

  private void show(InvalidInputException e) {
    for (FieldProblem problem : e.problems()) {
      Messages.addError(
          "reason".equals(problem.field()) ? "manage:reason" : null,
          problem.messageKey(),
          problem.value());
    }
  }

  public Certificate getCertificate() {
    if (certificate == null && code != null) {
      certificate =
          certificates
              .find(code)
              .filter(c -> CertificateService.mayManage(user.account().orElseThrow(), c))
              .orElse(null);
    }
    return certificate;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getReasonLength() {
    return Certificate.REASON_LENGTH;
  }
}

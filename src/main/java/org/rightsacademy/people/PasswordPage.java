package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.omnifaces.util.Messages;

/** Changing one's own password; also where a one-time password must be replaced. */
@Named
@RequestScoped
public class PasswordPage {

  @Inject private FacesContext faces;
  @Inject private CurrentUser currentUser;
  @EJB private AccountService accounts;

  private String current;
  private String chosen;
  private String repeated;

  public boolean isRequired() {
    return currentUser.account().map(Account::isMustChangePassword).orElse(false);
  }

  public String change() {
    if (chosen == null || !chosen.equals(repeated)) {
      Messages.addError("form:repeated", "password.mismatch");
      return null;
    }
    try {
      int epoch = accounts.changeOwnPassword(currentUser.getUsername(), current, chosen);
      // This session stays signed in; every other session of the account ends.
      ((HttpServletRequest) faces.getExternalContext().getRequest())
          .getSession()
          .setAttribute(SessionGuard.EPOCH, epoch);
      faces.getExternalContext().getFlash().setKeepMessages(true);
      Messages.addInfo(null, "password.changed");
      return "/account/profile?faces-redirect=true";
    } catch (InvalidInputException e) {
      e.problems()
          .forEach(
              p ->
                  Messages.addError(
                      "form:" + p.field(), p.messageKey(), PasswordPolicy.MIN_LENGTH));
      return null;
    } finally {
      current = chosen = repeated = null;
    }
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getChosen() {
    return chosen;
  }

  public void setChosen(String chosen) {
    this.chosen = chosen;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}

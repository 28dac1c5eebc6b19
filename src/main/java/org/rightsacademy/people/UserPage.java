package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** Creating an account, or editing one: profile, roles, scope, activation and password reset. */
@Named
@ViewScoped
public class UserPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccountService accounts;
  @EJB private LoginService logins;
  @Inject private CurrentUser user;

  private Long id;
  private AccountForm form = new AccountForm();
  private boolean active = true;

  /** Shown once, right after it is made, and never stored in clear. */
  private String oneTimePassword;

  /** Loads the account named by the {@code id} view parameter, or starts a blank one. */
  public void load() {
    if (id == null) {
      return;
    }
    accounts
        .find(id)
        .ifPresentOrElse(
            account -> {
              form = AccountForm.of(account);
              active = account.isActive();
            },
            () -> Messages.addError(null, "problem.not_found", ""));
  }

  public String save() {
    try {
      if (form.getId() == null) {
        AccountService.Created created = accounts.create(form.toDraft());
        Account account = accounts.findByUsername(created.username()).orElseThrow();
        id = account.getId();
        form = AccountForm.of(account);
        oneTimePassword = created.oneTimePassword();
        Messages.addInfo(null, "users.created", created.username());
      } else {
        form = AccountForm.of(accounts.update(form.getId(), form.getVersion(), form.toDraft()));
        Messages.addInfo(null, "users.saved");
      }
    } catch (InvalidInputException e) {
      form.report(e);
    }
    return null;
  }

  public void deactivate() {
    accounts.deactivate(id);
    reloadWith("users.deactivated");
  }

  public void reactivate() {
    accounts.reactivate(id);
    reloadWith("users.reactivated");
  }

  public void resetPassword() {
    oneTimePassword = accounts.resetPassword(id);
    reloadWith("users.password_reset");
  }

  public void liftPause() {
    logins.liftPause(user.account().orElseThrow(), id);
    reloadWith("users.pause_lifted");
  }

  /** Whether failed attempts paused or slowed this person's sign-in (an admin can lift it). */
  public boolean isSignInHeld() {
    return form.getUsername() != null && logins.isHeld(form.getUsername());
  }

  private void reloadWith(String messageKey) {
    load();
    Messages.addInfo(null, messageKey, form.getUsername());
  }

  public boolean isNew() {
    return form.getId() == null;
  }

  public boolean isSelf() {
    String caller = Faces.getRemoteUser();
    return form.getUsername() != null && form.getUsername().equals(caller);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AccountForm getForm() {
    return form;
  }

  public boolean isActive() {
    return active;
  }

  public String getOneTimePassword() {
    return oneTimePassword;
  }
}

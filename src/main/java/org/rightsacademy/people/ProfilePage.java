package org.rightsacademy.people;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.rightsacademy.platform.LanguageNegotiation;
import org.rightsacademy.platform.Messages;

/** "My profile": the fields reports need and the interface language, edited by the person. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private Messages messages;
  @EJB private AccountService accounts;

  private AccountForm form;

  @PostConstruct
  void load() {
    form = AccountForm.of(currentUser.account().orElseThrow());
  }

  public String save() {
    try {
      Account saved =
          accounts.updateOwnProfile(form.getUsername(), form.getVersion(), form.toDraft());
      form = AccountForm.of(saved);
      FacesContext faces = FacesContext.getCurrentInstance();
      LanguageNegotiation.remember(
          saved.getPreferredLanguage(),
          (HttpServletRequest) faces.getExternalContext().getRequest(),
          (HttpServletResponse) faces.getExternalContext().getResponse());
      faces.getExternalContext().getFlash().setKeepMessages(true);
      messages.info(null, "profile.saved");
      return "/account/profile?faces-redirect=true";
    } catch (InvalidInputException e) {
      form.report(e, messages);
      return null;
    }
  }

  public AccountForm getForm() {
    return form;
  }
}

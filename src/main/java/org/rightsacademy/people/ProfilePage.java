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
import org.omnifaces.util.Messages;
import org.rightsacademy.platform.LanguageNegotiation;

/** "My profile": the fields reports need and the interface language, edited by the person. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
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
      Messages.addInfo(null, "profile.saved");
      return "/account/profile?faces-redirect=true";
    } catch (InvalidInputException e) {
      form.report(e);
      return null;
    }
  }

  public AccountForm getForm() {
    return form;
  }
}

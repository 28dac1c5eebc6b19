package org.rightsacademy.people;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.omnifaces.util.Messages;
import org.rightsacademy.platform.LanguageNegotiation;

/** The sign-in page. */
@Named
@RequestScoped
public class LoginPage {

  @Inject private FacesContext faces;
  @Inject private SecurityContext security;
  @EJB private AccountService accounts;

  @NotBlank
  @Size(max = 200)
  private String username;

  @NotBlank
  @Size(max = PasswordPolicy.MAX_LENGTH * 2)
  private String password;

  public String signIn() {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
    AuthenticationStatus status = authenticate(username, password);
    password = null;
    switch (status) {
      case SEND_CONTINUE -> {
        return null;
      }
      case SUCCESS -> {
        return stamp(request.getUserPrincipal().getName(), request, response)
            ? SessionGuard.PASSWORD_PAGE + "?faces-redirect=true"
            : "/index?faces-redirect=true";
      }
      default -> {
        Object outcome = request.getAttribute(LoginResult.ATTRIBUTE);
        String key =
            outcome instanceof LoginResult.Outcome o
                ? "login." + o.name().toLowerCase(java.util.Locale.ROOT)
                : "login.invalid";
        Messages.addError(null, key);
        return null;
      }
    }
  }

  /**
   * Signs the person in with these credentials through the application's authentication mechanism
   * (and so its throttle and audit), in a session with a fresh id. On SEND_CONTINUE the mechanism
   * has answered with a redirect and the Faces response is complete.
   */
  public AuthenticationStatus authenticate(String username, String password) {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
    // A fresh session id for the signed-in session: a planted id is worth nothing.
    request.getSession(true);
    request.changeSessionId();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    if (status == AuthenticationStatus.SEND_CONTINUE) {
      // Signed in; the mechanism redirects back to the page the person asked for, where the
      // principal appears. This request does not carry it yet, hence the name as typed.
      stamp(username, request, response);
      faces.responseComplete();
    } else if (status == AuthenticationStatus.SUCCESS) {
      stamp(request.getUserPrincipal().getName(), request, response);
    }
    return status;
  }

  /**
   * Marks the session with the account's epoch and takes its language; true if a new password is
   * due.
   */
  private boolean stamp(String signedIn, HttpServletRequest request, HttpServletResponse response) {
    Account account = accounts.findByUsername(signedIn).orElseThrow();
    request.getSession().setAttribute(SessionGuard.EPOCH, account.getSessionEpoch());
    LanguageNegotiation.remember(account.getPreferredLanguage(), request, response);
    return account.isMustChangePassword();
  }

  public boolean isEnded() {
    return "true".equals(faces.getExternalContext().getRequestParameterMap().get("ended"));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}

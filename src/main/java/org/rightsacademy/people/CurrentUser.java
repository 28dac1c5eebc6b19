package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/** The signed-in person for the page template and beans; loaded at most once per request. */
@Named
@RequestScoped
public class CurrentUser {

  // The servlet request's principal, not Jakarta Security's SecurityContext: Payara cannot answer
  // the latter while an error page is being dispatched, and error pages show the user area too.
  @Inject private HttpServletRequest request;
  @EJB private AccountService accounts;

  private Optional<Account> account;

  public Optional<Account> account() {
    if (account == null) {
      Principal principal = request.getUserPrincipal();
      account = principal == null ? Optional.empty() : accounts.findByUsername(principal.getName());
    }
    return account;
  }

  public boolean isSignedIn() {
    return account().isPresent();
  }

  public String getDisplayName() {
    return account().map(Account::getDisplayName).orElse("");
  }

  public String getUsername() {
    return account().map(Account::getUsername).orElse("");
  }
}

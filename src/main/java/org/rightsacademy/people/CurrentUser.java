package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;

/** The signed-in person for the page template and beans; loaded at most once per request. */
@Named
@RequestScoped
public class CurrentUser {

  @Inject private SecurityContext security;
  @EJB private AccountService accounts;

  private Optional<Account> account;

  public Optional<Account> account() {
    if (account == null) {
      account =
          security.getCallerPrincipal() == null
              ? Optional.empty()
              : accounts.findByUsername(security.getCallerPrincipal().getName());
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

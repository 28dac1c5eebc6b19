package org.rightsacademy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.rightsacademy.platform.ClientAddress;

/** The database identity store: accounts and their roles, through {@link LoginService}. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject private LoginService logins;
  @Inject private HttpServletRequest request;
  @Inject private ClientAddress clientAddress;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    LoginResult result =
        logins.authenticate(
            credential.getCaller(), credential.getPasswordAsString(), clientAddress.of(request));
    request.setAttribute(LoginResult.ATTRIBUTE, result.outcome());
    if (result.outcome() != LoginResult.Outcome.SUCCESS) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Account account = result.account();
    return new CredentialValidationResult(
        account.getUsername(),
        account.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}

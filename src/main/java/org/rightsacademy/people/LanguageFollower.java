package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.rightsacademy.platform.LanguageChosen;

/** A signed-in person's switcher choice becomes their profile language, so it follows them to any device. */
@ApplicationScoped
public class LanguageFollower {

  @Inject private SecurityContext security;
  @EJB private AccountService accounts;

  void remember(@Observes LanguageChosen chosen) {
    if (security.getCallerPrincipal() != null) {
      accounts.changeLanguage(security.getCallerPrincipal().getName(), chosen.language());
    }
  }
}

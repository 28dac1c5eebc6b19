package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.rightsacademy.platform.LanguageChosen;

/**
 * A signed-in person's switcher choice becomes their profile language, so it follows them to any
 * device.
 */
@ApplicationScoped
public class LanguageFollower {

  @Inject private HttpServletRequest request;
  @EJB private AccountService accounts;

  void remember(@Observes LanguageChosen chosen) {
    if (request.getUserPrincipal() != null) {
      accounts.changeLanguage(request.getUserPrincipal().getName(), chosen.language());
    }
  }
}

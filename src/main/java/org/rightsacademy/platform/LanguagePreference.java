package org.rightsacademy.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/** The language of the current page, and the switcher's action. */
@Named("language")
@RequestScoped
public class LanguagePreference {

  @Inject private FacesContext faces;
  @Inject private Event<LanguageChosen> chosen;

  private Language current;

  @PostConstruct
  void resolve() {
    current =
        LanguageNegotiation.resolve((HttpServletRequest) faces.getExternalContext().getRequest());
  }

  public Language getCurrent() {
    return current;
  }

  public List<Language> getAvailable() {
    return List.of(Language.values());
  }

  /** Switches the interface language and reloads the same page in it (post-redirect-get). */
  public String choose(String code) {
    Language.fromCode(code)
        .ifPresent(
            language -> {
              ExternalContext external = faces.getExternalContext();
              LanguageNegotiation.remember(
                  language,
                  (HttpServletRequest) external.getRequest(),
                  (HttpServletResponse) external.getResponse());
              current = language;
              chosen.fire(new LanguageChosen(language));
            });
    return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
  }
}

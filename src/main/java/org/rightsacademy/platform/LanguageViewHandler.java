package org.rightsacademy.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * Gives every view, error pages included, the locale that {@link LanguageNegotiation} chose, so
 * bundles, converters and the {@code lang}/{@code dir} attributes always agree.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    Object request = context.getExternalContext().getRequest();
    if (request instanceof HttpServletRequest http) {
      return LanguageNegotiation.resolve(http).locale();
    }
    return super.calculateLocale(context);
  }
}

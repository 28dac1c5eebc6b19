package org.rightsacademy.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.rightsacademy.platform.BundleTexts;

/**
 * Validator details in the page's language for editor pages that list problems by file and line
 * (the lesson editor's unsafe parts and missing pictures): {@code
 * #{problemTexts.detail(p.detail())}}. See {@link ProblemDetails}.
 */
@Named
@ApplicationScoped
public class ProblemTexts {

  public String detail(String detail) {
    return ProblemDetails.in(
        detail,
        (key, arguments) -> BundleTexts.text(key, arguments == null ? new Object[0] : arguments));
  }
}

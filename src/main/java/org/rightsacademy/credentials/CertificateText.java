package org.rightsacademy.credentials;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import org.rightsacademy.platform.Dates;
import org.rightsacademy.platform.LanguagePreference;

/** Certificate dates on pages, written the way the reader's language writes them. */
@Named
@RequestScoped
public class CertificateText {

  @Inject private LanguagePreference language;

  public String date(Instant at) {
    return at == null ? "" : Dates.longDate(at, language.getCurrent().locale());
  }

  public String day(LocalDate day) {
    return day == null ? "" : Dates.longDate(day, language.getCurrent().locale());
  }
}

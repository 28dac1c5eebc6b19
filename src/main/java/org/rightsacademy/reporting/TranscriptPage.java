package org.rightsacademy.reporting;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;
import org.rightsacademy.people.CurrentUser;

/** {@code /teach/transcript.xhtml?account=}: one learner's record, for those who may see it. */
@Named
@RequestScoped
public class TranscriptPage {

  @EJB private TranscriptService transcripts;
  @Inject private CurrentUser user;
  @Inject private org.rightsacademy.platform.LanguagePreference language;

  // Kept as typed: a value that is not a number must end in "not found", like an unknown one.
  private String account;
  private Transcript transcript;

  public void load() throws IOException {
    transcript = null;
    if (account != null && account.matches("\\d{1,18}")) {
      transcript =
          transcripts
              .of(user.account().orElseThrow(), Long.parseLong(account), language.getCurrent())
              .orElse(null);
    }
    if (transcript == null) {
      Faces.responseSendError(404, "no such learner");
    }
  }

  /** Coordinators and admins open a certificate from the transcript; trainers see its number. */
  public boolean isManagesCertificates() {
    return Faces.isUserInRole("COORDINATOR") || Faces.isUserInRole("ADMIN");
  }

  public Transcript getTranscript() {
    return transcript;
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    this.account = account;
  }
}

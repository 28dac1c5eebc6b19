package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.platform.PublicAddress;

/**
 * {@code /learn/certificates}: the signed-in person's certificates, to download, share and check.
 */
@Named
@RequestScoped
public class MyCertificatesPage {

  @EJB private CertificateService certificates;
  @Inject private CurrentUser user;
  @EJB private PublicAddress publicAddress;

  private List<Certificate> mine;
  private Boolean credentials;

  public List<Certificate> getCertificates() {
    if (mine == null) {
      mine = user.account().map(a -> certificates.of(a.getId())).orElse(List.of());
    }
    return mine;
  }

  /** Whether signed credentials can be issued: only with a public address for their links. */
  public boolean isCredentialsAvailable() {
    if (credentials == null) {
      credentials = publicAddress.current().isPresent();
    }
    return credentials;
  }
}

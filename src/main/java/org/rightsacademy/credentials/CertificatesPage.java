package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rightsacademy.people.CurrentUser;

/**
 * {@code /coordinate/certificates?q=}: the certificates of the coordinator's countries, newest
 * first, searchable.
 */
@Named
@RequestScoped
public class CertificatesPage {

  @EJB private CertificateService certificates;
  @Inject private CurrentUser user;

  private String q;
  private List<Certificate> rows;

  public List<Certificate> getRows() {
    if (rows == null) {
      rows = certificates.visibleTo(user.account().orElseThrow(), q);
    }
    return rows;
  }

  public boolean isCapped() {
    return getRows().size() >= CertificateService.LIST_LIMIT;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}

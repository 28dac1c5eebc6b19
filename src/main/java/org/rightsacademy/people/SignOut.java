package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.rightsacademy.platform.AuditLog;
import org.rightsacademy.platform.ClientAddress;

/** Signs out: ends the authentication and the whole session (a POST, never a link). */
@Named
@RequestScoped
public class SignOut {

  public static final String LOGOUT = "LOGOUT";

  @Inject private FacesContext faces;
  @EJB private AuditLog audit;
  @Inject private ClientAddress clientAddress;

  public String signOut() throws ServletException {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    if (request.getUserPrincipal() != null) {
      audit.record(
          request.getUserPrincipal().getName(),
          LOGOUT,
          request.getUserPrincipal().getName(),
          null,
          clientAddress.of(request));
    }
    request.logout();
    faces.getExternalContext().invalidateSession();
    return "/index?faces-redirect=true";
  }
}

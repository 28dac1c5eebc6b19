package org.rightsacademy.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.omnifaces.util.Messages;

/**
 * {@code /admin/address}: the public address links point to, when {@code RA_PUBLIC_URL} does not
 * set it. An empty form suggests the address the administrator's own browser used; nothing is taken
 * from a request until an administrator has looked at it and saved it.
 */
@Named
@RequestScoped
public class AddressPage {

  @EJB private PublicAddress address;
  @Inject private FacesContext faces;

  private String typed;

  public void save() {
    String value = typed == null ? "" : typed.strip();
    if (!value.isEmpty() && PublicAddress.parse(value).isEmpty()) {
      Messages.addError("address:typed", "address.invalid", value);
      return;
    }
    address
        .save(value)
        .ifPresentOrElse(
            saved -> Messages.addInfo(null, "address.saved", saved),
            () -> Messages.addInfo(null, "address.cleared"));
    typed = null;
  }

  /** The address links use now, if any. */
  public String getCurrent() {
    return address.current().orElse(null);
  }

  /** Whether RA_PUBLIC_URL sets the address, so the form has nothing to change. */
  public boolean isFromEnvironment() {
    return PublicAddress.configured().isPresent();
  }

  public int getMaxLength() {
    return PublicAddress.MAX_LENGTH;
  }

  public String getTyped() {
    if (typed == null) {
      typed = Optional.ofNullable(getCurrent()).orElseGet(this::suggestion);
    }
    return typed;
  }

  public void setTyped(String typed) {
    this.typed = typed;
  }

  /**
   * The address this browser used: only a suggestion in the form, never used before it is saved.
   */
  private String suggestion() {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    String base = request.getRequestURL().toString();
    return PublicAddress.parse(
            base.substring(0, base.length() - request.getRequestURI().length())
                + request.getContextPath())
        .orElse("");
  }
}

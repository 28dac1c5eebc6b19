package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rightsacademy.platform.PagedModel;

/** The admin's account list: searched and filtered in the database, one page at a time. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccountDirectory directory;

  private String text;
  private Role role;
  private String country;
  private Boolean active;

  private final PagedModel<Account> model =
      new PagedModel<>(
          () -> directory.count(filter()),
          (first, size, sortField, ascending) ->
              directory.search(filter(), first, size, sortField, ascending),
          Account::getId);

  private AccountDirectory.Filter filter() {
    return new AccountDirectory.Filter(text, role, country, active);
  }

  public PagedModel<Account> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public Boolean getActive() {
    return active;
  }

  public void setActive(Boolean active) {
    this.active = active;
  }
}

package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The admin's account list: searched and filtered in the database, one page at a time. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient AccountService accounts;

  private String text;
  private Role role;
  private String country;
  private Boolean active;

  private final LazyDataModel<Account> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) accounts.count(filter());
        }

        @Override
        public List<Account> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
          return accounts.search(
              filter(),
              first,
              pageSize,
              sort == null ? null : sort.getField(),
              sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(Account account) {
          return String.valueOf(account.getId());
        }
      };

  private AccountService.Filter filter() {
    return new AccountService.Filter(text, role, country, active);
  }

  public LazyDataModel<Account> getModel() {
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

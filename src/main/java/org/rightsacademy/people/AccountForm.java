package org.rightsacademy.people;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.omnifaces.util.Messages;
import org.rightsacademy.platform.Language;

/** The fields of the account and profile forms, converted to and from an {@link AccountDraft}. */
public class AccountForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private int version;
  private String username;
  private String displayName;
  private String email;
  private String country;
  private Institution institution;
  private Gender gender;
  private Language language = Language.DEFAULT;
  private List<Role> roles = new ArrayList<>(List.of(Role.LEARNER));
  private boolean allCountries;
  private List<String> scopeCountries = new ArrayList<>();

  public static AccountForm of(Account account) {
    AccountForm form = new AccountForm();
    form.id = account.getId();
    form.version = account.getVersion();
    form.username = account.getUsername();
    form.displayName = account.getDisplayName();
    form.email = account.getEmail();
    form.country = account.getCountry();
    form.institution = account.getInstitution();
    form.gender = account.getGender();
    form.language = account.getPreferredLanguage();
    form.roles = new ArrayList<>(account.getRoles());
    form.allCountries = account.getScope().allCountries();
    form.scopeCountries = new ArrayList<>(account.getScope().countries());
    return form;
  }

  public AccountDraft toDraft() {
    return new AccountDraft(
        username,
        displayName,
        email,
        country,
        institution,
        gender,
        language,
        roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles),
        new Scope(allCountries, new HashSet<>(scopeCountries)));
  }

  /** Shows each problem beside its field ({@code form:<field>}), or at the top when it has none. */
  public void report(InvalidInputException e) {
    for (FieldProblem problem : e.problems()) {
      String clientId = problem.field().isEmpty() ? null : "form:" + problem.field();
      Messages.addError(
          clientId, problem.messageKey(), problem.value() == null ? "" : problem.value());
    }
  }

  public Long getId() {
    return id;
  }

  public int getVersion() {
    return version;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public Institution getInstitution() {
    return institution;
  }

  public void setInstitution(Institution institution) {
    this.institution = institution;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles;
  }

  public boolean isAllCountries() {
    return allCountries;
  }

  public void setAllCountries(boolean allCountries) {
    this.allCountries = allCountries;
  }

  public List<String> getScopeCountries() {
    return scopeCountries;
  }

  public void setScopeCountries(List<String> scopeCountries) {
    this.scopeCountries = scopeCountries;
  }
}

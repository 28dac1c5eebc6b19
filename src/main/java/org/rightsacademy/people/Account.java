package org.rightsacademy.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.rightsacademy.platform.Language;

/**
 * A person who signs in: an official, a trainer, a coordinator or an admin. Holds the profile the
 * reports need, the roles and scope that decide what the person may see, and the password hash.
 * Deactivating it or resetting its password ends every session it has.
 */
@Entity
@Table(name = "account")
// Read on every signed-in request (CurrentUser): the account with its roles and scope in one query.
@NamedQuery(
    name = Account.BY_USERNAME,
    query = "SELECT a FROM Account a WHERE a.username = :username",
    hints = {
      @QueryHint(name = "eclipselink.left-join-fetch", value = "a.roles"),
      @QueryHint(name = "eclipselink.left-join-fetch", value = "a.scopeCountries")
    })
@NamedQuery(
    name = Account.COUNT_ACTIVE_WITH_ROLE,
    query = "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE a.active = TRUE AND r = :role")
@NamedQuery(
    name = Account.SESSION_STATE,
    query =
        "SELECT a.active, a.sessionEpoch, a.mustChangePassword FROM Account a WHERE a.username = :username")
public class Account {

  public static final String BY_USERNAME = "Account.byUsername";
  public static final String COUNT_ACTIVE_WITH_ROLE = "Account.countActiveWithRole";
  public static final String SESSION_STATE = "Account.sessionState";

  public static final int USERNAME_MIN = 3;
  public static final int USERNAME_LENGTH = 60;
  public static final int DISPLAY_NAME_LENGTH = 120;
  public static final int EMAIL_LENGTH = 254;

  /** Letters, digits and . _ - @ : readable aloud in a workshop, safe in URLs and logs. */
  public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]*";

  @Id
  @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
  private Long id;

  @NotNull
  @Size(min = USERNAME_MIN, max = USERNAME_LENGTH)
  @Column(nullable = false, unique = true, length = USERNAME_LENGTH)
  private String username;

  @NotNull
  @Size(min = 1, max = DISPLAY_NAME_LENGTH)
  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
  private String displayName;

  @Size(max = EMAIL_LENGTH)
  @Column(length = EMAIL_LENGTH)
  private String email;

  @Size(min = 2, max = 2)
  @Column(length = 2)
  private String country;

  @Enumerated(EnumType.STRING)
  @Column(length = 30)
  private Institution institution;

  @Enumerated(EnumType.STRING)
  @Column(length = 20)
  private Gender gender;

  @NotNull
  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_language", nullable = false, length = 2)
  private Language preferredLanguage = Language.DEFAULT;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "all_countries", nullable = false)
  private boolean allCountries;

  @Column(name = "session_epoch", nullable = false)
  private int sessionEpoch;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private int version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", length = 20)
  private Set<Role> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "account_scope_country", joinColumns = @JoinColumn(name = "account_id"))
  @Column(name = "country", length = 2)
  private Set<String> scopeCountries = new HashSet<>();

  protected Account() {}

  /**
   * A query for many accounts (alias {@code a}) that reads their roles and scope countries with one
   * IN query each for all of them, not two queries per account.
   */
  static <T> TypedQuery<T> withRolesAndScopes(TypedQuery<T> query) {
    return query
        .setHint("eclipselink.batch", "a.roles")
        .setHint("eclipselink.batch", "a.scopeCountries")
        .setHint("eclipselink.batch.type", "IN");
  }

  public Account(
      String username,
      String displayName,
      String passwordHash,
      boolean mustChangePassword,
      Instant now) {
    this.username = normalizeUsername(username);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.mustChangePassword = mustChangePassword;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Usernames compare case-insensitively: "Fatou.Diop" and "fatou.diop" are one account. */
  public static String normalizeUsername(String username) {
    return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
  }

  public void updateProfile(
      String displayName,
      String email,
      String country,
      Institution institution,
      Gender gender,
      Language language) {
    this.displayName = displayName;
    this.email = email == null || email.isBlank() ? null : email.trim();
    this.country = country;
    this.institution = institution;
    this.gender = gender;
    this.preferredLanguage = language == null ? Language.DEFAULT : language;
  }

  public void grant(Set<Role> newRoles, Scope scope) {
    roles.clear();
    roles.addAll(newRoles);
    allCountries = scope.allCountries();
    scopeCountries.clear();
    scopeCountries.addAll(scope.countries());
  }

  public void changeLanguage(Language language) {
    this.preferredLanguage = language;
  }

  /**
   * A password the person chose: their other sessions end, this one is re-stamped by the caller.
   */
  public void changePassword(String newHash) {
    this.passwordHash = newHash;
    this.mustChangePassword = false;
    this.sessionEpoch++;
  }

  /**
   * A one-time password set by an admin: every session ends, and it must be replaced at next
   * sign-in.
   */
  public void resetPassword(String oneTimeHash) {
    this.passwordHash = oneTimeHash;
    this.mustChangePassword = true;
    this.sessionEpoch++;
  }

  public void deactivate() {
    this.active = false;
    this.sessionEpoch++;
  }

  public void reactivate() {
    this.active = true;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  public Scope getScope() {
    return new Scope(allCountries, scopeCountries);
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmail() {
    return email;
  }

  public String getCountry() {
    return country;
  }

  public Institution getInstitution() {
    return institution;
  }

  public Gender getGender() {
    return gender;
  }

  public Language getPreferredLanguage() {
    return preferredLanguage;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public boolean isActive() {
    return active;
  }

  public int getSessionEpoch() {
    return sessionEpoch;
  }

  public Instant getCreatedAt() {
    return createdAt.toInstant();
  }

  public int getVersion() {
    return version;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  /** Roles and scope as the audit log records them. */
  String auditedRoles() {
    return getRoles() + " scope " + getScope().describe();
  }

  /** Roles, scope and country as the audit log records a new account. */
  String audited() {
    return auditedRoles() + (getCountry() == null ? "" : " country " + getCountry());
  }
}

package org.rightsacademy.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rightsacademy.platform.DirectionControls;
import org.rightsacademy.platform.Language;

/**
 * An account as typed in the admin form or a CSV row, before it is saved: the one place that says
 * what a valid account looks like.
 */
public record AccountDraft(
    String username,
    String displayName,
    String email,
    String country,
    Institution institution,
    Gender gender,
    Language language,
    Set<Role> roles,
    Scope scope) {

  /** The field names, also the CSV header columns. */
  public static final String USERNAME = "username";

  public static final String DISPLAY_NAME = "display_name";
  public static final String EMAIL = "email";
  public static final String COUNTRY = "country";
  public static final String INSTITUTION = "institution";
  public static final String GENDER = "gender";
  public static final String LANGUAGE = "language";
  public static final String ROLES = "roles";
  public static final String SCOPE = "scope";

  public AccountDraft {
    username = Account.normalizeUsername(username);
    displayName = displayName == null ? null : displayName.strip();
    email = email == null || email.isBlank() ? null : email.strip();
    country =
        country == null || country.isBlank()
            ? null
            : country.strip().toUpperCase(java.util.Locale.ROOT);
    roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    scope = scope == null ? Scope.NONE : scope;
  }

  /** Every problem with this draft, in field order; empty when it can be saved. */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (username == null || username.isEmpty()) {
      problems.add(problem(USERNAME, "problem.required", null));
    } else if (username.length() < Account.USERNAME_MIN
        || username.length() > Account.USERNAME_LENGTH) {
      problems.add(problem(USERNAME, "problem.username_length", username));
    } else if (!username.matches(Account.USERNAME_PATTERN)) {
      problems.add(problem(USERNAME, "problem.username_characters", username));
    }
    if (displayName == null || displayName.isEmpty()) {
      problems.add(problem(DISPLAY_NAME, "problem.required", null));
    } else if (displayName.length() > Account.DISPLAY_NAME_LENGTH) {
      problems.add(problem(DISPLAY_NAME, "problem.too_long", null));
    } else {
      DirectionControls.first(displayName)
          .ifPresent(
              control ->
                  problems.add(
                      problem(DISPLAY_NAME, "problem.direction_control.display_name", control)));
    }
    if (email != null
        && (email.length() > Account.EMAIL_LENGTH
            || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      problems.add(problem(EMAIL, "problem.email", email));
    }
    if (country != null && !Countries.isValid(country)) {
      problems.add(problem(COUNTRY, "problem.country", country));
    }
    if (roles.isEmpty()) {
      problems.add(problem(ROLES, "problem.no_role", null));
    }
    for (String code : scope.countries()) {
      if (!Countries.isValid(code)) {
        problems.add(problem(SCOPE, "problem.country", code));
      }
    }
    return problems;
  }

  private static FieldProblem problem(String field, String key, String value) {
    return new FieldProblem(0, field, key, value);
  }
}

package org.rightsacademy.people;

/** What a person may do. One person may hold several roles. */
public enum Role {
  LEARNER,
  TRAINER,
  COORDINATOR,
  ADMIN;

  /** The bundle key of the role's name. */
  public String labelKey() {
    return "role." + name().toLowerCase(java.util.Locale.ROOT);
  }
}

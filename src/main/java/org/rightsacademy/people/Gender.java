package org.rightsacademy.people;

import java.util.Locale;

/** Optional, and only ever shown in aggregate reports. */
public enum Gender {
  FEMALE,
  MALE,
  OTHER,
  PREFER_NOT_TO_SAY;

  public String labelKey() {
    return "gender." + name().toLowerCase(Locale.ROOT);
  }
}

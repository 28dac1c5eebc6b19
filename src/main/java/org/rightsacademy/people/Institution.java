package org.rightsacademy.people;

import java.util.Locale;

/** The kind of institution an official works for, as coordinators disaggregate it. */
public enum Institution {
  GENDARMERIE,
  POLICE,
  BORDER_IMMIGRATION,
  JUDICIARY,
  PROSECUTION,
  LABOUR_INSPECTION,
  MINISTRY,
  NATIONAL_HUMAN_RIGHTS_INSTITUTION,
  CIVIL_SOCIETY,
  OTHER;

  public String labelKey() {
    return "institution." + name().toLowerCase(Locale.ROOT);
  }
}

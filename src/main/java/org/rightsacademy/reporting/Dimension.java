package org.rightsacademy.reporting;

/** What a disaggregated table groups by, and the column it groups on. */
public enum Dimension {
  COUNTRY("c.country"),
  WORKSHOP("c.workshop_id"),
  COURSE("c.course_code"),
  INSTITUTION("a.institution"),
  GENDER("a.gender"),
  LANGUAGE("a.preferred_language");

  final String column;

  Dimension(String column) {
    this.column = column;
  }
}

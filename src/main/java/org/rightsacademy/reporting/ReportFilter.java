package org.rightsacademy.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a report covers. {@code countries} is the viewer's scope (null: every country); the other
 * fields narrow it and are null when not set. Dates are days of enrolment, both inclusive (UTC).
 */
public record ReportFilter(
    Set<String> countries,
    String country,
    Long workshopId,
    String course,
    String language,
    LocalDate from,
    LocalDate to,
    String institution,
    String gender)
    implements Serializable {

  public ReportFilter within(Set<String> scope) {
    return new ReportFilter(
        scope, country, workshopId, course, language, from, to, institution, gender);
  }
}

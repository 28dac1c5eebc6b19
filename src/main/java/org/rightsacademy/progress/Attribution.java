package org.rightsacademy.progress;

import java.util.Optional;

/**
 * Where a learner took a course: the workshop they joined for it, its country, and whether its
 * attendance rule is met. Provided by {@code workshops}, which depends on this area and not the
 * other way round; without it, a learner is counted in their own country.
 */
public interface Attribution {

  /** The workshop a learner followed a course in, if any. */
  record Where(long workshopId, String country, boolean attendanceMet) {}

  Optional<Where> of(long accountId, String courseCode);
}

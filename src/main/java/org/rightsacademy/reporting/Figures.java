package org.rightsacademy.reporting;

/**
 * The figures of a report, for everyone it covers or for one group. Averages are null when nobody
 * counts towards them; knowledge gain is the final-test grade minus the first pre-test score, for
 * those who took both. {@code preTakers}: how many the pre-test average is over.
 */
public record Figures(
    long enrolled,
    long started,
    long completed,
    long finalTakers,
    long finalPassed,
    Double averagePre,
    Double averageFinal,
    long gainCount,
    Double averageGain,
    Double medianDaysToComplete,
    long preTakers) {

  public Double completionRate() {
    return enrolled == 0 ? null : 100.0 * completed / enrolled;
  }

  public Double finalPassRate() {
    return finalTakers == 0 ? null : 100.0 * finalPassed / finalTakers;
  }
}

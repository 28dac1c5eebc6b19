package org.rightsacademy.assessment;

import java.time.Instant;

/**
 * What happened to one saved answer. {@code SAVED}: stored now. {@code ALREADY_SAVED}: an equal or
 * later save of the same question is stored (a repeat or a late arrival), nothing changed. {@code
 * CLOSED}: the attempt is submitted or past its deadline, nothing changed. {@code LOCKED}: the
 * question's answer was checked (immediate feedback) and is final, nothing changed.
 */
public record SaveResult(Outcome outcome, long seq, Instant at) {

  public enum Outcome {
    SAVED,
    ALREADY_SAVED,
    CLOSED,
    LOCKED
  }

  /** Whether the learner's answer (this one or a later one) is safely stored. */
  public boolean stored() {
    return outcome == Outcome.SAVED || outcome == Outcome.ALREADY_SAVED;
  }
}

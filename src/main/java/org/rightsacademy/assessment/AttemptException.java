package org.rightsacademy.assessment;

import jakarta.ejb.ApplicationException;

/**
 * A request about an attempt that cannot be honoured; the reason is a message key for the learner.
 */
@ApplicationException(rollback = true)
public class AttemptException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why: each has a message key {@code quiz.error.<name in lower case>}. */
  public enum Reason {
    NOT_FOUND,
    NO_ATTEMPTS_LEFT,
    INVALID_ANSWER,
    NOT_A_NUMBER,
    TOO_LONG
  }

  private final Reason reason;

  public AttemptException(Reason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}

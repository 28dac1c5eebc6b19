package org.rightsacademy.people;

/** How a sign-in attempt ended. Only SUCCESS carries the account. */
public record LoginResult(Outcome outcome, Account account) {

  /** Request attribute through which the sign-in page learns why an attempt failed. */
  public static final String ATTRIBUTE = "org.rightsacademy.people.LoginResult";

  public enum Outcome {
    SUCCESS,
    /** Wrong username or password, or a deactivated account: indistinguishable on purpose. */
    INVALID,
    /**
     * Too many failures for this username from this address; refused even with the right password.
     */
    PAUSED,
    /** Many failures for this username from many addresses: one check at a time, a little later. */
    SLOWED,
    /** Too many attempts from this address. */
    THROTTLED,
    /** Every core is busy checking passwords. */
    BUSY
  }

  static LoginResult of(Outcome outcome) {
    return new LoginResult(outcome, null);
  }
}

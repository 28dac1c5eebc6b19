package org.rightsacademy.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * A per-client-address cap on requests per minute, for doors that must stay open to anyone but must
 * not be tried at speed (sign-in, join codes, certificate numbers). Counted in {@link
 * SharedStates}, so that every node of a cluster counts against the same cap.
 */
public final class ClientBudget {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** Old windows are swept at most this often per node. */
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

  private final String space;
  private final int perMinute;
  private final SharedStates states;
  private volatile Instant nextSweep = Instant.MIN;

  /**
   * @param space names this budget among the others in the shared store (at most 16 characters)
   */
  public ClientBudget(String space, int perMinute, SharedStates states) {
    this.space = space;
    this.perMinute = perMinute;
    this.states = states;
  }

  /**
   * Counts a request from this address; false once the address is over its cap this minute. Minutes
   * are the clock's (12:03:00 to 12:03:59), counted with one atomic increment per request.
   */
  public boolean admit(String clientAddress, Instant now) {
    if (!now.isBefore(nextSweep)) {
      nextSweep = now.plus(SWEEP_EVERY);
      states.forgetExpired(space, now);
    }
    long minute = now.getEpochSecond() / MINUTE.toSeconds();
    Instant minuteEnds = Instant.ofEpochSecond((minute + 1) * MINUTE.toSeconds());
    String subject = (clientAddress == null ? "?" : clientAddress) + "@" + minute;
    return states.increment(space, subject, minuteEnds) <= perMinute;
  }
}

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

  /** Counts a request from this address; false once the address is over its cap this minute. */
  public boolean admit(String clientAddress, Instant now) {
    if (!now.isBefore(nextSweep)) {
      nextSweep = now.plus(SWEEP_EVERY);
      states.forgetExpired(space, now);
    }
    return states.update(
        space,
        clientAddress == null ? "?" : clientAddress,
        state -> {
          Window window = Window.parse(state);
          Window next =
              window == null || !now.isBefore(window.start().plus(MINUTE))
                  ? new Window(now, 1)
                  : new Window(window.start(), window.requests() + 1);
          return new SharedStates.Change<>(
              next.toString(), next.start().plus(MINUTE), next.requests() <= perMinute);
        });
  }

  /** The minute an address's count started, and its requests since. Stored as "millis:count". */
  private record Window(Instant start, int requests) {
    static Window parse(String state) {
      if (state == null) {
        return null;
      }
      int colon = state.indexOf(':');
      return new Window(
          Instant.ofEpochMilli(Long.parseLong(state.substring(0, colon))),
          Integer.parseInt(state.substring(colon + 1)));
    }

    @Override
    public String toString() {
      return start.toEpochMilli() + ":" + requests;
    }
  }
}

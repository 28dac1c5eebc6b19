package org.rightsacademy.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-client-address cap on requests per minute, for doors that must stay open to anyone but must
 * not be tried at speed (sign-in, join codes, certificate numbers). Per node, in memory: a cluster
 * multiplies the cap by its node count, which is fine for its purpose.
 */
public final class ClientBudget {

  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final int FORGET_ABOVE = 10_000;

  private record Window(Instant start, int requests) {}

  private final Map<String, Window> perClient = new ConcurrentHashMap<>();
  private final int perMinute;

  public ClientBudget(int perMinute) {
    this.perMinute = perMinute;
  }

  /** Counts a request from this address; false once the address is over its cap this minute. */
  public boolean admit(String clientAddress, Instant now) {
    if (perClient.size() > FORGET_ABOVE) {
      perClient.values().removeIf(window -> window.start().plus(MINUTE).isBefore(now));
    }
    Window window =
        perClient.compute(
            clientAddress == null ? "?" : clientAddress,
            (address, current) ->
                current == null || !now.isBefore(current.start().plus(MINUTE))
                    ? new Window(now, 1)
                    : new Window(current.start(), current.requests() + 1));
    return window.requests() <= perMinute;
  }
}

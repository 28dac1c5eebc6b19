package org.rightsacademy.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing without handing a stranger the power to keep the owner out (OWASP ASVS
 * 5.0, 6.1.1 and 6.3.1). Failed sign-ins are counted twice, by username as typed (whether or not
 * such an account exists, so that nothing here reveals which ones do):
 *
 * <ul>
 *   <li>per username and client address: the {@value #PAIR_FAILURES}th failure within {@link
 *       #PAIR_WINDOW} pauses that pair for {@link #PAIR_PAUSE}. From that address the username is
 *       refused even with the right password; from any other address it is not. One address thus
 *       gets at most 5 password checks per username per quarter hour, 20 an hour.
 *   <li>per username over all addresses: beyond {@value #ACCOUNT_FREE_FAILURES} failures within
 *       {@link #ACCOUNT_WINDOW}, the username is slowed, never blocked: one password check per
 *       interval, counted from the last check, that doubles from {@link #FIRST_SPACING} up to
 *       {@link #MAX_SPACING}. However many addresses guess, that is under 60 checks in the first
 *       hour and 30 an hour after. One address (20 an hour) never slows a username, and addresses
 *       the account signed in from in the last {@link #KNOWN_ADDRESS_KEPT} are never slowed.
 * </ul>
 *
 * <p>A password check is counted as a failure before it runs and forgiven if it succeeds, so that
 * simultaneous guesses cannot slip past the count. In memory, per node: a cluster of n nodes
 * multiplies the per-username ceiling by n, as README says (the counts are not shared between
 * nodes).
 */
@ApplicationScoped
public class LoginThrottle {

  public static final int PAIR_FAILURES = 5;
  public static final Duration PAIR_WINDOW = Duration.ofMinutes(15);
  public static final Duration PAIR_PAUSE = Duration.ofMinutes(15);
  public static final int ACCOUNT_FREE_FAILURES = 25;
  public static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);
  public static final Duration FIRST_SPACING = Duration.ofSeconds(10);
  public static final Duration MAX_SPACING = Duration.ofMinutes(2);
  public static final Duration KNOWN_ADDRESS_KEPT = Duration.ofDays(30);
  private static final int KNOWN_ADDRESSES = 5;
  private static final int SWEEP_ABOVE = 10_000;

  /** What may happen to one sign-in attempt. */
  public enum Verdict {
    /** The password is checked (and counted as a failure until it proves right). */
    CHECK,
    /** This address failed too often for this username: refused without a check. */
    PAUSED,
    /** The username is under attack from many addresses: try again shortly. */
    SLOWED
  }

  /**
   * An attempt as counted: failures from this address and on the username (this one included when
   * checked), and whether this attempt, if it fails, starts a pause or a slowdown.
   */
  public record Attempt(
      Verdict verdict,
      Instant at,
      int fromAddress,
      int onUsername,
      boolean pauses,
      boolean slows) {}

  private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

  private final Map<String, Tries> byUsername = new ConcurrentHashMap<>();
  private volatile Instant nextSweep = Instant.MIN;

  /** The key: the normalised username, cut to the longest a username can be. */
  public static String key(String username) {
    String normalized = Account.normalizeUsername(username == null ? "" : username);
    return normalized.length() > Account.USERNAME_LENGTH
        ? normalized.substring(0, Account.USERNAME_LENGTH)
        : normalized;
  }

  /** Decides on an attempt and, when the password is to be checked, counts it as a failure. */
  public Attempt attempt(String username, String clientAddress, Instant now) {
    sweepIfLarge(now);
    Attempt[] result = new Attempt[1];
    byUsername.compute(
        key(username),
        (key, tries) -> {
          Tries t = tries == null ? new Tries() : tries;
          result[0] = t.attempt(address(clientAddress), now);
          return t;
        });
    return result[0];
  }

  /** The right password: the address's failures are forgiven and it becomes a known address. */
  public void succeeded(String username, String clientAddress, Instant now) {
    byUsername.computeIfPresent(
        key(username),
        (key, tries) -> {
          tries.succeeded(address(clientAddress), now);
          return tries;
        });
  }

  /** The password could not be checked (the server was busy): the attempt does not count. */
  public void notChecked(String username, String clientAddress, Instant at) {
    byUsername.computeIfPresent(
        key(username),
        (key, tries) -> {
          tries.notChecked(address(clientAddress), at);
          return tries;
        });
  }

  /** Whether the username is paused from some address or slowed right now. */
  public boolean isHeld(String username, Instant now) {
    boolean[] held = new boolean[1];
    byUsername.computeIfPresent(
        key(username),
        (key, tries) -> {
          held[0] = tries.isHeld(now);
          return tries;
        });
    return held[0];
  }

  /** Lifts every pause and the slowdown of a username; true if there was any. */
  public boolean lift(String username, Instant now) {
    boolean[] held = new boolean[1];
    byUsername.computeIfPresent(
        key(username),
        (key, tries) -> {
          held[0] = tries.isHeld(now);
          tries.forget();
          return tries;
        });
    return held[0];
  }

  /** Usernames remembered right now (for tests of forgetting). */
  int remembered() {
    return byUsername.size();
  }

  private static String address(String clientAddress) {
    return clientAddress == null ? "?" : clientAddress;
  }

  /**
   * Forgets idle usernames once the map is large, at most once a minute (a sweep reads them all).
   */
  private void sweepIfLarge(Instant now) {
    if (byUsername.size() > SWEEP_ABOVE && !now.isBefore(nextSweep)) {
      nextSweep = now.plus(SWEEP_EVERY);
      for (String key : byUsername.keySet()) {
        byUsername.computeIfPresent(key, (k, tries) -> tries.isIdle(now) ? null : tries);
      }
    }
  }

  /** The counts for one username; only touched inside the map's compute for its key. */
  private static final class Tries {

    /** Failures on the username within the account window, oldest first. */
    private final ArrayDeque<Instant> failures = new ArrayDeque<>();

    private final Map<String, Pair> byAddress = new HashMap<>();

    /** Addresses of successful sign-ins, least recent first. */
    private final LinkedHashMap<String, Instant> known = new LinkedHashMap<>(8, 0.75f, true);

    Attempt attempt(String address, Instant now) {
      forgetOld(now);
      Pair pair = byAddress.get(address);
      if (pair != null && pair.isPaused(now)) {
        return new Attempt(
            Verdict.PAUSED, now, pair.failures.size(), failures.size(), false, false);
      }
      boolean slowable = !isKnown(address, now);
      if (slowable
          && failures.size() >= ACCOUNT_FREE_FAILURES
          && now.isBefore(failures.peekLast().plus(spacing(failures.size())))) {
        return new Attempt(
            Verdict.SLOWED,
            now,
            pair == null ? 0 : pair.failures.size(),
            failures.size(),
            false,
            false);
      }
      if (pair == null) {
        pair = new Pair();
        byAddress.put(address, pair);
      }
      boolean pauses = pair.fail(now);
      failures.addLast(now);
      boolean slows = failures.size() == ACCOUNT_FREE_FAILURES;
      return new Attempt(Verdict.CHECK, now, pair.failures.size(), failures.size(), pauses, slows);
    }

    void succeeded(String address, Instant now) {
      failures.removeLastOccurrence(now);
      byAddress.remove(address);
      known.put(address, now);
      if (known.size() > KNOWN_ADDRESSES) {
        known.remove(known.keySet().iterator().next());
      }
    }

    void notChecked(String address, Instant at) {
      failures.removeLastOccurrence(at);
      Pair pair = byAddress.get(address);
      if (pair != null) {
        pair.notChecked(at);
      }
    }

    boolean isKnown(String address, Instant now) {
      Instant last = known.get(address);
      return last != null && now.isBefore(last.plus(KNOWN_ADDRESS_KEPT));
    }

    boolean isHeld(Instant now) {
      forgetOld(now);
      return failures.size() >= ACCOUNT_FREE_FAILURES
          || byAddress.values().stream().anyMatch(p -> p.isPaused(now));
    }

    boolean isIdle(Instant now) {
      forgetOld(now);
      known.values().removeIf(at -> !now.isBefore(at.plus(KNOWN_ADDRESS_KEPT)));
      return failures.isEmpty() && byAddress.isEmpty() && known.isEmpty();
    }

    void forget() {
      failures.clear();
      byAddress.clear();
    }

    private void forgetOld(Instant now) {
      Instant since = now.minus(ACCOUNT_WINDOW);
      while (!failures.isEmpty() && !failures.peekFirst().isAfter(since)) {
        failures.removeFirst();
      }
      for (Iterator<Pair> pairs = byAddress.values().iterator(); pairs.hasNext(); ) {
        if (pairs.next().isOver(now)) {
          pairs.remove();
        }
      }
    }
  }

  /** The wait after the last check once a username is past its free failures. */
  static Duration spacing(int failuresWithinWindow) {
    int doublings = Math.min(failuresWithinWindow - ACCOUNT_FREE_FAILURES, 20);
    Duration spacing = FIRST_SPACING.multipliedBy(1L << Math.max(0, doublings));
    return spacing.compareTo(MAX_SPACING) > 0 ? MAX_SPACING : spacing;
  }

  /** One username from one address: its last few failures and any pause. */
  private static final class Pair {

    private final ArrayDeque<Instant> failures = new ArrayDeque<>();
    private Instant pausedUntil;

    boolean isPaused(Instant now) {
      return pausedUntil != null && now.isBefore(pausedUntil);
    }

    /** Counts a failure; true when it starts a pause. */
    boolean fail(Instant now) {
      failures.addLast(now);
      if (failures.size() > PAIR_FAILURES) {
        failures.removeFirst();
      }
      if (failures.size() == PAIR_FAILURES
          && now.isBefore(failures.peekFirst().plus(PAIR_WINDOW))) {
        pausedUntil = now.plus(PAIR_PAUSE);
        return true;
      }
      return false;
    }

    void notChecked(Instant at) {
      if (failures.removeLastOccurrence(at) && at.plus(PAIR_PAUSE).equals(pausedUntil)) {
        pausedUntil = null;
      }
    }

    /** Nothing left to remember: no pause, and no failure within the window. */
    boolean isOver(Instant now) {
      return !isPaused(now)
          && (failures.isEmpty() || !now.isBefore(failures.peekLast().plus(PAIR_WINDOW)));
    }
  }
}

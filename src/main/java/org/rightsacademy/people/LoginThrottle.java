package org.rightsacademy.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.rightsacademy.platform.SharedStates;

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
 * simultaneous guesses cannot slip past the count. The counts are kept in {@link SharedStates} (the
 * database in the application), so that every node of a cluster applies the same ceilings.
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
  private static final String SPACE = "sign-in-tries";
  private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

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

  private SharedStates states = SharedStates.inMemory();
  private volatile Instant nextSweep = Instant.MIN;

  /** In the application the counts live in the database, shared by every node. */
  @Inject
  void shareThrough(SharedStates shared) {
    this.states = shared;
  }

  /** The key: the normalised username, cut to the longest a username can be. */
  public static String key(String username) {
    String normalized = Account.normalizeUsername(username == null ? "" : username);
    return normalized.length() > Account.USERNAME_LENGTH
        ? normalized.substring(0, Account.USERNAME_LENGTH)
        : normalized;
  }

  /** Decides on an attempt and, when the password is to be checked, counts it as a failure. */
  public Attempt attempt(String username, String clientAddress, Instant now) {
    sweepIfDue(now);
    return change(username, now, tries -> tries.attempt(address(clientAddress), now));
  }

  /** The right password: the address's failures are forgiven and it becomes a known address. */
  public void succeeded(String username, String clientAddress, Instant now) {
    change(
        username,
        now,
        tries -> {
          tries.succeeded(address(clientAddress), now);
          return null;
        });
  }

  /** The password could not be checked (the server was busy): the attempt does not count. */
  public void notChecked(String username, String clientAddress, Instant at) {
    change(
        username,
        at,
        tries -> {
          tries.notChecked(address(clientAddress), at);
          return null;
        });
  }

  /** Whether the username is paused from some address or slowed right now. */
  public boolean isHeld(String username, Instant now) {
    return change(username, now, tries -> tries.isHeld(now));
  }

  /** Lifts every pause and the slowdown of a username; true if there was any. */
  public boolean lift(String username, Instant now) {
    return change(
        username,
        now,
        tries -> {
          boolean held = tries.isHeld(now);
          tries.forget();
          return held;
        });
  }

  /** Usernames remembered right now (for tests of forgetting). */
  long remembered() {
    return states.count(SPACE);
  }

  private <R> R change(String username, Instant now, Function<SignInTries, R> change) {
    return states.update(
        SPACE,
        key(username),
        state -> {
          SignInTries tries = SignInTries.decode(state);
          R result = change.apply(tries);
          Instant keepUntil = tries.keepUntil(now);
          return new SharedStates.Change<>(
              keepUntil == null ? null : tries.encode(), keepUntil, result);
        });
  }

  private static String address(String clientAddress) {
    return clientAddress == null ? "?" : clientAddress;
  }

  /** Forgets usernames with nothing left to remember, at most once a minute per node. */
  private void sweepIfDue(Instant now) {
    if (!now.isBefore(nextSweep)) {
      nextSweep = now.plus(SWEEP_EVERY);
      states.forgetExpired(SPACE, now);
    }
  }

  /** The wait after the last check once a username is past its free failures. */
  static Duration spacing(int failuresWithinWindow) {
    int doublings = Math.min(failuresWithinWindow - ACCOUNT_FREE_FAILURES, 20);
    Duration spacing = FIRST_SPACING.multipliedBy(1L << Math.max(0, doublings));
    return spacing.compareTo(MAX_SPACING) > 0 ? MAX_SPACING : spacing;
  }
}

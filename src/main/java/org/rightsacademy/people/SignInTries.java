package org.rightsacademy.people;

import static org.rightsacademy.people.LoginThrottle.ACCOUNT_FREE_FAILURES;
import static org.rightsacademy.people.LoginThrottle.ACCOUNT_WINDOW;
import static org.rightsacademy.people.LoginThrottle.KNOWN_ADDRESS_KEPT;
import static org.rightsacademy.people.LoginThrottle.PAIR_FAILURES;
import static org.rightsacademy.people.LoginThrottle.PAIR_PAUSE;
import static org.rightsacademy.people.LoginThrottle.PAIR_WINDOW;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.rightsacademy.people.LoginThrottle.Attempt;
import org.rightsacademy.people.LoginThrottle.Verdict;

/**
 * The {@link LoginThrottle}'s counts for one username, read from and written back to a short text
 * (the shared store keeps them for every node): three lines, the username's failures, then the
 * address pairs, then the known addresses, instants as epoch milliseconds.
 */
final class SignInTries {

  private static final int KNOWN_ADDRESSES = 5;

  /** Beyond this many addresses (a guessing botnet), the pair least recently failing goes. */
  static final int MAX_PAIRS = 500;

  /** Failures on the username within the account window, oldest first. */
  private final ArrayDeque<Instant> failures = new ArrayDeque<>();

  private final Map<String, Pair> byAddress = new LinkedHashMap<>();

  /** Addresses of successful sign-ins, least recent first. */
  private final LinkedHashMap<String, Instant> known = new LinkedHashMap<>(8, 0.75f, true);

  Attempt attempt(String address, Instant now) {
    forgetOld(now);
    Pair pair = byAddress.get(address);
    if (pair != null && pair.isPaused(now)) {
      return new Attempt(Verdict.PAUSED, now, pair.failures.size(), failures.size(), false, false);
    }
    boolean slowable = !isKnown(address, now);
    if (slowable
        && failures.size() >= ACCOUNT_FREE_FAILURES
        && now.isBefore(failures.peekLast().plus(LoginThrottle.spacing(failures.size())))) {
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
      dropPairsBeyondTheBound(now);
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

  void forget() {
    failures.clear();
    byAddress.clear();
  }

  /**
   * Until when anything here still counts (a failure within its window, a pause, a known address);
   * {@code null} when nothing does and the username can be forgotten now.
   */
  Instant keepUntil(Instant now) {
    forgetOld(now);
    known.values().removeIf(at -> !now.isBefore(at.plus(KNOWN_ADDRESS_KEPT)));
    Instant until = null;
    if (!failures.isEmpty()) {
      until = failures.peekLast().plus(ACCOUNT_WINDOW);
    }
    for (Pair pair : byAddress.values()) {
      until = later(until, pair.over());
    }
    for (Instant at : known.values()) {
      until = later(until, at.plus(KNOWN_ADDRESS_KEPT));
    }
    return until;
  }

  private static Instant later(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
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

  private void dropPairsBeyondTheBound(Instant now) {
    while (byAddress.size() > MAX_PAIRS) {
      byAddress.entrySet().stream()
          .filter(e -> !e.getValue().isPaused(now))
          .min(Comparator.comparing(e -> e.getValue().lastFailure()))
          .map(Map.Entry::getKey)
          .or(() -> byAddress.keySet().stream().findFirst())
          .ifPresent(byAddress::remove);
    }
  }

  String encode() {
    StringJoiner pairs = new StringJoiner(";");
    byAddress.forEach(
        (address, pair) ->
            pairs.add(
                address
                    + ' '
                    + (pair.pausedUntil == null ? "-" : pair.pausedUntil.toEpochMilli())
                    + ' '
                    + instants(pair.failures)));
    StringJoiner knownAddresses = new StringJoiner(";");
    known.forEach((address, at) -> knownAddresses.add(address + ' ' + at.toEpochMilli()));
    return instants(failures) + '\n' + pairs + '\n' + knownAddresses;
  }

  static SignInTries decode(String state) {
    SignInTries tries = new SignInTries();
    if (state == null) {
      return tries;
    }
    String[] lines = state.split("\n", -1);
    readInstants(lines[0], tries.failures);
    for (String entry : entries(lines[1])) {
      String[] fields = entry.split(" ", -1);
      Pair pair = new Pair();
      pair.pausedUntil =
          "-".equals(fields[1]) ? null : Instant.ofEpochMilli(Long.parseLong(fields[1]));
      readInstants(fields[2], pair.failures);
      tries.byAddress.put(fields[0], pair);
    }
    for (String entry : entries(lines[2])) {
      String[] fields = entry.split(" ", -1);
      tries.known.put(fields[0], Instant.ofEpochMilli(Long.parseLong(fields[1])));
    }
    return tries;
  }

  private static String[] entries(String line) {
    return line.isEmpty() ? new String[0] : line.split(";", -1);
  }

  private static String instants(ArrayDeque<Instant> instants) {
    StringJoiner joined = new StringJoiner(",");
    instants.forEach(at -> joined.add(Long.toString(at.toEpochMilli())));
    return joined.toString();
  }

  private static void readInstants(String text, ArrayDeque<Instant> into) {
    if (!text.isEmpty()) {
      for (String millis : text.split(",")) {
        into.addLast(Instant.ofEpochMilli(Long.parseLong(millis)));
      }
    }
  }

  /** One username from one address: its last few failures and any pause. */
  private static final class Pair {

    private final ArrayDeque<Instant> failures = new ArrayDeque<>();
    private Instant pausedUntil;

    boolean isPaused(Instant now) {
      return pausedUntil != null && now.isBefore(pausedUntil);
    }

    Instant lastFailure() {
      return failures.isEmpty() ? Instant.MIN : failures.peekLast();
    }

    /** When this pair has nothing left to remember. */
    Instant over() {
      Instant windowEnds = failures.isEmpty() ? null : failures.peekLast().plus(PAIR_WINDOW);
      return later(windowEnds, pausedUntil);
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

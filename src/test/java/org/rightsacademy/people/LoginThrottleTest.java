package org.rightsacademy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.rightsacademy.people.LoginThrottle.Verdict;

/**
 * The sign-in throttle's rules with time passed in: hours of guessing are simulated without
 * waiting. Every checked attempt in these tests is a wrong password unless it says otherwise.
 */
class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");
  private static final String X = "fatou.diop";
  private static final String STRANGER = "203.0.113.7";
  private static final String OWNER = "198.51.100.20";

  private final LoginThrottle throttle = new LoginThrottle();

  private Verdict guess(String address, Instant at) {
    return throttle.attempt(X, address, at).verdict();
  }

  /** One guess a second from the given addresses; the password checks granted, per hour. */
  private List<Integer> checksPerHour(IntFunction<String> addressOfGuess, int hours) {
    List<Integer> perHour = new ArrayList<>();
    for (int hour = 0; hour < hours; hour++) {
      int checks = 0;
      for (int second = 0; second < 3600; second++) {
        int n = hour * 3600 + second;
        if (guess(addressOfGuess.apply(n), T0.plusSeconds(n)) == Verdict.CHECK) {
          checks++;
        }
      }
      perHour.add(checks);
    }
    return perHour;
  }

  @Test
  void theFifthFailureFromOneAddressPausesThatAddressOnly() {
    for (int i = 0; i < 4; i++) {
      LoginThrottle.Attempt attempt = throttle.attempt(X, STRANGER, T0.plusSeconds(i));
      assertEquals(Verdict.CHECK, attempt.verdict());
      assertFalse(attempt.pauses());
    }
    assertTrue(
        throttle.attempt(X, STRANGER, T0.plusSeconds(4)).pauses(), "the fifth failure pauses");
    assertEquals(
        Verdict.PAUSED,
        guess(STRANGER, T0.plusSeconds(5)),
        "even with the right password: it is not checked");
    assertEquals(Verdict.CHECK, guess(OWNER, T0.plusSeconds(6)), "another address is not paused");
    assertTrue(throttle.isHeld(X, T0.plusSeconds(6)));
  }

  @Test
  void aPauseLastsFifteenMinutesAndIsNotExtendedByAttemptsDuringIt() {
    for (int i = 0; i < 5; i++) {
      guess(STRANGER, T0);
    }
    assertEquals(Verdict.PAUSED, guess(STRANGER, T0.plus(Duration.ofMinutes(10))));
    assertEquals(Verdict.PAUSED, guess(STRANGER, T0.plus(Duration.ofMinutes(15)).minusSeconds(1)));
    assertEquals(Verdict.CHECK, guess(STRANGER, T0.plus(Duration.ofMinutes(15))));
  }

  @Test
  void failuresSpreadOverMoreThanFifteenMinutesDoNotPause() {
    for (int i = 0; i < 12; i++) {
      assertEquals(
          Verdict.CHECK,
          guess(STRANGER, T0.plus(Duration.ofMinutes(4L * i))),
          "failure " + (i + 1));
    }
  }

  @Test
  void oneAddressGuessingEverySecondGetsTwentyChecksAnHourAndNeverHoldsTheOwner() {
    List<Integer> perHour = new ArrayList<>();
    for (int hour = 0; hour < 3; hour++) {
      int checks = 0;
      for (int second = 0; second < 3600; second++) {
        Instant now = T0.plusSeconds(hour * 3600L + second);
        if (guess(STRANGER, now) == Verdict.CHECK) {
          checks++;
        }
        if (second % 60 == 30) {
          LoginThrottle.Attempt owner = throttle.attempt(X, OWNER, now);
          assertEquals(Verdict.CHECK, owner.verdict(), "the owner at " + now);
          throttle.succeeded(X, OWNER, owner.at());
        }
      }
      perHour.add(checks);
    }
    System.out.println("password checks per hour, one address guessing every second: " + perHour);
    assertEquals(List.of(20, 20, 20), perHour);
  }

  @Test
  void manyAddressesTogetherGetFewerThanSixtyChecksInTheFirstHourAndThirtyAnHourAfter() {
    // A botnet: every guess from a fresh address, one a second, for three hours.
    List<Integer> perHour =
        checksPerHour(n -> "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255), 3);
    System.out.println("password checks per hour, a new address for every guess: " + perHour);
    assertTrue(perHour.get(0) < 60, perHour::toString);
    assertTrue(perHour.get(1) <= 30 && perHour.get(2) <= 30, perHour::toString);
  }

  @Test
  void theSlowdownWaitDoublesFromTenSecondsToTwoMinutes() {
    assertEquals(Duration.ofSeconds(10), LoginThrottle.spacing(25));
    assertEquals(Duration.ofSeconds(20), LoginThrottle.spacing(26));
    assertEquals(Duration.ofSeconds(80), LoginThrottle.spacing(28));
    assertEquals(Duration.ofMinutes(2), LoginThrottle.spacing(29));
    assertEquals(Duration.ofMinutes(2), LoginThrottle.spacing(1000));
  }

  @Test
  void aSlowedUsernameStillLetsInTheOwnerFromAKnownAddress() {
    LoginThrottle.Attempt earlier = throttle.attempt(X, OWNER, T0);
    throttle.succeeded(X, OWNER, earlier.at());
    Instant attack = T0.plus(Duration.ofDays(1));
    for (int i = 0; i < 25; i++) {
      assertEquals(Verdict.CHECK, guess("10.0.0." + i, attack));
    }
    assertEquals(Verdict.SLOWED, guess("10.0.1.1", attack.plusSeconds(1)), "a new address waits");
    LoginThrottle.Attempt owner = throttle.attempt(X, OWNER, attack.plusSeconds(1));
    assertEquals(Verdict.CHECK, owner.verdict(), "the owner's usual address does not");
    throttle.succeeded(X, OWNER, owner.at());
    assertEquals(Verdict.CHECK, guess("10.0.1.1", attack.plusSeconds(12)), "slowed, not blocked");
  }

  @Test
  void simultaneousGuessesCannotSlipPastTheCount() {
    int checks = 0;
    for (int i = 0; i < 20; i++) {
      // none of them answered yet: each check counts as a failure from the start
      if (guess(STRANGER, T0) == Verdict.CHECK) {
        checks++;
      }
    }
    assertEquals(5, checks);
  }

  @Test
  void theRightPasswordForgivesItsAddressButNotTheOthersGuesses() {
    for (int i = 0; i < 4; i++) {
      guess(OWNER, T0);
      guess(STRANGER, T0);
    }
    LoginThrottle.Attempt owner = throttle.attempt(X, OWNER, T0.plusSeconds(1));
    throttle.succeeded(X, OWNER, owner.at());
    assertEquals(
        1,
        throttle.attempt(X, OWNER, T0.plusSeconds(2)).fromAddress(),
        "the owner's address starts afresh");
    LoginThrottle.Attempt stranger = throttle.attempt(X, STRANGER, T0.plusSeconds(3));
    assertTrue(stranger.pauses(), "the stranger's fifth failure still pauses");
    assertEquals(
        10,
        stranger.onUsername(),
        "8 + the owner's next failure + this one; the success is not counted");
  }

  @Test
  void anUncheckedAttemptDoesNotCount() {
    for (int i = 0; i < 4; i++) {
      guess(STRANGER, T0);
    }
    LoginThrottle.Attempt busy = throttle.attempt(X, STRANGER, T0.plusSeconds(1));
    assertTrue(busy.pauses());
    throttle.notChecked(X, STRANGER, busy.at());
    assertEquals(
        Verdict.CHECK, guess(STRANGER, T0.plusSeconds(2)), "the server was busy: no pause for it");
  }

  @Test
  void liftingEndsEveryPauseAndTheSlowdown() {
    for (int i = 0; i < 30; i++) {
      guess("10.0.0." + (i % 6), T0);
    }
    assertTrue(throttle.isHeld(X, T0));
    assertTrue(throttle.lift(X, T0.plusSeconds(1)));
    assertFalse(throttle.isHeld(X, T0.plusSeconds(1)));
    assertEquals(Verdict.CHECK, guess("10.0.0.1", T0.plusSeconds(1)));
    assertEquals(Verdict.CHECK, guess("10.0.9.9", T0.plusSeconds(1)));
    assertFalse(throttle.lift("nobody-held", T0));
  }

  @Test
  void unknownUsernamesAreCountedTheSameWaySoPausesRevealNothing() {
    for (int i = 0; i < 5; i++) {
      throttle.attempt("no-such-person", STRANGER, T0);
    }
    assertEquals(Verdict.PAUSED, throttle.attempt("No-Such-Person ", STRANGER, T0).verdict());
  }

  @Test
  void usernamesWithNothingLeftToRememberAreForgottenOnceTheyAreMany() {
    for (int i = 0; i <= 10_000; i++) {
      throttle.attempt("guess-" + i, STRANGER, T0);
    }
    LoginThrottle.Attempt owner = throttle.attempt(X, OWNER, T0);
    throttle.succeeded(X, OWNER, owner.at());
    throttle.attempt("one-more", STRANGER, T0.plus(Duration.ofHours(2)));
    assertEquals(
        2, throttle.remembered(), "the owner's known address and the latest guess are kept");
  }

  @Test
  void usernamesAreKeyedCaseInsensitivelyAndBounded() {
    assertEquals("fatou.diop", LoginThrottle.key("  Fatou.Diop "));
    assertEquals(Account.USERNAME_LENGTH, LoginThrottle.key("x".repeat(500)).length());
  }
}

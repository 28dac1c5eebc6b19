package org.rightsacademy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Time is passed in, so the fifteen-minute rules are checked without waiting. */
class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-27T09:00:00Z");

  private static LoginThrottle failedFiveTimes() {
    LoginThrottle throttle = new LoginThrottle("Fatou.Diop", T0);
    for (int i = 0; i < 4; i++) {
      assertFalse(throttle.recordFailure(T0.plusSeconds(60L * i)), "failure " + (i + 1) + " does not lock");
    }
    assertTrue(throttle.recordFailure(T0.plusSeconds(240)), "the fifth failure locks");
    return throttle;
  }

  @Test
  void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
    LoginThrottle throttle = failedFiveTimes();
    Instant lockedAt = T0.plusSeconds(240);
    assertTrue(throttle.isLocked(lockedAt));
    assertTrue(throttle.isLocked(lockedAt.plus(Duration.ofMinutes(15)).minusSeconds(1)));
    assertFalse(throttle.isLocked(lockedAt.plus(Duration.ofMinutes(15))));
  }

  @Test
  void attemptsDuringTheLockDoNotExtendIt() {
    LoginThrottle throttle = failedFiveTimes();
    Instant lockedAt = T0.plusSeconds(240);
    assertFalse(throttle.recordFailure(lockedAt.plus(Duration.ofMinutes(10))));
    assertFalse(throttle.isLocked(lockedAt.plus(Duration.ofMinutes(15))));
  }

  @Test
  void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
    LoginThrottle throttle = new LoginThrottle("someone", T0);
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure(T0.plusSeconds(60L * i));
    }
    Instant later = T0.plus(Duration.ofMinutes(15));
    assertFalse(throttle.recordFailure(later), "a new window starts");
    assertEquals(1, throttle.getFailures());
    assertFalse(throttle.isLocked(later));
  }

  @Test
  void afterALockEndsCountingStartsAfresh() {
    LoginThrottle throttle = failedFiveTimes();
    Instant afterLock = T0.plusSeconds(240).plus(Duration.ofMinutes(15));
    assertFalse(throttle.recordFailure(afterLock));
    assertEquals(1, throttle.getFailures());
  }

  @Test
  void usernamesAreKeyedCaseInsensitivelyAndBounded() {
    assertEquals("fatou.diop", LoginThrottle.key("  Fatou.Diop "));
    assertEquals(Account.USERNAME_LENGTH, LoginThrottle.key("x".repeat(500)).length());
  }
}

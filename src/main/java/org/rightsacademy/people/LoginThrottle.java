package org.rightsacademy.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Failed sign-ins for one username: after {@link #MAX_FAILURES} within {@link #WINDOW}, every
 * attempt is refused for {@link #LOCK} — even with the right password — whether or not the
 * account exists. Kept in the database so that every node of a cluster sees the same count.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  public static final int MAX_FAILURES = 5;
  public static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);

  @Id
  @Column(length = Account.USERNAME_LENGTH)
  private String username;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_started_at", nullable = false)
  private OffsetDateTime windowStartedAt;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  protected LoginThrottle() {}

  public LoginThrottle(String username, Instant now) {
    this.username = key(username);
    this.windowStartedAt = at(now);
  }

  /** The row key: the normalised username, cut to the column length. */
  public static String key(String username) {
    String normalized = Account.normalizeUsername(username == null ? "" : username);
    return normalized.length() > Account.USERNAME_LENGTH ? normalized.substring(0, Account.USERNAME_LENGTH) : normalized;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil.toInstant());
  }

  /** Counts a failure; returns true when this failure starts a lockout. */
  public boolean recordFailure(Instant now) {
    if (isLocked(now)) {
      return false;
    }
    if (lockedUntil != null || !now.isBefore(windowStartedAt.toInstant().plus(WINDOW))) {
      // The lock (or the window) is over: start counting afresh.
      lockedUntil = null;
      failures = 0;
      windowStartedAt = at(now);
    }
    failures++;
    if (failures >= MAX_FAILURES) {
      lockedUntil = at(now.plus(LOCK));
      return true;
    }
    return false;
  }

  public int getFailures() {
    return failures;
  }

  public String getUsername() {
    return username;
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}

package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.rightsacademy.people.LoginResult.Outcome;
import org.rightsacademy.platform.AuditLog;

/** Checks a username and password, with lockout, throttling and an audit entry for every attempt. */
@Stateless
public class LoginService {

  public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
  public static final String LOGIN_FAILED = "LOGIN_FAILED";
  public static final String LOGIN_REFUSED_LOCKED = "LOGIN_REFUSED_LOCKED";
  public static final String LOCKOUT = "ACCOUNT_LOCKED_OUT";

  /** Checked when the username is unknown, so that unknown names take as long as known ones. */
  private static final String DECOY_HASH = PasswordHasher.hash("decoy password that never matches");

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @Inject private LoginCapacity capacity;
  @Inject private Clock clock;

  public LoginResult authenticate(String username, String password, String clientAddress) {
    Instant now = clock.instant();
    if (!capacity.admit(clientAddress, now)) {
      return LoginResult.of(Outcome.THROTTLED);
    }
    String key = LoginThrottle.key(username);
    LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (throttle != null && throttle.isLocked(now)) {
      audit.record(key, LOGIN_REFUSED_LOCKED, key, null, clientAddress);
      return LoginResult.of(Outcome.LOCKED);
    }
    Optional<Account> account =
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("username", key)
            .getResultStream()
            .findFirst();
    String stored = account.map(Account::getPasswordHash).orElse(DECOY_HASH);
    Optional<Boolean> matches = capacity.hashing(() -> PasswordHasher.verify(password, stored));
    if (matches.isEmpty()) {
      return LoginResult.of(Outcome.BUSY);
    }
    if (matches.get() && account.isPresent() && account.get().isActive()) {
      if (throttle != null) {
        em.remove(throttle);
      }
      audit.record(key, LOGIN_SUCCEEDED, key, null, clientAddress);
      return new LoginResult(Outcome.SUCCESS, account.get());
    }
    if (throttle == null) {
      throttle = new LoginThrottle(key, now);
      em.persist(throttle);
    }
    boolean lockedNow = throttle.recordFailure(now);
    audit.record(key, LOGIN_FAILED, key, "failure " + throttle.getFailures(), clientAddress);
    if (lockedNow) {
      audit.record(key, LOCKOUT, key, "for " + LoginThrottle.LOCK.toMinutes() + " minutes", clientAddress);
    }
    return LoginResult.of(Outcome.INVALID);
  }
}

package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rightsacademy.people.LoginResult.Outcome;
import org.rightsacademy.platform.AuditLog;

/**
 * Checks a username and password, with the {@link LoginThrottle} rules, the per-address cap and an
 * audit entry for every attempt; and lets a trainer or admin lift a pause.
 */
@Stateless
public class LoginService {

  public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
  public static final String LOGIN_FAILED = "LOGIN_FAILED";

  /** Refused without a check: this address is paused for this username. */
  public static final String LOGIN_REFUSED_LOCKED = "LOGIN_REFUSED_LOCKED";

  /**
   * A username and an address paused (the name predates the pause per address; kept for old
   * entries).
   */
  public static final String LOCKOUT = "ACCOUNT_LOCKED_OUT";

  public static final String LOGIN_REFUSED_SLOWED = "LOGIN_REFUSED_SLOWED";
  public static final String SLOWED_DOWN = "SIGN_IN_SLOWED";
  public static final String PAUSE_LIFTED = "SIGN_IN_PAUSE_LIFTED";

  /** Checked when the username is unknown, so that unknown names take as long as known ones. */
  private static final String DECOY_HASH = PasswordHasher.hash("decoy password that never matches");

  @PersistenceContext private EntityManager em;
  @EJB private AuditLog audit;
  @Inject private LoginCapacity capacity;
  @Inject private LoginThrottle throttle;
  @Inject private Instance<LearnerAccess> learners;
  @Inject private Clock clock;

  /**
   * Runs outside a transaction: each count, the account's look-up and each audit entry commit on
   * their own, so no database connection is held while the password is checked (up to seconds in a
   * burst). Held there, a burst of sign-ins emptied the pool in the exam peak, and the pages
   * waiting for a connection behind them failed.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public LoginResult authenticate(String username, String password, String clientAddress) {
    Instant now = clock.instant();
    if (!capacity.admit(clientAddress, now)) {
      return LoginResult.of(Outcome.THROTTLED);
    }
    String key = LoginThrottle.key(username);
    LoginThrottle.Attempt attempt = throttle.attempt(key, clientAddress, now);
    switch (attempt.verdict()) {
      case PAUSED -> {
        audit.record(key, LOGIN_REFUSED_LOCKED, key, "paused from this address", clientAddress);
        return LoginResult.of(Outcome.PAUSED);
      }
      case SLOWED -> {
        audit.record(
            key,
            LOGIN_REFUSED_SLOWED,
            key,
            attempt.onUsername() + " failures within the hour",
            clientAddress);
        return LoginResult.of(Outcome.SLOWED);
      }
      case CHECK -> {
        // checked below
      }
    }
    Optional<Account> account =
        em.createNamedQuery(Account.BY_USERNAME, Account.class)
            .setParameter("username", key)
            .getResultStream()
            .findFirst();
    String stored = account.map(Account::getPasswordHash).orElse(DECOY_HASH);
    Optional<Boolean> matches = capacity.hashing(() -> PasswordHasher.verify(password, stored));
    if (matches.isEmpty()) {
      throttle.notChecked(key, clientAddress, attempt.at());
      return LoginResult.of(Outcome.BUSY);
    }
    if (matches.get() && account.isPresent() && account.get().isActive()) {
      throttle.succeeded(key, clientAddress, attempt.at());
      audit.record(key, LOGIN_SUCCEEDED, key, null, clientAddress);
      return new LoginResult(Outcome.SUCCESS, account.get());
    }
    audit.record(
        key,
        LOGIN_FAILED,
        key,
        "failure "
            + attempt.fromAddress()
            + " from this address, "
            + attempt.onUsername()
            + " within the hour",
        clientAddress);
    if (attempt.pauses()) {
      audit.record(
          key,
          LOCKOUT,
          key,
          "from this address for " + LoginThrottle.PAIR_PAUSE.toMinutes() + " minutes",
          clientAddress);
    }
    if (attempt.slows()) {
      audit.record(
          key, SLOWED_DOWN, key, attempt.onUsername() + " failures within the hour", clientAddress);
    }
    return LoginResult.of(Outcome.INVALID);
  }

  /**
   * Whether the person's sign-in is paused from some address or slowed, for the pages that can lift
   * it.
   */
  public boolean isHeld(String username) {
    return throttle.isHeld(username, clock.instant());
  }

  /**
   * Lifts every pause and the slowdown on a person's sign-in. An admin may for anyone; a trainer
   * for a learner (and nothing more) taking part in one of their workshops. Audited.
   *
   * @throws InvalidInputException "not found" for anyone outside the caller's scope
   */
  public boolean liftPause(Account caller, long accountId) {
    Account person = em.find(Account.class, accountId);
    if (person == null || !mayLift(caller, person)) {
      throw new InvalidInputException(
          List.of(new FieldProblem(0, "", "problem.not_found", String.valueOf(accountId))));
    }
    boolean held = throttle.lift(person.getUsername(), clock.instant());
    audit.record(
        PAUSE_LIFTED, person.getUsername(), held ? "was paused or slowed" : "was not paused");
    return held;
  }

  private boolean mayLift(Account caller, Account person) {
    if (caller.hasRole(Role.ADMIN)) {
      return true;
    }
    boolean onlyALearner = person.getRoles().equals(java.util.EnumSet.of(Role.LEARNER));
    return onlyALearner
        && learners.isResolvable()
        && learners.get().mayActFor(caller, person.getId());
  }
}

package org.rightsacademy.people;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightsacademy.platform.ClientBudget;
import org.rightsacademy.platform.SharedStates;

/**
 * Keeps a flood of sign-ins from starving everything else: at most one PBKDF2 computation per core
 * at a time, and a per-client-address cap on attempts per minute.
 */
@ApplicationScoped
public class LoginCapacity {

  /**
   * A sign-in waits at most this long for a free core, and only this many wait at once: each waiter
   * holds an HTTP thread, and threads are what the other pages need.
   */
  private static final Duration WAIT_FOR_HASHING = Duration.ofSeconds(3);

  private static final int WAITING_PER_PERMIT = 4;
  @Inject private SharedStates states;
  private ClientBudget perClient;
  private Semaphore hashing;
  private int maxWaiting;

  /**
   * At most half the cores hash passwords at once (at least one), so that pages keep the rest
   * during a burst of sign-ins; a short queue forms, and beyond it sign-ins are told "busy".
   */
  @Inject
  @ConfigProperty(name = "ra.login.concurrent-hashes", defaultValue = "0")
  int concurrentHashes;

  // A workshop room shares one address behind its router: 40 people signing in at once must pass.
  @Inject
  @ConfigProperty(name = "ra.login.attempts-per-client-per-minute", defaultValue = "60")
  int attemptsPerClientPerMinute;

  @PostConstruct
  void size() {
    int permits =
        concurrentHashes > 0
            ? concurrentHashes
            : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    hashing = new Semaphore(permits, true);
    maxWaiting = permits * WAITING_PER_PERMIT;
    perClient = new ClientBudget("sign-in", attemptsPerClientPerMinute, states);
  }

  /** Counts an attempt from this address; false once the address is over its cap this minute. */
  public boolean admit(String clientAddress, Instant now) {
    return perClient.admit(clientAddress, now);
  }

  /** Runs a password hash when a core is free; empty if none became free in time. */
  public <T> Optional<T> hashing(Supplier<T> work) {
    try {
      if (hashing.getQueueLength() >= maxWaiting
          || !hashing.tryAcquire(WAIT_FOR_HASHING.toMillis(), TimeUnit.MILLISECONDS)) {
        return Optional.empty();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
    try {
      return Optional.of(work.get());
    } finally {
      hashing.release();
    }
  }

  /**
   * Runs a password hash that no sign-in form is waiting on (a participant list's new accounts, an
   * admin's reset, a password change): it waits its turn in the same queue as sign-ins, however
   * long that takes, so that every hash the server computes shares the same few cores and pages
   * keep the rest. A caller with many hashes takes one turn per hash, and sign-ins queue between
   * them.
   */
  public <T> T hashingInTurn(Supplier<T> work) {
    try {
      hashing.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to hash a password", e);
    }
    try {
      return work.get();
    } finally {
      hashing.release();
    }
  }

  /** How many hashes may run at once (the size of the bound). */
  public int concurrentHashes() {
    return maxWaiting / WAITING_PER_PERMIT;
  }
}

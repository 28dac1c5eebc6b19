package org.rightsacademy.platform;

import java.time.Instant;
import java.util.function.Function;

/**
 * Small states kept per subject (a client address, a username) that every node of a cluster must
 * see the same: request budgets and the sign-in throttle. The application's are in the database
 * ({@link DatabaseStates}); unit tests use {@link #inMemory()}.
 */
public interface SharedStates {

  /**
   * What a change leaves: the subject's new state ({@code null} forgets it), the instant after
   * which that state no longer counts for anything (so a sweep may forget it), and a result.
   */
  record Change<R>(String state, Instant keepUntil, R result) {}

  /**
   * Applies {@code change} to the subject's state ({@code null} when there is none) while no other
   * request on any node changes the same subject, stores what it leaves and returns its result.
   */
  <R> R update(String space, String subject, Function<String, Change<R>> change);

  /**
   * Adds one to the subject's count and returns the count it reaches, for budgets that only count
   * (requests per address and minute). Unlike {@link #update}, nothing is locked beyond the one
   * statement that counts: a workshop room signing in together behind one address must not queue on
   * its own counter. A count is a state like any other: forgotten after {@code keepUntil}.
   */
  long increment(String space, String subject, Instant keepUntil);

  /** Forgets every state of the space whose keep-until instant has passed. */
  void forgetExpired(String space, Instant now);

  /** How many subjects of the space have a state. */
  long count(String space);

  /** States in this node's memory: for one node and for tests. */
  static SharedStates inMemory() {
    return new InMemoryStates();
  }
}

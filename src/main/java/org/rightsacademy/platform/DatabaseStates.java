package org.rightsacademy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/**
 * {@link SharedStates} in the database, so that a cluster's nodes count together: a budget of 30
 * look-ups a minute stays 30 with three nodes behind a load balancer. Each change is one short
 * transaction of its own that locks the subject's stripe, reads, and writes back.
 */
@ApplicationScoped
public class DatabaseStates implements SharedStates {

  /** Rows of {@code shared_state_stripe} (migration V18). */
  static final int STRIPES = 64;

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <R> R update(String space, String subject, Function<String, Change<R>> change) {
    em.createNativeQuery("SELECT stripe FROM shared_state_stripe WHERE stripe = ? FOR UPDATE")
        .setParameter(1, Math.floorMod((space + '/' + subject).hashCode(), STRIPES))
        .getResultList();
    List<?> rows =
        em.createNativeQuery("SELECT state FROM shared_state WHERE space = ? AND subject = ?")
            .setParameter(1, space)
            .setParameter(2, subject)
            .getResultList();
    String current = rows.isEmpty() ? null : (String) rows.get(0);
    Change<R> next = change.apply(current);
    if (next.state() == null) {
      if (current != null) {
        em.createNativeQuery("DELETE FROM shared_state WHERE space = ? AND subject = ?")
            .setParameter(1, space)
            .setParameter(2, subject)
            .executeUpdate();
      }
    } else if (current == null) {
      em.createNativeQuery(
              "INSERT INTO shared_state (space, subject, state, keep_until) VALUES (?, ?, ?, ?)")
          .setParameter(1, space)
          .setParameter(2, subject)
          .setParameter(3, next.state())
          .setParameter(4, at(next.keepUntil()))
          .executeUpdate();
    } else {
      em.createNativeQuery(
              "UPDATE shared_state SET state = ?, keep_until = ? WHERE space = ? AND subject = ?")
          .setParameter(1, next.state())
          .setParameter(2, at(next.keepUntil()))
          .setParameter(3, space)
          .setParameter(4, subject)
          .executeUpdate();
    }
    return next.result();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void forgetExpired(String space, Instant now) {
    em.createNativeQuery("DELETE FROM shared_state WHERE space = ? AND keep_until < ?")
        .setParameter(1, space)
        .setParameter(2, at(now))
        .executeUpdate();
  }

  @Override
  public long count(String space) {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM shared_state WHERE space = ?")
                .setParameter(1, space)
                .getSingleResult())
        .longValue();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}

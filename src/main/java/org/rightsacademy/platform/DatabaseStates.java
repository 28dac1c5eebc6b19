package org.rightsacademy.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * {@link SharedStates} in the database, so that a cluster's nodes count together: a budget of 30
 * look-ups a minute stays 30 with three nodes behind a load balancer. Each change is one short
 * transaction of its own that locks the subject's row (or, for a new subject, its stripe), reads,
 * and writes back; a count is one statement that locks nothing longer than itself.
 */
@ApplicationScoped
public class DatabaseStates implements SharedStates {

  /** Rows of {@code shared_state_stripe} (migration V18). */
  static final int STRIPES = 64;

  @PersistenceContext private EntityManager em;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <R> R update(String space, String subject, Function<String, Change<R>> change) {
    // The subject's own row when it has one; a subject met for the first time locks its stripe
    // instead (two nodes must not both insert it) and looks again once it holds it.
    List<?> rows = lockedState(space, subject);
    if (rows.isEmpty()) {
      em.createNativeQuery("SELECT stripe FROM shared_state_stripe WHERE stripe = ? FOR UPDATE")
          .setParameter(1, Math.floorMod((space + '/' + subject).hashCode(), STRIPES))
          .getResultList();
      rows = lockedState(space, subject);
    }
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

  private List<?> lockedState(String space, String subject) {
    return em.createNativeQuery(
            "SELECT state FROM shared_state WHERE space = ? AND subject = ? FOR UPDATE")
        .setParameter(1, space)
        .setParameter(2, subject)
        .getResultList();
  }

  /**
   * Each statement commits on its own (no transaction around them), so a row is locked only while
   * the database adds one to it: a room of learners signing in at once behind one address counts as
   * fast as the database can add, instead of queueing on a lock held across round trips. The count
   * read back may include another node's increment made in between; that only ever counts more,
   * never less.
   */
  @Override
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public long increment(String space, String subject, Instant keepUntil) {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getAutoCommit()) {
        connection.setAutoCommit(true);
      }
      for (int tries = 1; !added(connection, space, subject); tries++) {
        if (inserted(connection, space, subject, keepUntil)) {
          return 1;
        }
        if (tries == 3) {
          throw new IllegalStateException("could not count " + space + "/" + subject);
        }
      }
      try (PreparedStatement read =
          connection.prepareStatement(
              "SELECT state FROM shared_state WHERE space = ? AND subject = ?")) {
        read.setString(1, space);
        read.setString(2, subject);
        try (ResultSet row = read.executeQuery()) {
          // Swept between the two statements (its minute is over): this request is its first.
          return row.next() ? Long.parseLong(row.getString(1)) : 1;
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count " + space + "/" + subject, e);
    }
  }

  private static boolean added(Connection connection, String space, String subject)
      throws SQLException {
    try (PreparedStatement add =
        connection.prepareStatement(
            "UPDATE shared_state SET state = CAST(CAST(state AS BIGINT) + 1 AS VARCHAR(20))"
                + " WHERE space = ? AND subject = ?")) {
      add.setString(1, space);
      add.setString(2, subject);
      return add.executeUpdate() == 1;
    }
  }

  /** False when another request inserted the subject first (count it again then). */
  private static boolean inserted(
      Connection connection, String space, String subject, Instant keepUntil) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO shared_state (space, subject, state, keep_until) VALUES (?, ?, '1', ?)")) {
      insert.setString(1, space);
      insert.setString(2, subject);
      insert.setObject(3, at(keepUntil));
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
        return false;
      }
      throw e;
    }
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

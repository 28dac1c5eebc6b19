package org.rightsacademy.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Named locks in the database, for work that two nodes starting together must not both do (the
 * first administrator, loading a course package, making a signing key). A caller holds one until
 * its transaction ends; another node asking for it waits at {@link #hold} and then finds the work
 * done.
 */
@Stateless
public class ClusterLock {

  /** The names: each is a row of {@code cluster_lock} (migration V18). */
  public enum Name {
    FIRST_ADMIN("first-admin"),
    COURSE_LOAD("course-load"),
    SIGNING_KEYS("signing-keys");

    private final String row;

    Name(String row) {
      this.row = row;
    }
  }

  @PersistenceContext private EntityManager em;

  /** Takes the lock for the rest of the caller's transaction, waiting while another holds it. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void hold(Name name) {
    if (em.createNativeQuery("SELECT name FROM cluster_lock WHERE name = ? FOR UPDATE")
        .setParameter(1, name.row)
        .getResultList()
        .isEmpty()) {
      throw new IllegalStateException("no lock row '" + name.row + "': is migration V18 applied?");
    }
  }
}

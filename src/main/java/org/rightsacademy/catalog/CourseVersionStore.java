package org.rightsacademy.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rightsacademy.platform.ClusterLock;

/**
 * Course versions in the database; each save is its own transaction, so one package never blocks
 * another.
 */
@Stateless
public class CourseVersionStore {

  @PersistenceContext private EntityManager em;
  @EJB private ClusterLock lock;

  public List<CourseVersion> latestPerCourse() {
    return em.createNamedQuery(CourseVersion.LATEST_PER_COURSE, CourseVersion.class)
        .getResultList();
  }

  /** The id and revision of each course's latest version, without their files: a cheap poll. */
  public List<Object[]> latestRevisions() {
    return em.createNamedQuery(CourseVersion.LATEST_REVISIONS, Object[].class).getResultList();
  }

  public Optional<CourseVersion> latest(String code) {
    return em.createNamedQuery(CourseVersion.BY_COURSE, CourseVersion.class)
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  public Optional<CourseVersion> find(long id) {
    return Optional.ofNullable(em.find(CourseVersion.class, id));
  }

  /**
   * Saves the package as the course's next revision, unless the latest revision already has this
   * content: two nodes loading the same changed package together save it once (the second waits for
   * the first and then finds it).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Saved saveIfChanged(CoursePackage course, PackageFiles files, String origin, Instant now) {
    lock.hold(ClusterLock.Name.COURSE_LOAD);
    Optional<CourseVersion> latest = latest(course.code());
    if (latest.isPresent() && latest.get().getChecksum().equals(course.checksum())) {
      return new Saved(latest.get(), false);
    }
    int revision = latest.map(CourseVersion::getRevision).orElse(0) + 1;
    CourseVersion version = new CourseVersion(course, revision, files, origin, now);
    em.persist(version);
    return new Saved(version, true);
  }

  /** A revision saved, or found already saved with the same content. */
  public record Saved(CourseVersion version, boolean isNew) {}
}

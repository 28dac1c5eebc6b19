package org.rightsacademy.catalog;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Course versions in the database; each save is its own transaction, so one package never blocks
 * another.
 */
@Stateless
public class CourseVersionStore {

  @PersistenceContext private EntityManager em;

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

  /** Saves the package as the course's next revision. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public CourseVersion saveNext(
      CoursePackage course, PackageFiles files, String origin, Instant now) {
    int revision = latest(course.code()).map(CourseVersion::getRevision).orElse(0) + 1;
    CourseVersion version = new CourseVersion(course, revision, files, origin, now);
    em.persist(version);
    return version;
  }
}

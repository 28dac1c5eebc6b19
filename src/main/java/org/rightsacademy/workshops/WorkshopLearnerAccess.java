package org.rightsacademy.workshops;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.HashSet;
import java.util.Set;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.LearnerAccess;
import org.rightsacademy.people.Role;
import org.rightsacademy.progress.CompletionTracker;

/**
 * Whose work a person may see and grade, decided here because only this area knows both who trains
 * whom and (through {@code progress}) where each course was taken: a coordinator sees the learners
 * counted in their countries and never grades; a trainer sees and grades the participants of the
 * workshops they run; an admin everyone. Transcripts, attempts and item statistics all ask this.
 */
@Stateless
public class WorkshopLearnerAccess implements LearnerAccess {

  @EJB private WorkshopService workshops;
  @EJB private CompletionTracker completions;

  @Override
  public boolean maySee(Account viewer, long learnerId) {
    if (viewer.getId() == learnerId || everyone(viewer)) {
      return true;
    }
    if (viewer.hasRole(Role.COORDINATOR)
        && completions
            .learnersCountedIn(viewer.getScope().countries(), learnerId)
            .contains(learnerId)) {
      return true;
    }
    return viewer.hasRole(Role.TRAINER) && workshops.trains(viewer.getId(), learnerId);
  }

  @Override
  public boolean mayActFor(Account viewer, long learnerId) {
    return viewer.hasRole(Role.ADMIN)
        || (viewer.hasRole(Role.TRAINER) && workshops.trains(viewer.getId(), learnerId));
  }

  @Override
  public boolean mayGradeEssaysOf(Account viewer, long learnerId) {
    return viewer.getId() != learnerId
        && viewer.hasRole(Role.TRAINER)
        && workshops.trains(viewer.getId(), learnerId);
  }

  @Override
  public Set<Long> essayLearners(Account viewer) {
    if (!viewer.hasRole(Role.TRAINER)) {
      return Set.of();
    }
    Set<Long> learners = new HashSet<>(workshops.trainees(viewer.getId()));
    learners.remove(viewer.getId());
    return learners;
  }

  @Override
  public Visible visibleTo(Account viewer) {
    if (everyone(viewer)) {
      return Visible.EVERYONE;
    }
    Set<Long> learners = new HashSet<>();
    if (viewer.hasRole(Role.COORDINATOR)) {
      learners.addAll(completions.learnersCountedIn(viewer.getScope().countries(), null));
    }
    if (viewer.hasRole(Role.TRAINER)) {
      learners.addAll(workshops.trainees(viewer.getId()));
    }
    return new Visible(false, learners);
  }

  private static boolean everyone(Account viewer) {
    return viewer.hasRole(Role.ADMIN)
        || (viewer.hasRole(Role.COORDINATOR) && viewer.getScope().allCountries());
  }
}

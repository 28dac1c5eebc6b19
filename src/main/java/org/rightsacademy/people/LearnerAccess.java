package org.rightsacademy.people;

import java.util.Set;

/**
 * Whose learning work (attempts, answers, grades, transcripts) a person may see and change: an
 * admin everyone's; a coordinator that of learners counted in their countries, read only; a trainer
 * that of the participants of the workshops they run. One rule for every area that shows a
 * learner's work. Provided by {@code workshops}, which knows workshops and where courses were
 * taken; {@code people} only names the question so that earlier areas can ask it.
 */
public interface LearnerAccess {

  /** The learners a viewer may see: everyone, or these account ids (possibly none). */
  record Visible(boolean everyone, Set<Long> learners) {

    public static final Visible NOBODY = new Visible(false, Set.of());
    public static final Visible EVERYONE = new Visible(true, Set.of());

    public Visible {
      learners = everyone ? Set.of() : Set.copyOf(learners);
    }

    public boolean includes(long learnerId) {
      return everyone || learners.contains(learnerId);
    }

    public boolean isEmpty() {
      return !everyone && learners.isEmpty();
    }
  }

  /** Whether the viewer may see this learner's work; themselves included. */
  boolean maySee(Account viewer, long learnerId);

  /**
   * Whether the viewer may act for this learner (change a grade, lift a sign-in pause): an admin,
   * or a trainer of one of the learner's workshops. Coordinators only read.
   */
  boolean mayActFor(Account viewer, long learnerId);

  /**
   * Every learner the viewer may see, for lists, counts and statistics (themselves not included).
   */
  Visible visibleTo(Account viewer);

  /**
   * Whether the viewer may grade this learner's essays: a trainer of one of the learner's
   * workshops, never the learner themselves (an admin or a coordinator does not grade).
   */
  boolean mayGradeEssaysOf(Account viewer, long learnerId);

  /** The learners whose essays the viewer grades: the participants of the workshops they train. */
  java.util.Set<Long> essayLearners(Account viewer);
}

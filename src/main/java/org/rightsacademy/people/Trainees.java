package org.rightsacademy.people;

/**
 * Whether a trainer runs a workshop that a learner takes part in. Workshops answer it (they
 * depend on people, not the other way round); people asks it before a trainer acts for a learner.
 */
public interface Trainees {

  boolean trains(long trainerId, long learnerId);
}

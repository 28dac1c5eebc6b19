package org.rightsacademy.workshops;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.rightsacademy.people.Trainees;

/** Tells people which learners a trainer trains: those taking part in a workshop the trainer runs. */
@ApplicationScoped
public class WorkshopTrainees implements Trainees {

  @EJB private WorkshopService workshops;

  @Override
  public boolean trains(long trainerId, long learnerId) {
    return workshops.trains(trainerId, learnerId);
  }
}

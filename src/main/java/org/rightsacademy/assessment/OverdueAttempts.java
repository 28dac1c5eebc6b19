package org.rightsacademy.assessment;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/**
 * When time runs out and the learner is gone, the attempt is submitted with what was saved: every
 * minute, open attempts past their deadline are graded. (A learner who comes back first sees the
 * same thing: any access to an overdue attempt submits it.)
 */
@Singleton
public class OverdueAttempts {

  private static final Logger LOG = Logger.getLogger(OverdueAttempts.class.getName());

  @EJB private AttemptService attempts;

  @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
  void submitOverdue() {
    int closed = attempts.submitOverdue();
    if (closed > 0) {
      LOG.info(() -> closed + " overdue quiz attempts submitted with their saved answers");
    }
  }
}

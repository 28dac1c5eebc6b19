package org.rightsacademy.workshops;

import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.LoginCapacity;
import org.rightsacademy.people.OneTimePassword;

/**
 * A workshop's participant list, enrolled as a job: checked whole first (a wrong row stops it
 * before anything is created), then enrolled in the background a few rows per transaction, its new
 * accounts' passwords hashed one at a time in turn with sign-ins. The trainer may leave the page
 * and come back: it shows the job's progress, then its result.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ParticipantLists {

  private static final Logger LOG = Logger.getLogger(ParticipantLists.class.getName());

  /**
   * Rows per transaction: small enough that progress moves every few seconds and a stop loses
   * little.
   */
  static final int ROWS_PER_STEP = 10;

  /** A list that passed its checks and is being enrolled; {@code done} completes when it ends. */
  public record Started(long jobId, Future<Void> done) {}

  @EJB private ListEnrolment lists;
  @Inject private LoginCapacity capacity;
  @Inject private ListResults results;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /**
   * Checks the list and starts enrolling it; the editor must be able to change the workshop.
   *
   * @throws org.rightsacademy.people.InvalidInputException with every problem, by row and column;
   *     nothing created
   */
  public Started start(Account editor, long workshopId, String csv) {
    ListEnrolment.ListPlan plan =
        lists.planList(editor, workshopId, csv); // commits the job before it runs
    return new Started(plan.jobId(), context.getBusinessObject(ParticipantLists.class).run(plan));
  }

  /**
   * Enrols a checked list, step by step; a failure stops it as "interrupted" with the steps before
   * it kept.
   */
  @Asynchronous
  public Future<Void> run(ListEnrolment.ListPlan plan) {
    try {
      for (List<Long> step : steps(plan.existing())) {
        lists.enrolRows(plan.jobId(), step, List.of(), List.of(), List.of(), List.of());
      }
      for (List<Long> step : steps(plan.renewed())) {
        List<OneTimePassword> passwords =
            step.stream().map(id -> OneTimePassword.issue(capacity)).toList();
        keep(plan, lists.enrolRows(plan.jobId(), List.of(), step, passwords, List.of(), List.of()));
      }
      for (List<org.rightsacademy.people.AccountDraft> step : steps(plan.fresh())) {
        List<OneTimePassword> passwords =
            step.stream().map(draft -> OneTimePassword.issue(capacity)).toList();
        keep(plan, lists.enrolRows(plan.jobId(), List.of(), List.of(), List.of(), step, passwords));
      }
      lists.finishList(plan.jobId(), ListJob.Status.DONE);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "participant list " + plan.jobId() + " of workshop " + plan.workshopId() + " stopped",
          e);
      lists.finishList(plan.jobId(), ListJob.Status.INTERRUPTED);
    }
    return new AsyncResult<>(null);
  }

  private void keep(ListEnrolment.ListPlan plan, List<AccountService.Created> created) {
    results.add(plan.jobId(), plan.editorId(), created, clock.instant());
  }

  private static <T> List<List<T>> steps(List<T> rows) {
    List<List<T>> steps = new java.util.ArrayList<>();
    for (int i = 0; i < rows.size(); i += ROWS_PER_STEP) {
      steps.add(rows.subList(i, Math.min(rows.size(), i + ROWS_PER_STEP)));
    }
    return steps;
  }
}

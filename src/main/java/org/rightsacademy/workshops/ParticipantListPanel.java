package org.rightsacademy.workshops;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountCsv;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.CsvUpload;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.people.FieldProblem;
import org.rightsacademy.people.InvalidInputException;

/**
 * The participant list part of a workshop's page: a CSV list uploaded by one of its trainers,
 * checked whole, then enrolled in the background while the page follows its progress; the one-time
 * passwords of the accounts it made go to the trainer who started it, once. The workshop and
 * whether the viewer may edit it come from {@link WorkshopPage}, which checked them on load.
 */
@Named("participantList")
@ViewScoped
public class ParticipantListPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A participant list's progress or end, for the page. */
  public record ListProgress(
      long id,
      ListJob.Status status,
      int done,
      int total,
      int created,
      Instant startedAt,
      boolean mine)
      implements Serializable {
    public int percent() {
      return total == 0 ? 100 : done * 100 / total;
    }
  }

  @EJB private ParticipantLists lists;
  @EJB private ListEnrolment enrolment;
  @Inject private ListResults listResults;
  @Inject private Clock clock;
  @Inject private CurrentUser user;
  @Inject private WorkshopPage page;

  private transient jakarta.servlet.http.Part list;
  private List<FieldProblem> problems = List.of();
  private List<AccountService.Created> created = List.of();

  /** The workshop's latest participant list as the page shows it, or null. */
  private ListProgress job;

  private boolean read;

  private boolean usable() {
    return page.isEditable() && page.getId() != null;
  }

  /** Read when the page first shows the list part, after the workshop page has loaded. */
  private void ensureRead() {
    if (!read && usable()) {
      read = true;
      readJob(user.account().orElseThrow());
    }
  }

  /**
   * The latest list's progress; once it has ended, its one-time passwords are handed to the trainer
   * who started it, this once (they stay on this page while it is open, and nowhere else).
   */
  private void readJob(Account viewer) {
    Instant now = clock.instant();
    job =
        enrolment
            .latestList(page.getId())
            .map(
                j ->
                    new ListProgress(
                        j.getId(),
                        j.statusAt(now),
                        j.getRowsDone(),
                        j.getRowsTotal(),
                        j.getAccountsCreated(),
                        j.getStartedAt(),
                        j.getStartedBy() == viewer.getId()))
            .orElse(null);
    if (job != null && job.status() != ListJob.Status.RUNNING && job.mine()) {
      listResults.take(job.id(), viewer.getId(), now).ifPresent(made -> created = made);
    }
  }

  /** Polled while a list runs: its progress, then its result. */
  public void refresh() {
    if (usable()) {
      read = true;
      readJob(user.account().orElseThrow());
    }
  }

  /**
   * Checks an uploaded list whole and starts enrolling it in the background: a wrong row stops it
   * at once, with the problems by row and column, and nothing is created.
   */
  public void enrol() {
    problems = List.of();
    created = List.of();
    Optional<String> text = CsvUpload.read(list, null);
    if (text.isEmpty()) {
      return;
    }
    Account editor = user.account().orElseThrow();
    try {
      lists.start(editor, page.getId(), text.get());
      read = true;
      readJob(editor);
      Messages.addInfo(null, "workshop.list_started");
    } catch (InvalidInputException e) {
      problems = e.problems();
      Messages.addError(null, "import.rejected", problems.size());
    }
  }

  public ListProgress getJob() {
    ensureRead();
    return job;
  }

  public boolean isRunning() {
    ensureRead();
    return job != null && job.status() == ListJob.Status.RUNNING;
  }

  public jakarta.servlet.http.Part getList() {
    return list;
  }

  public void setList(jakarta.servlet.http.Part list) {
    this.list = list;
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }

  public List<AccountService.Created> getCreated() {
    ensureRead();
    return created;
  }

  /** The columns a participant list may have. */
  public String getHeader() {
    return String.join(",", AccountCsv.PARTICIPANT_COLUMNS);
  }
}

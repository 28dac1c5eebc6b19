package org.rightsacademy.workshops;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountCsv;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.FieldProblem;
import org.rightsacademy.people.InvalidInputException;
import org.rightsacademy.people.OneTimePassword;
import org.rightsacademy.people.Role;
import org.rightsacademy.platform.AuditLog;

/**
 * A workshop's participant lists: a whole list checked before anything is made, its job opened, its
 * rows enrolled a few at a time (each row's account, one-time password and enrolments in one
 * transaction with the job's progress), and how it ended. {@link ParticipantLists} runs a list in
 * the background; joining itself is {@link WorkshopService#join}.
 */
@Stateless
public class ListEnrolment {

  public static final String LIST_STARTED = "PARTICIPANT_LIST_STARTED";
  public static final String LIST_DONE = "PARTICIPANT_LIST_DONE";
  public static final String LIST_INTERRUPTED = "PARTICIPANT_LIST_INTERRUPTED";

  @PersistenceContext private EntityManager em;
  @EJB private WorkshopService workshops;
  @EJB private AccountService accounts;
  @EJB private AuditLog audit;
  @Inject private Clock clock;

  /**
   * What a checked participant list will do, row by row: existing learners who join as they are,
   * accounts an interrupted run of a list created that get a new one-time password, and new
   * learners.
   */
  public record ListPlan(
      long jobId,
      long workshopId,
      long editorId,
      List<Long> existing,
      List<Long> renewed,
      List<AccountDraft> fresh) {
    public int size() {
      return existing.size() + renewed.size() + fresh.size();
    }
  }

  /**
   * Checks a whole participant list (CSV, as for accounts, without roles and scope) before anything
   * is created, and opens its job: every row is right, or nothing happens and every problem is
   * reported by row and column. A listed username that exists must be a learner in the editor's
   * reach ({@link #mayEnrol}); any other is refused with the one wording used for every unusable
   * name, so that a list cannot tell whether an account exists outside the editor's scope.
   *
   * @throws InvalidInputException with every problem, by row and column, and nothing saved
   */
  public ListPlan planList(Account editor, long workshopId, String csv) {
    Workshop workshop =
        workshops
            .find(workshopId)
            .filter(w -> WorkshopService.canEdit(editor, w))
            .orElseThrow(() -> WorkshopService.notFound(workshopId));
    AccountCsv.Parsed parsed = AccountCsv.parseParticipants(csv);
    if (!parsed.ok()) {
      throw new InvalidInputException(parsed.problems());
    }
    if (!workshop.isOpenForJoining()) {
      throw new InvalidInputException(List.of(new FieldProblem(0, "", "join.closed", null)));
    }
    java.time.Instant now = clock.instant();
    List<ListJob> latest =
        em.createNamedQuery(ListJob.LATEST_OF_WORKSHOP, ListJob.class)
            .setParameter("workshop", workshopId)
            .setMaxResults(1)
            .getResultList();
    if (!latest.isEmpty() && latest.get(0).statusAt(now) == ListJob.Status.RUNNING) {
      throw new InvalidInputException(
          List.of(new FieldProblem(0, "", "workshop.list_running", null)));
    }
    Map<String, Account> existing =
        accounts.byUsernames(parsed.drafts().stream().map(AccountDraft::username).toList());
    java.util.Set<Long> trained =
        trainedAmong(editor.getId(), existing.values().stream().map(Account::getId).toList());
    java.util.Set<Long> lostPasswords = createdByInterruptedLists(workshopId, now);
    List<FieldProblem> problems = new ArrayList<>();
    List<Long> joining = new ArrayList<>();
    List<Long> renewed = new ArrayList<>();
    List<AccountDraft> fresh = new ArrayList<>();
    for (int i = 0; i < parsed.drafts().size(); i++) {
      AccountDraft draft = parsed.drafts().get(i);
      Account account = existing.get(draft.username());
      if (account == null) {
        fresh.add(draft);
      } else if (!mayEnrol(
          editor, workshop.getCountry(), account, trained.contains(account.getId()))) {
        problems.add(
            new FieldProblem(
                parsed.rows().get(i), AccountDraft.USERNAME, UNAVAILABLE, draft.username()));
      } else if (lostPasswords.contains(account.getId()) && account.isMustChangePassword()) {
        renewed.add(account.getId());
      } else {
        joining.add(account.getId());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ListJob job = new ListJob(workshopId, editor.getId(), parsed.drafts().size(), now);
    em.persist(job);
    em.flush();
    audit.record(
        LIST_STARTED,
        "workshop " + workshopId,
        parsed.drafts().size()
            + " rows: "
            + joining.size()
            + " existing, "
            + fresh.size()
            + " new");
    return new ListPlan(
        job.getId(),
        workshopId,
        editor.getId(),
        List.copyOf(joining),
        List.copyOf(renewed),
        List.copyOf(fresh));
  }

  /**
   * The one refusal of a listed username that exists but may not be enrolled, whoever it belongs
   * to.
   */
  public static final String UNAVAILABLE = "problem.username_unavailable";

  /**
   * Whether a participant list may enrol an existing account: only an account that is a learner and
   * nothing else (never an admin, coordinator, trainer or author, whose transcripts and presence in
   * the figures are not a workshop's business), and for a trainer only a learner within their reach
   * — of the workshop's country, of no country yet, or already a participant of one of their
   * workshops (whose transcript they can read already). An admin may list learners of any country.
   */
  static boolean mayEnrol(
      Account editor, String workshopCountry, Account listed, boolean alreadyTrainedByEditor) {
    if (!listed.getRoles().equals(java.util.Set.of(Role.LEARNER))) {
      return false;
    }
    return editor.hasRole(Role.ADMIN)
        || listed.getCountry() == null
        || listed.getCountry().equals(workshopCountry)
        || alreadyTrainedByEditor;
  }

  /** Which of these accounts take part in a workshop this trainer runs, in one query. */
  private java.util.Set<Long> trainedAmong(long trainerId, List<Long> accountIds) {
    if (accountIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        em.createQuery(
                "SELECT DISTINCT p.accountId FROM Participant p, Workshop w WHERE p.workshopId = w.id "
                    + "AND :trainer MEMBER OF w.trainers AND p.accountId IN :ids",
                Long.class)
            .setParameter("trainer", trainerId)
            .setParameter("ids", accountIds)
            .getResultList());
  }

  /**
   * The participants of this workshop whom an interrupted list created (their one-time passwords
   * were lost).
   */
  private java.util.Set<Long> createdByInterruptedLists(long workshopId, java.time.Instant now) {
    List<Long> jobs =
        em.createNamedQuery(ListJob.INTERRUPTED_OF_WORKSHOP, Long.class)
            .setParameter("workshop", workshopId)
            .setParameter(
                "stale", now.minus(ListJob.SILENT_WHEN_STOPPED).atOffset(java.time.ZoneOffset.UTC))
            .getResultList();
    if (jobs.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(
        em.createQuery(
                "SELECT p.accountId FROM Participant p WHERE p.workshopId = :workshop AND p.listJobId IN :jobs",
                Long.class)
            .setParameter("workshop", workshopId)
            .setParameter("jobs", jobs)
            .getResultList());
  }

  /**
   * Enrols a few rows of a checked list in one transaction of their own — their accounts created,
   * their one-time passwords (hashed beforehand) set, their enrolments made, and the job's progress
   * — so that a list stopped midway leaves whole rows only, each already a participant.
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
  public List<AccountService.Created> enrolRows(
      long jobId,
      List<Long> existing,
      List<Long> renewed,
      List<OneTimePassword> renewedPasswords,
      List<AccountDraft> fresh,
      List<OneTimePassword> freshPasswords) {
    ListJob job = em.find(ListJob.class, jobId);
    Workshop workshop = em.find(Workshop.class, job.getWorkshopId());
    List<AccountService.Created> created = new ArrayList<>();
    for (long account : existing) {
      workshops.join(workshop, account, Participant.Via.CSV, jobId);
    }
    for (int i = 0; i < renewed.size(); i++) {
      Account account = accounts.renewOneTimePassword(renewed.get(i), renewedPasswords.get(i));
      workshops.join(workshop, account.getId(), Participant.Via.CSV, jobId);
      created.add(
          new AccountService.Created(
              account.getUsername(), account.getDisplayName(), renewedPasswords.get(i).password()));
    }
    List<Account> made = accounts.createAll(fresh, freshPasswords);
    for (int i = 0; i < made.size(); i++) {
      workshops.join(workshop, made.get(i).getId(), Participant.Via.CSV, jobId);
      created.add(
          new AccountService.Created(
              made.get(i).getUsername(),
              made.get(i).getDisplayName(),
              freshPasswords.get(i).password()));
    }
    job.advance(existing.size() + renewed.size() + fresh.size(), made.size(), clock.instant());
    return created;
  }

  /**
   * Records how a list ended: every row enrolled, or stopped by an error (the rows before it stay).
   */
  @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
  public void finishList(long jobId, ListJob.Status end) {
    ListJob job = em.find(ListJob.class, jobId);
    job.finish(end, clock.instant());
    audit.record(
        end == ListJob.Status.DONE ? LIST_DONE : LIST_INTERRUPTED,
        "workshop " + job.getWorkshopId(),
        job.getRowsDone()
            + " of "
            + job.getRowsTotal()
            + " rows, "
            + job.getAccountsCreated()
            + " accounts created");
  }

  /** The workshop's latest participant list, if any (its progress, or how it ended). */
  public Optional<ListJob> latestList(long workshopId) {
    return em.createNamedQuery(ListJob.LATEST_OF_WORKSHOP, ListJob.class)
        .setParameter("workshop", workshopId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}

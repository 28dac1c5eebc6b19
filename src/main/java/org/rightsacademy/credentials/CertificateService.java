package org.rightsacademy.credentials;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.FieldProblem;
import org.rightsacademy.people.InvalidInputException;
import org.rightsacademy.people.Role;
import org.rightsacademy.platform.AuditLog;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.Where;
import org.rightsacademy.progress.Completion;
import org.rightsacademy.progress.CompletionTracker;
import org.rightsacademy.progress.CourseCompleted;
import org.rightsacademy.progress.LearnerView;
import org.rightsacademy.workshops.Workshop;
import org.rightsacademy.workshops.WorkshopService;

/**
 * Issues, finds, revokes and re-issues certificates. One is issued automatically when a learner
 * completes a course version — at most once, whatever happens: the database refuses a second
 * "serial 1" for the same learner and version. Coordinators (for their countries) and admins revoke
 * or re-issue, with a reason, and it is audited.
 */
@Stateless
public class CertificateService {

  private static final Logger LOG = Logger.getLogger(CertificateService.class.getName());

  public static final String ISSUED = "CERTIFICATE_ISSUED";
  public static final String REISSUED = "CERTIFICATE_REISSUED";
  public static final String REVOKED = "CERTIFICATE_REVOKED";

  /** A coordinator's list shows at most this many certificates at once; a search narrows it. */
  public static final int LIST_LIMIT = 200;

  @PersistenceContext private EntityManager em;
  @EJB private CompletionTracker completions;
  @EJB private AccountService accounts;
  @EJB private CourseCatalog catalog;
  @EJB private WorkshopService workshops;
  @EJB private AuditLog audit;
  @Inject private Clock clock;

  // The organisation named on every certificate (and on the verification page).
  @Inject
  @ConfigProperty(name = "ra.certificates.issuer", defaultValue = "Rights Academy")
  String issuer;

  /**
   * A learner has completed a course version and it is committed: their certificate follows in a
   * transaction of its own. Should that fail (or the server stop in between), the learner's "My
   * certificates" page issues it the next time they open it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseCompleted event) {
    completions.find(event.enrolmentId()).ifPresent(this::issueOnCompletion);
  }

  /** The learner's certificates, newest first; any completion still without one gets it now. */
  public List<Certificate> of(long accountId) {
    List<Certificate> issued = issuedTo(accountId);
    java.util.Set<Long> versions =
        issued.stream()
            .map(Certificate::getCourseVersionId)
            .collect(java.util.stream.Collectors.toSet());
    List<Completion> missing =
        completions.completedBy(accountId).stream()
            .filter(c -> !versions.contains(c.getCourseVersionId()))
            .toList();
    missing.forEach(this::issueOnCompletion);
    return missing.isEmpty() ? issued : issuedTo(accountId);
  }

  /**
   * Every certificate issued to a learner, newest first, as it stands (nothing is issued by
   * looking).
   */
  public List<Certificate> issuedTo(long accountId) {
    return em.createNamedQuery(Certificate.OF_ACCOUNT, Certificate.class)
        .setParameter("account", accountId)
        .getResultList();
  }

  /**
   * A certificate by its number as typed or printed; empty for a number that is malformed or
   * unknown.
   */
  public Optional<Certificate> find(String number) {
    return Certificate.CODE
        .normalize(number)
        .flatMap(
            code ->
                em.createNamedQuery(Certificate.BY_CODE, Certificate.class)
                    .setParameter("code", code)
                    .getResultStream()
                    .findFirst());
  }

  /**
   * The certificates a coordinator or admin may manage, newest first, optionally narrowed by name
   * or number.
   */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public List<Certificate> visibleTo(Account viewer, String search) {
    boolean everywhere =
        viewer.hasRole(Role.ADMIN)
            || viewer.hasRole(Role.COORDINATOR) && viewer.getScope().allCountries();
    if (!everywhere
        && (!viewer.hasRole(Role.COORDINATOR) || viewer.getScope().countries().isEmpty())) {
      return List.of();
    }
    String name = Where.literally(search);
    jakarta.persistence.TypedQuery<Certificate> query =
        new Where()
            .and(
                everywhere ? null : viewer.getScope().countries(),
                "c.country IN :countries",
                "countries")
            .and(
                name,
                "(LOWER(c.holderName) LIKE :name" + Where.ESCAPE + " OR c.code = :code)",
                "name")
            .query(
                em,
                "SELECT c FROM Certificate c",
                " ORDER BY c.issuedAt DESC, c.id DESC",
                Certificate.class);
    if (name != null) {
      query.setParameter("code", Certificate.CODE.normalize(search).orElse(""));
    }
    return query.setMaxResults(LIST_LIMIT).getResultList();
  }

  /** Admins, and coordinators of the country the course was taken in. */
  public static boolean mayManage(Account viewer, Certificate certificate) {
    return viewer.hasRole(Role.ADMIN)
        || viewer.hasRole(Role.COORDINATOR) && viewer.getScope().includes(certificate.getCountry());
  }

  /** A certificate this person may download; empty for anyone else, or any other number. */
  public Optional<Certificate> downloadable(Optional<Account> viewer, String number) {
    return viewer.flatMap(v -> find(number).filter(c -> mayDownload(v, c)));
  }

  /** The holder, and whoever may manage it. */
  public static boolean mayDownload(Account viewer, Certificate certificate) {
    return viewer.getId() == certificate.getAccountId() || mayManage(viewer, certificate);
  }

  /** Withdraws a certificate, with the reason the verification page will show. */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public Certificate revoke(Account coordinator, String number, String reason) {
    Certificate certificate = managed(coordinator, number);
    String why = reason(reason);
    if (certificate.isRevoked()) {
      throw new InvalidInputException(
          List.of(
              new FieldProblem(
                  0, "certificate", "certificates.already_revoked", certificate.getDisplayCode())));
    }
    certificate.revoke(clock.instant(), coordinator.getUsername(), why, null);
    audit.record(REVOKED, subject(certificate), why);
    return certificate;
  }

  /**
   * Issues a new certificate for the same completion, printed from today's name, language and
   * course title (after a correction, or to undo a revocation); the one it replaces is revoked and
   * points to it.
   */
  @RolesAllowed({"COORDINATOR", "ADMIN"})
  public Certificate reissue(Account coordinator, String number, String reason) {
    Certificate old = managed(coordinator, number);
    String why = reason(reason);
    Completion completion =
        completions.completedBy(old.getAccountId()).stream()
            .filter(c -> c.getCourseVersionId() == old.getCourseVersionId())
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        List.of(
                            new FieldProblem(
                                0,
                                "certificate",
                                "certificates.not_completed",
                                old.getDisplayCode()))));
    int serial =
        em.createNamedQuery(Certificate.OF_ISSUE, Certificate.class)
                .setParameter("account", old.getAccountId())
                .setParameter("version", old.getCourseVersionId())
                .getResultStream()
                .mapToInt(Certificate::getSerial)
                .max()
                .orElse(0)
            + 1;
    Certificate fresh =
        new Certificate(
            contents(completion),
            serial,
            Certificate.CODE.generate(),
            clock.instant(),
            coordinator.getUsername(),
            why);
    em.persist(fresh);
    if (!old.isRevoked()) {
      old.revoke(clock.instant(), coordinator.getUsername(), why, fresh.getCode());
    }
    audit.record(REISSUED, subject(fresh), "replaces " + old.getDisplayCode() + ": " + why);
    return fresh;
  }

  /**
   * The certificate a completion earns, unless one was ever issued for it (even if revoked since).
   */
  private void issueOnCompletion(Completion completion) {
    boolean issued =
        !em.createNamedQuery(Certificate.OF_ISSUE, Certificate.class)
            .setParameter("account", completion.getAccountId())
            .setParameter("version", completion.getCourseVersionId())
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (issued) {
      return;
    }
    Certificate certificate =
        new Certificate(
            contents(completion), 1, Certificate.CODE.generate(), clock.instant(), null, null);
    em.persist(certificate);
    audit.record(ISSUED, subject(certificate), "on completion of " + completion.getCourseCode());
    LOG.fine(
        () ->
            "Certificate "
                + certificate.getDisplayCode()
                + " issued to account "
                + completion.getAccountId());
  }

  private Certificate.Contents contents(Completion completion) {
    Account holder =
        accounts
            .find(completion.getAccountId())
            .orElseThrow(
                () -> new IllegalStateException("no account " + completion.getAccountId()));
    Language language =
        holder.getPreferredLanguage() == null ? Language.DEFAULT : holder.getPreferredLanguage();
    CoursePackage course =
        catalog
            .version(completion.getCourseVersionId())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no course version " + completion.getCourseVersionId()));
    String title = LearnerView.text(course.titles(), language);
    Completion.Facts facts = completion.facts();
    Certificate.Workshop workshop =
        facts.workshopId() == null
            ? null
            : workshops.find(facts.workshopId()).map(CertificateService::printed).orElse(null);
    Double score = course.certificateShowsScore() ? facts.finalScore() : null;
    return new Certificate.Contents(
        holder.getId(),
        completion.getCourseCode(),
        completion.getCourseVersionId(),
        language,
        holder.getDisplayName(),
        title,
        facts.country(),
        workshop,
        completion.getCompletedAt(),
        score,
        issuer);
  }

  private static Certificate.Workshop printed(Workshop w) {
    return new Certificate.Workshop(
        w.getId(), w.getTitle(), w.getCity(), w.getCountry(), w.getStartsOn(), w.getEndsOn());
  }

  /** A certificate this person may manage; any other number, or a malformed one, is "not found". */
  private Certificate managed(Account coordinator, String number) {
    return find(number)
        .filter(c -> mayManage(coordinator, c))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    List.of(new FieldProblem(0, "certificate", "certificates.not_found", number))));
  }

  private static String reason(String reason) {
    String why = reason == null ? "" : reason.strip();
    List<FieldProblem> problems = new ArrayList<>();
    if (why.isEmpty()) {
      problems.add(new FieldProblem(0, "reason", "certificates.reason_required", null));
    } else if (why.length() > Certificate.REASON_LENGTH) {
      problems.add(
          new FieldProblem(
              0, "reason", "certificates.reason_too_long", String.valueOf(why.length())));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return why;
  }

  private static String subject(Certificate certificate) {
    return "certificate "
        + certificate.getDisplayCode()
        + " (account "
        + certificate.getAccountId()
        + ", "
        + certificate.getCourseCode()
        + ")";
  }
}

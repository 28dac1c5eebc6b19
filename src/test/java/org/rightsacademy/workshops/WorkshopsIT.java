package org.rightsacademy.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountDirectory;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.InvalidInputException;
import org.rightsacademy.people.OneTimePassword;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.StatementCount;
import org.rightsacademy.platform.WebClient;
import org.rightsacademy.progress.CompletionRule;
import org.rightsacademy.progress.CompletionTracker;
import org.rightsacademy.progress.ProgressService;

/**
 * Workshops and their join codes: who sees which workshop (its trainers, coordinators of its
 * country, admins; nobody else, not even that it exists), and a newcomer who registers with the
 * code, is enrolled in the workshop's course, and can sign in; a closed workshop takes nobody.
 */
@ExtendWith(ArquillianExtension.class)
class WorkshopsIT {

  static final String PASSWORD = "workshops in three countries";
  static final String TRAINER = "it-ws-trainer";
  static final String OTHER_TRAINER = "it-ws-trainer-2";
  static final String COORDINATOR_SN = "it-ws-coordinator-sn";
  static final String COORDINATOR_JO = "it-ws-coordinator-jo";
  static final String TITLE = "Atelier de Saint-Louis";
  static final String NEWCOMER_PASSWORD = "a sentence I will remember";

  @EJB private AccountService accounts;
  @EJB private AccountDirectory directory;
  @EJB private WorkshopService workshops;
  @EJB private ParticipantLists lists;
  @EJB private ListEnrolment enrolment;
  @jakarta.inject.Inject private ListResults results;
  @jakarta.inject.Inject private org.rightsacademy.people.LoginCapacity capacity;
  @EJB private ProgressService progress;
  @EJB private CompletionTracker completions;
  @EJB private org.rightsacademy.assessment.AttemptService attempts;

  @ArquillianResource private URL base;

  private Account account(String username, Role role, Scope scope) {
    return account(username, role, scope, "SN");
  }

  record Taught(Account trainer, Workshop workshop) {}

  /** A new trainer in Senegal with one running workshop, {@link #TITLE}, of their own. */
  private Taught newTrainersWorkshop() {
    Account trainer = account(Fixtures.unique("it-ws-trainer"), Role.TRAINER, Scope.NONE);
    return new Taught(
        trainer,
        workshops.create(
            trainer, details(TITLE, Workshop.Status.RUNNING, Set.of(trainer.getId()))));
  }

  private static Workshop.Details details(
      String title, Workshop.Status status, Set<Long> trainers) {
    return new Workshop.Details(
        title,
        "SN",
        "Saint-Louis",
        "Gouvernance",
        LocalDate.of(2026, 12, 7),
        LocalDate.of(2026, 12, 9),
        Language.FR,
        25,
        status,
        false,
        Set.of("sample"),
        trainers);
  }

  @Test
  void eachPersonSeesTheWorkshopsTheirRoleAndCountryAllow() {
    Account trainer = account(TRAINER, Role.TRAINER, Scope.NONE);
    Account other = account(OTHER_TRAINER, Role.TRAINER, Scope.NONE);
    Account coordinatorSn = account(COORDINATOR_SN, Role.COORDINATOR, Scope.of("SN"));
    Account coordinatorJo = account(COORDINATOR_JO, Role.COORDINATOR, Scope.of("JO"));
    Workshop workshop =
        workshops.create(trainer, details(TITLE, Workshop.Status.RUNNING, Set.of(trainer.getId())));
    assertTrue(JoinCode.normalize(workshop.getJoinCode()).isPresent());

    assertTrue(
        workshops.visibleTo(trainer).stream().anyMatch(w -> w.getId().equals(workshop.getId())));
    assertTrue(
        workshops.visibleTo(coordinatorSn).stream()
            .anyMatch(w -> w.getId().equals(workshop.getId())));
    assertFalse(
        workshops.visibleTo(other).stream().anyMatch(w -> w.getId().equals(workshop.getId())),
        "another trainer's workshop");
    assertFalse(
        workshops.visibleTo(coordinatorJo).stream()
            .anyMatch(w -> w.getId().equals(workshop.getId())),
        "Jordan's coordinator, Senegal's workshop");
    assertTrue(WorkshopService.canEdit(trainer, workshop));
    assertFalse(
        WorkshopService.canEdit(coordinatorSn, workshop),
        "coordinators follow workshops, they do not change them");
  }

  @Test
  void aWorkshopNeedsItsDetailsAndATrainer() {
    Account trainer = account(TRAINER, Role.TRAINER, Scope.NONE);
    Workshop.Details bad =
        new Workshop.Details(
            " ",
            "XX",
            "",
            null,
            LocalDate.of(2026, 12, 9),
            LocalDate.of(2026, 12, 7),
            Language.FR,
            -1,
            Workshop.Status.PLANNED,
            false,
            Set.of("no-such-course"),
            Set.of(account(COORDINATOR_SN, Role.COORDINATOR, Scope.of("SN")).getId()));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> workshops.create(trainer, bad));
    assertEquals(
        List.of("title", "country", "city", "endsOn", "expected", "courses", "trainers"),
        e.problems().stream().map(p -> p.field()).toList());
  }

  private static String codeOf(String page) {
    Matcher code =
        Pattern.compile("<code dir=\"ltr\">([A-Z0-9]{4}-[A-Z0-9]{4})</code>").matcher(page);
    assertTrue(code.find(), "the trainer sees the join code");
    return code.group(1);
  }

  private WebClient signedIn(String username) {
    return signedIn(username, PASSWORD);
  }

  private WebClient signedIn(String username, String password) {
    WebClient browser = new WebClient(base);
    HttpResponse<String> signIn = browser.signIn(username, password);
    assertEquals(
        302,
        signIn.statusCode(),
        () -> username + ": " + signIn.statusCode() + " " + signIn.body());
    return browser;
  }

  @Test
  void aNewcomerRegistersWithTheCodeAndIsEnrolledAsAParticipantWithACompletionRecord() {
    Taught taught = newTrainersWorkshop();
    String newcomerName = Fixtures.unique("it-ws-newcomer");
    String code =
        codeOf(signedIn(taught.trainer().getUsername()).get("teach/workshops.xhtml").body());
    WebClient newcomer = new WebClient(base);
    assertTrue(
        newcomer.get("join.xhtml?code=AAAA-AAAA").body().contains("No workshop has this code"));
    String page = newcomer.get("join.xhtml?code=" + code).body();
    assertTrue(
        page.contains(TITLE) && page.contains("Saint-Louis"),
        "the workshop is shown before anything is asked");

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("form:username", newcomerName);
    fields.put("form:password", "short");
    fields.put("form:display_name", "Awa Diop");
    fields.put("form:country", "SN");
    fields.put("form:institution", "GENDARMERIE");
    fields.put("form:gender", "FEMALE");
    HttpResponse<String> refused =
        newcomer.submit("join.xhtml?code=" + code, "form", fields, "form:submit");
    assertEquals(200, refused.statusCode());
    assertTrue(
        refused.body().contains("field__error"), "a short password is refused beside its field");

    fields.put("form:password", NEWCOMER_PASSWORD);
    HttpResponse<String> registered =
        newcomer.submit("join.xhtml?code=" + code, "form", fields, "form:submit");
    assertEquals(302, registered.statusCode(), registered.body());
    assertTrue(
        registered.headers().firstValue("Location").orElse("").contains("learn/courses"),
        "straight to their courses");
    HttpResponse<String> courses = newcomer.get("learn/courses.xhtml");
    assertEquals(
        200, courses.statusCode(), "registered with the code, they are signed in: no sign-in page");
    assertTrue(
        courses.body().contains("Who is a migrant worker?")
            && courses.body().contains("you are signed in"),
        "the courses, and the note that they are signed in");

    assertTrue(
        signedIn(newcomerName, NEWCOMER_PASSWORD)
            .get("learn/courses.xhtml")
            .body()
            .contains("Who is a migrant worker?"),
        "signed in with the chosen password, the course is theirs");

    Account account = accounts.findByUsername(newcomerName).orElseThrow();
    assertEquals("SN", account.getCountry());
    assertEquals("GENDARMERIE", account.getInstitution().name());
    assertEquals(Set.of(Role.LEARNER), account.getRoles(), "registration only ever makes learners");
    Workshop workshop = taught.workshop();
    assertEquals(
        List.of(Participant.Via.CODE),
        workshops.participants(workshop.getId()).stream().map(Participant::getVia).toList());
    long enrolment = progress.find(account.getId(), "sample").orElseThrow().getId();
    assertEquals(
        CompletionRule.Status.NOT_STARTED, completions.find(enrolment).orElseThrow().getStatus());
  }

  @Test
  void workshopPagesAreOnlyForTheirTrainersCoordinatorsOfTheirCountryAndAdmins() {
    Taught taught = newTrainersWorkshop();
    account(OTHER_TRAINER, Role.TRAINER, Scope.NONE);
    account(COORDINATOR_SN, Role.COORDINATOR, Scope.of("SN"));
    account(COORDINATOR_JO, Role.COORDINATOR, Scope.of("JO"));
    Account learner = account(Fixtures.unique("it-ws-learner"), Role.LEARNER, Scope.NONE);
    String list = signedIn(taught.trainer().getUsername()).get("teach/workshops.xhtml").body();
    assertTrue(list.contains("data-workshop=\"" + taught.workshop().getId() + "\""));
    String page = "teach/workshop.xhtml?id=" + taught.workshop().getId();
    assertEquals(200, signedIn(taught.trainer().getUsername()).get(page).statusCode());
    HttpResponse<String> coordinator = signedIn(COORDINATOR_SN).get(page);
    assertEquals(200, coordinator.statusCode());
    assertFalse(coordinator.body().contains("id=\"form:save\""), "read only for a coordinator");
    assertFalse(coordinator.body().contains("id=\"code\""), "and no join code");
    assertEquals(
        404,
        signedIn(COORDINATOR_JO).get(page).statusCode(),
        "another country's workshop does not exist for them");
    assertEquals(404, signedIn(OTHER_TRAINER).get(page).statusCode());
    assertFalse(signedIn(COORDINATOR_JO).get("teach/workshops.xhtml").body().contains(TITLE));
    assertEquals(
        403,
        signedIn(learner.getUsername()).get("teach/workshops.xhtml").statusCode(),
        "learners have no workshop pages");
  }

  @Test
  void theJoinPageAndTheWorkshopFormRefuseHiddenDirectionControls() {
    Account trainer = account("it-ws-bidi-trainer", Role.TRAINER, Scope.NONE);
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                workshops.create(
                    trainer,
                    details(
                        "Atelier \u202Egnp.exe",
                        Workshop.Status.RUNNING,
                        Set.of(trainer.getId()))));
    assertEquals(
        List.of("title: workshop.problem.direction_control.title (U+202E)"),
        e.problems().stream().map(Object::toString).toList());
    Workshop workshop =
        workshops.create(
            trainer,
            details("Atelier de Ziguinchor", Workshop.Status.RUNNING, Set.of(trainer.getId())));

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("form:username", "it-ws-bidi");
    fields.put("form:password", NEWCOMER_PASSWORD);
    fields.put("form:display_name", "Awa \u202Egnp.exe");
    fields.put("form:country", "SN");
    fields.put("form:institution", "POLICE");
    fields.put("form:gender", "FEMALE");
    WebClient newcomer = new WebClient(base);
    String join = "join.xhtml?code=" + workshop.getJoinCode();
    HttpResponse<String> refused = newcomer.submit(join, "form", fields, "form:submit");
    assertEquals(200, refused.statusCode(), "refused on the page, not registered");
    assertTrue(
        refused.body().contains("hidden character that changes the direction of the text (U+202E)"),
        refused.body());
    assertTrue(accounts.findByUsername("it-ws-bidi").isEmpty());

    fields.put("form:display_name", "عوا\u200F Diop (SN)");
    HttpResponse<String> registered = newcomer.submit(join, "form", fields, "form:submit");
    assertEquals(
        302, registered.statusCode(), "a right-to-left mark is allowed: " + registered.body());
    assertEquals(
        "عوا\u200F Diop (SN)",
        accounts.findByUsername("it-ws-bidi").orElseThrow().getDisplayName());
  }

  @Test
  void aClosedWorkshopTakesNobody() {
    Account trainer = account(TRAINER, Role.TRAINER, Scope.NONE);
    Workshop closed =
        workshops.create(
            trainer, details("Atelier clos", Workshop.Status.CLOSED, Set.of(trainer.getId())));
    Account learner = account("it-ws-late", Role.LEARNER, Scope.NONE);
    assertThrows(
        InvalidInputException.class,
        () -> workshops.join(closed, learner.getId(), Participant.Via.CODE));
    assertEquals(0, workshops.participantCount(closed.getId()));
  }

  @Test
  void theTrainersGridShowsAParticipantInProgressAndIsClosedToOtherCountries() {
    Taught taught = newTrainersWorkshop();
    Account learner = account(Fixtures.unique("it-ws-in-progress"), Role.LEARNER, Scope.NONE);
    account(COORDINATOR_JO, Role.COORDINATOR, Scope.of("JO"));
    workshops.join(taught.workshop(), learner.getId(), Participant.Via.CODE);
    progress.complete(learner.getId(), "sample", "basics/definition");

    String gridPage = "teach/grid.xhtml?id=" + taught.workshop().getId();
    String grid = signedIn(taught.trainer().getUsername()).get(gridPage).body();
    String participant = "data-participant=\"" + learner.getUsername() + "\"";
    assertTrue(grid.contains(participant), "the participant is in their workshop's grid");
    String row = grid.substring(grid.indexOf(participant));
    assertTrue(
        row.indexOf("data-state=\"IN_PROGRESS\"") < row.indexOf("</tr>"),
        "one lesson of the module done: in progress");
    assertTrue(row.contains("1/2"), "lessons done of the module's lessons");
    assertTrue(row.indexOf("data-course-status=\"IN_PROGRESS\"") < row.indexOf("</tr>"));
    assertEquals(404, signedIn(COORDINATOR_JO).get(gridPage).statusCode());
  }

  private void passEverything(long account) {
    progress.complete(account, "sample", "basics/definition");
    progress.complete(account, "sample", "basics/categories");
    for (String quiz : List.of("basics", "final-test")) {
      long version = progress.find(account, "sample").orElseThrow().getCourseVersionId();
      org.rightsacademy.assessment.QuizAttempt attempt =
          attempts.start(account, "sample", version, quiz, Language.EN);
      org.rightsacademy.assessment.RightAnswers.answerAll(attempts, account, attempt);
      attempts.submit(account, attempt.getId(), Map.of());
    }
  }

  @Test
  void whereAWorkshopRequiresAttendanceCompletionWaitsForEveryDay() {
    Account trainer = account(TRAINER, Role.TRAINER, Scope.NONE);
    Workshop.Details details =
        new Workshop.Details(
            "Atelier avec présence",
            "SN",
            "Thiès",
            null,
            LocalDate.of(2026, 12, 14),
            LocalDate.of(2026, 12, 15),
            Language.FR,
            10,
            Workshop.Status.RUNNING,
            true,
            Set.of("sample"),
            Set.of(trainer.getId()));
    Workshop workshop = workshops.create(trainer, details);
    Account learner = account("it-ws-present", Role.LEARNER, Scope.NONE);
    workshops.join(workshop, learner.getId(), Participant.Via.TRAINER);
    passEverything(learner.getId());
    long enrolment = progress.find(learner.getId(), "sample").orElseThrow().getId();
    assertEquals(
        CompletionRule.Status.IN_PROGRESS,
        completions.find(enrolment).orElseThrow().getStatus(),
        "everything done but attendance");

    workshops.markAttendance(trainer, workshop.getId(), Set.of(learner.getId() + ":2026-12-14"));
    assertEquals(
        CompletionRule.Status.IN_PROGRESS,
        completions.find(enrolment).orElseThrow().getStatus(),
        "one day of two");
    workshops.markAttendance(
        trainer,
        workshop.getId(),
        Set.of(
            learner.getId() + ":2026-12-14",
            learner.getId() + ":2026-12-15",
            learner.getId() + ":2027-01-01"));
    assertEquals(
        CompletionRule.Status.COMPLETED,
        completions.find(enrolment).orElseThrow().getStatus(),
        "every day: completed");
    assertEquals(
        2,
        workshops.attendance(workshop.getId()).size(),
        "a day outside the workshop is not recorded");

    Workshop.Details longer =
        new Workshop.Details(
            details.title(),
            details.country(),
            details.city(),
            details.venue(),
            details.startsOn(),
            LocalDate.of(2026, 12, 16),
            details.language(),
            details.expectedParticipants(),
            details.status(),
            true,
            details.courses(),
            details.trainers());
    workshops.update(
        trainer,
        workshop.getId(),
        workshops.find(workshop.getId()).orElseThrow().getVersion(),
        longer);
    assertEquals(
        CompletionRule.Status.IN_PROGRESS,
        completions.find(enrolment).orElseThrow().getStatus(),
        "a third day, not attended: completion follows the change");
  }

  @Test
  void aParticipantListEnrolsEveryoneOrNobody() {
    Account trainer = account(TRAINER, Role.TRAINER, Scope.NONE);
    Workshop workshop =
        workshops.create(
            trainer,
            details("Atelier par liste", Workshop.Status.PLANNED, Set.of(trainer.getId())));
    account("it-ws-listed", Role.LEARNER, Scope.NONE);
    String bad =
        "username,display_name,gender\nit-ws-listed,Listed,\nit-ws-new-1,Nouvelle,female\nit-ws-new-2,Nouveau,not-a-gender\n";
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> lists.start(trainer, workshop.getId(), bad));
    assertEquals(
        List.of("4 gender"),
        refused.problems().stream().map(p -> p.row() + " " + p.field()).toList(),
        "row and column of the problem");
    assertEquals(0, workshops.participantCount(workshop.getId()), "nobody enrolled");
    assertTrue(accounts.findByUsername("it-ws-new-1").isEmpty(), "no account created");

    String good =
        "username,display_name,gender,roles\n".replace(",roles", "")
            + "it-ws-listed,Listed,\nit-ws-new-1,Nouvelle,female\n";
    ParticipantLists.Started started = lists.start(trainer, workshop.getId(), good);
    finished(started);
    assertEquals(
        ListJob.Status.DONE,
        enrolment.latestList(workshop.getId()).orElseThrow().statusAt(java.time.Instant.now()));
    assertEquals(
        1,
        enrolment.latestList(workshop.getId()).orElseThrow().getAccountsCreated(),
        "only the new one gets a one-time password");
    assertEquals(2, workshops.participantCount(workshop.getId()));
    assertEquals(
        Set.of(Role.LEARNER), accounts.findByUsername("it-ws-new-1").orElseThrow().getRoles());
    assertThrows(
        InvalidInputException.class,
        () ->
            lists.start(
                trainer, workshop.getId(), "username,display_name,roles\nx-admin,X,admin\n"),
        "a trainer's list cannot grant roles");
  }

  /** Waits for a list's job itself to end (not for a guessed time). */
  private static void finished(ParticipantLists.Started started) {
    try {
      started.done().get(5, java.util.concurrent.TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new AssertionError("the list did not finish", e);
    }
  }

  private Account account(String username, Role role, Scope scope, String country) {
    return Fixtures.account(
        accounts, Fixtures.person(username, username, country, Language.EN, role, scope), PASSWORD);
  }

  @Test
  void aTrainersListEnrolsNobodyOutsideTheirScopeAndDoesNotSayWhoExists() {
    Account trainer = account("it-ws-trainer-jo", Role.TRAINER, Scope.NONE, "JO");
    Workshop workshop =
        workshops.create(
            trainer,
            new Workshop.Details(
                "Atelier d'Amman",
                "JO",
                "Amman",
                null,
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 9),
                Language.AR,
                25,
                Workshop.Status.RUNNING,
                false,
                Set.of("sample"),
                Set.of(trainer.getId())));
    Account admin = account("it-ws-scope-admin", Role.ADMIN, Scope.NONE, "JO");
    Account coordinator =
        account("it-ws-scope-coordinator-sn", Role.COORDINATOR, Scope.of("SN"), "SN");
    Account learner = account("it-ws-scope-learner-sn", Role.LEARNER, Scope.NONE, "SN");
    String list =
        "username,display_name\n"
            + admin.getUsername()
            + ",A\n"
            + coordinator.getUsername()
            + ",C\n"
            + learner.getUsername()
            + ",L\n"
            + "it-ws-scope-new-jo,Nouveau\n";

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> lists.start(trainer, workshop.getId(), list));

    assertEquals(
        List.of("2 username", "3 username", "4 username"),
        refused.problems().stream().map(p -> p.row() + " " + p.field()).toList(),
        "the admin, Senegal's coordinator and Senegal's learner are refused, each on its row");
    assertEquals(
        1,
        refused.problems().stream().map(p -> p.messageKey()).distinct().count(),
        "one wording, whoever the name belongs to");
    assertEquals(0, workshops.participantCount(workshop.getId()), "nobody enrolled");
    assertTrue(accounts.findByUsername("it-ws-scope-new-jo").isEmpty(), "and nobody created");
    for (Account named : List.of(admin, coordinator, learner)) {
      assertTrue(
          progress.find(named.getId(), "sample").isEmpty(),
          named.getUsername() + " is not enrolled in the course");
    }
  }

  // ---- a participant list runs as a job: held while every hashing core is taken, seen from the
  // pages, finished once hashing is free ----

  /**
   * In the server, which holds every hashing core while the trainer's browser (a {@link WebClient}
   * from here) uploads the list and looks at it.
   */
  @Test
  void aParticipantListRunsAsAJobWhoseProgressAndPasswordsThePagesShow() throws Exception {
    Account trainer =
        account(Fixtures.unique("it-ws-list-trainer"), Role.TRAINER, Scope.NONE, "SN");
    Account colleague =
        account(Fixtures.unique("it-ws-list-colleague"), Role.TRAINER, Scope.NONE, "SN");
    Workshop workshop =
        workshops.create(
            trainer,
            details(
                "Atelier de Kaolack",
                Workshop.Status.RUNNING,
                Set.of(trainer.getId(), colleague.getId())));
    String prefix = Fixtures.unique("it-ws-job");
    String jobList =
        "username,display_name,gender\n"
            + prefix
            + "-1,Awa,female\n"
            + prefix
            + "-2,Omar,male\n"
            + prefix
            + "-3,Fatou,female\n";
    WebClient starter = signedIn(trainer.getUsername());
    WebClient other = signedIn(colleague.getUsername());
    String listPage = "teach/workshop.xhtml?id=" + workshop.getId();

    // A list with a wrong row is refused at once and starts no job.
    String bad = jobList.replace("Omar,male", "Omar,sometimes");
    String refused =
        starter
            .upload(
                listPage,
                "list",
                "list:file",
                "list.csv",
                bad.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "list:upload")
            .body();
    assertTrue(refused.contains("id=\"list-problems\""), "the wrong row is reported at once");
    assertFalse(refused.contains("data-job-status"), "and no job starts");
    assertTrue(
        accounts.findByUsername(prefix + "-1").isEmpty(),
        "nothing created from a list with a wrong row");

    // Every core that may hash is taken: a list can start but not move, so its progress is seen at
    // 0.
    int permits = capacity.concurrentHashes();
    java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(permits);
    java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
    try {
      for (int i = 0; i < permits; i++) {
        Thread.ofPlatform()
            .daemon()
            .start(
                () ->
                    capacity.hashingInTurn(
                        () -> {
                          holding.countDown();
                          try {
                            return released.await(5, java.util.concurrent.TimeUnit.MINUTES);
                          } catch (InterruptedException e) {
                            return false;
                          }
                        }));
      }
      assertTrue(holding.await(1, java.util.concurrent.TimeUnit.MINUTES));

      String started =
          starter
              .upload(
                  listPage,
                  "list",
                  "list:file",
                  "list.csv",
                  jobList.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                  "list:upload")
              .body();
      assertTrue(
          started.contains("data-job-status=\"RUNNING\" data-job-done=\"0\" data-job-total=\"3\""),
          "the page shows the job at its start");
      String later = starter.get(listPage).body();
      assertTrue(
          later.contains("data-job-status=\"RUNNING\" data-job-done=\"0\" data-job-total=\"3\""),
          "and again when the trainer comes back");
      assertFalse(later.contains("id=\"list:upload\""), "no second list while one runs");
    } finally {
      released.countDown();
    }

    // Once hashing is free the list finishes.
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
    while (enrolment.latestList(workshop.getId()).orElseThrow().statusAt(java.time.Instant.now())
        == ListJob.Status.RUNNING) {
      assertTrue(System.nanoTime() < deadline, "the list finishes");
      Thread.sleep(100); // polls the job's own state, as the page does
    }
    assertEquals(
        ListJob.Status.DONE,
        enrolment.latestList(workshop.getId()).orElseThrow().statusAt(java.time.Instant.now()));
    assertEquals(3, workshops.participantCount(workshop.getId()));
    assertEquals(3, enrolment.latestList(workshop.getId()).orElseThrow().getAccountsCreated());

    // The one-time passwords are shown once, to the trainer who started the list only.
    String colleagues = other.get(listPage).body();
    assertTrue(
        colleagues.contains("data-job-status=\"DONE\" data-job-done=\"3\""),
        "the other trainer sees that it finished");
    assertFalse(colleagues.contains("id=\"list-created\""), "but not the passwords");
    String result = starter.get(listPage).body();
    Matcher shown =
        Pattern.compile(
                "<td dir=\"ltr\">("
                    + Pattern.quote(prefix)
                    + "-\\d)</td><td>[^<]*</td><td><code dir=\"ltr\">([^<]+)</code>")
            .matcher(result);
    Map<String, String> passwords = new LinkedHashMap<>();
    while (shown.find()) {
      passwords.put(shown.group(1), shown.group(2));
    }
    assertEquals(
        Set.of(prefix + "-1", prefix + "-2", prefix + "-3"),
        passwords.keySet(),
        "the trainer who started it sees them");
    assertFalse(starter.get(listPage).body().contains("id=\"list-created\""), "once");
    HttpResponse<String> signIn =
        new WebClient(base).signIn(prefix + "-2", passwords.get(prefix + "-2"));
    assertEquals(302, signIn.statusCode(), "the password shown is the account's");
  }

  @Test
  void anInterruptedListLeavesWholeRowsAndRunningItAgainFinishesItWithFreshPasswords()
      throws Exception {
    Account trainer = account("it-ws-int-trainer", Role.TRAINER, Scope.NONE, "SN");
    Workshop workshop =
        workshops.create(
            trainer,
            details("Atelier de Ziguinchor", Workshop.Status.RUNNING, Set.of(trainer.getId())));
    StringBuilder list = new StringBuilder("username,display_name\n");
    for (int i = 1; i <= 12; i++) {
      list.append("it-ws-int-").append(i).append(",Participant ").append(i).append('\n');
    }
    // The password of the account that takes a row's username, hashed for real before every hashing
    // permit is held.
    org.rightsacademy.people.OneTimePassword takersPassword =
        org.rightsacademy.people.OneTimePassword.issue(capacity);
    int permits = capacity.concurrentHashes();
    java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(permits);
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    for (int i = 0; i < permits; i++) {
      Thread.ofPlatform()
          .daemon()
          .start(
              () ->
                  capacity.hashingInTurn(
                      () -> {
                        holding.countDown();
                        try {
                          return release.await(5, java.util.concurrent.TimeUnit.MINUTES);
                        } catch (InterruptedException e) {
                          return false;
                        }
                      }));
    }
    assertTrue(holding.await(1, java.util.concurrent.TimeUnit.MINUTES));
    ParticipantLists.Started first;
    try {
      first = lists.start(trainer, workshop.getId(), list.toString());
      // Someone takes the last row's username while the list waits: its second step will fail.
      accounts.createAll(
          List.of(
              Fixtures.person(
                  "it-ws-int-12", "Taken", "SN", Language.EN, Role.LEARNER, Scope.NONE)),
          List.of(takersPassword));
    } finally {
      release.countDown();
    }
    finished(first);
    ListJob stopped = enrolment.latestList(workshop.getId()).orElseThrow();
    assertEquals(ListJob.Status.INTERRUPTED, stopped.statusAt(java.time.Instant.now()));
    assertEquals(10, stopped.getRowsDone(), "the first step of ten rows is kept whole");
    assertEquals(
        10,
        workshops.participantCount(workshop.getId()),
        "and each of its accounts is a participant");
    assertTrue(accounts.findByUsername("it-ws-int-11").isEmpty(), "the failed step left nothing");
    List<AccountService.Created> lost =
        results.take(first.jobId(), trainer.getId(), java.time.Instant.now()).orElseThrow();
    assertEquals(10, lost.size());

    ParticipantLists.Started again = lists.start(trainer, workshop.getId(), list.toString());
    finished(again);
    assertEquals(
        ListJob.Status.DONE,
        enrolment.latestList(workshop.getId()).orElseThrow().statusAt(java.time.Instant.now()));
    assertEquals(12, workshops.participantCount(workshop.getId()), "everyone once");
    assertEquals(
        1,
        enrolment.latestList(workshop.getId()).orElseThrow().getAccountsCreated(),
        "only the row that was never created is created");
    List<AccountService.Created> handed =
        results.take(again.jobId(), trainer.getId(), java.time.Instant.now()).orElseThrow();
    assertEquals(
        11,
        handed.size(),
        "new one-time passwords for the ten whose first ones were lost, and one for the new account");
    String firstPassword =
        lost.stream()
            .filter(c -> c.username().equals("it-ws-int-1"))
            .findFirst()
            .orElseThrow()
            .oneTimePassword();
    String newPassword =
        handed.stream()
            .filter(c -> c.username().equals("it-ws-int-1"))
            .findFirst()
            .orElseThrow()
            .oneTimePassword();
    String hash = accounts.findByUsername("it-ws-int-1").orElseThrow().getPasswordHash();
    assertFalse(
        org.rightsacademy.people.PasswordHasher.verify(firstPassword, hash),
        "the lost password no longer opens the account");
    assertTrue(org.rightsacademy.people.PasswordHasher.verify(newPassword, hash));
  }

  // ---- statements per page: no query per row, whatever the number of rows ----

  /**
   * Page → the most SQL statements one request for it may run (measured with batch fetching of
   * roles and scope countries, plus a small margin): a query per row would exceed it at once.
   */
  static final Map<String, Integer> CEILINGS = new LinkedHashMap<>();

  static {
    CEILINGS.put(
        "account list (25 rows)",
        8); // 56 when each account read its roles and scope with two queries
    CEILINGS.put("workshop live grid (20 participants)", 16); // 55 then
    CEILINGS.put("coordinator dashboard", 9);
    CEILINGS.put("lesson page", 9);
  }

  @Test
  void eachPageRunsAFixedNumberOfStatementsHoweverManyRowsItShows() {
    // Its own people: an admin, a trainer with a workshop of twenty, a coordinator, a learner, and
    // 25 more.
    Account admin = account("it-sql-admin", Role.ADMIN, Scope.NONE);
    Account trainer = account("it-sql-trainer", Role.TRAINER, Scope.NONE);
    account("it-sql-coordinator", Role.COORDINATOR, Scope.of("SN", "JO"));
    Account learner = account("it-sql-learner", Role.LEARNER, Scope.NONE);
    Workshop workshop =
        workshops.create(
            trainer, details("Atelier de Louga", Workshop.Status.RUNNING, Set.of(trainer.getId())));
    OneTimePassword password = OneTimePassword.issue(capacity);
    List<AccountDraft> drafts = new ArrayList<>();
    for (int i = 1; i <= 25; i++) {
      if (accounts.findByUsername("it-sql-participant-" + i).isEmpty()) {
        drafts.add(
            Fixtures.person(
                "it-sql-participant-" + i,
                "Participant " + i,
                "SN",
                Language.FR,
                Role.LEARNER,
                Scope.NONE));
      }
    }
    accounts.createAll(drafts, drafts.stream().map(d -> password).toList());
    for (int i = 1; i <= 19; i++) { // and the learner: twenty
      long participant = accounts.findByUsername("it-sql-participant-" + i).orElseThrow().getId();
      workshops.join(workshop, participant, Participant.Via.TRAINER);
      if (i % 4 == 0) {
        progress.complete(participant, "sample", "basics/definition");
      }
    }
    workshops.join(workshop, learner.getId(), Participant.Via.TRAINER);
    assertTrue(
        directory.count(new AccountDirectory.Filter(null, null, null, null)) > 25,
        "more accounts than the list's page of 25");

    Map<String, Integer> measured = new LinkedHashMap<>();
    measured.put(
        "account list (25 rows)",
        statements(signedIn(admin.getUsername()), "admin/users.xhtml", "data-ri=\"24\""));
    measured.put(
        "workshop live grid (20 participants)",
        statements(
            signedIn(trainer.getUsername()),
            "teach/grid.xhtml?id=" + workshop.getId(),
            "data-participant=\"it-sql-participant-19\""));
    measured.put(
        "coordinator dashboard",
        statements(signedIn("it-sql-coordinator"), "coordinate/dashboard.xhtml", "id=\"filters\""));
    measured.put(
        "lesson page",
        statements(
            signedIn(learner.getUsername()),
            "learn/lesson.xhtml?code=sample&lesson=basics%2Fdefinition",
            "id=\"lesson\""));

    StringBuilder table =
        new StringBuilder("\n| Page | SQL statements | Ceiling |\n|---|---:|---:|\n");
    measured.forEach(
        (page, count) ->
            table.append(String.format("| %s | %d | %d |%n", page, count, CEILINGS.get(page))));
    System.out.println(table);
    for (Map.Entry<String, Integer> page : measured.entrySet()) {
      assertTrue(
          page.getValue() <= CEILINGS.get(page.getKey()),
          page.getKey() + " runs more statements than its ceiling:" + table);
    }
  }

  @Test
  void aListFilteredByOneRoleStillHasEveryRoleAndCountryOfEachAccount() {
    if (accounts.findByUsername("it-sql-two-roles").isEmpty()) {
      accounts.createAll(
          List.of(
              new AccountDraft(
                  "it-sql-two-roles",
                  "Two roles",
                  null,
                  "JO",
                  null,
                  null,
                  Language.AR,
                  EnumSet.of(Role.TRAINER, Role.COORDINATOR),
                  Scope.of("JO", "SN"))),
          List.of(OneTimePassword.issue(capacity)));
    }
    List<Account> found =
        directory.search(
            new AccountDirectory.Filter("it-sql-two", Role.COORDINATOR, null, null),
            0,
            25,
            null,
            true);
    assertEquals(List.of("it-sql-two-roles"), found.stream().map(Account::getUsername).toList());
    assertEquals(
        EnumSet.of(Role.TRAINER, Role.COORDINATOR),
        found.get(0).getRoles(),
        "read in a batch, not only the role filtered on");
    assertEquals(Set.of("JO", "SN"), found.get(0).getScope().countries());
    Account byName = accounts.findByUsername("it-sql-two-roles").orElseThrow();
    assertEquals(
        EnumSet.of(Role.TRAINER, Role.COORDINATOR), byName.getRoles(), "joined: each role once");
    assertEquals(Set.of("JO", "SN"), byName.getScope().countries());
  }

  /**
   * The statements one request for the page runs once it has been opened before (as a refresh
   * does).
   */
  private static int statements(WebClient browser, String page, String shown) {
    assertEquals(200, browser.get(page).statusCode(), page);
    HttpResponse<String> again = browser.get(page);
    assertEquals(200, again.statusCode(), page);
    assertTrue(again.body().contains(shown), () -> page + " shows " + shown + ": " + again.body());
    return StatementCount.of(page);
  }
}

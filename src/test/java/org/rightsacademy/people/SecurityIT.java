package org.rightsacademy.people;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.net.InetAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.platform.AuditEvent;
import org.rightsacademy.platform.AuditLog;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.SchemaMigration;
import org.rightsacademy.platform.WebClient;
import org.rightsacademy.platform.WithinOneMinute;
import org.rightsacademy.workshops.Participant;
import org.rightsacademy.workshops.Workshop;
import org.rightsacademy.workshops.WorkshopService;

/**
 * Who may open what, sign-in and its protections, and the account admin's work, against the shipped
 * WAR. Methods marked "in the server" prepare or inspect state through the same services the pages
 * use; the others are a browser without JavaScript.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  /** Test accounts: one per role ({@link #people()}). Passwords pass the policy. */
  static final String PASSWORD = "a long walk along the river";

  static final String LEARNER = "it-learner";
  static final String TRAINER = "it-trainer";
  static final String COORDINATOR = "it-coordinator";

  // Failsafe passes these to the test JVM as properties and to the server as RA_ADMIN_*.
  static final String ADMIN = setting("it.admin.user", "RA_ADMIN_USER");
  static final String ADMIN_PASSWORD = setting("it.admin.password", "RA_ADMIN_PASSWORD");

  private static String setting(String property, String environment) {
    String value = System.getProperty(property, System.getenv(environment));
    if (value == null) {
      throw new IllegalStateException(
          property + " / " + environment + " not set: run through `mvn verify`");
    }
    return value;
  }

  /** Page → the roles that may open it, comma-separated; "*" = any signed-in person. */
  static final Map<String, String> PROTECTED =
      Map.ofEntries(
          Map.entry("admin/users.xhtml", "ADMIN"),
          Map.entry("admin/user.xhtml", "ADMIN"),
          Map.entry("admin/import.xhtml", "ADMIN"),
          Map.entry("admin/audit.xhtml", "ADMIN"),
          Map.entry("teach/quizzes.xhtml", "TRAINER,COORDINATOR,ADMIN"),
          Map.entry("teach/quiz.xhtml?code=sample&quiz=basics", "TRAINER,COORDINATOR,ADMIN"),
          Map.entry("author/courses.xhtml", "TRAINER,ADMIN"),
          Map.entry("author/course.xhtml?code=sample", "TRAINER,ADMIN"),
          Map.entry(
              "author/lesson.xhtml?code=sample&lesson=basics/definition&lang=ar", "TRAINER,ADMIN"),
          Map.entry("author/translations.xhtml?code=sample", "TRAINER,ADMIN"),
          Map.entry("author/quiz.xhtml?code=sample&quiz=basics", "TRAINER,ADMIN"),
          Map.entry(
              "author/question.xhtml?code=sample&quiz=basics&q=match-rights", "TRAINER,ADMIN"),
          Map.entry("author/preview.xhtml?code=sample", "TRAINER,ADMIN"),
          Map.entry("author/export?code=sample", "TRAINER,ADMIN"),
          Map.entry("account/profile.xhtml", "*"),
          Map.entry("account/password.xhtml", "*"));

  static final List<String> PUBLIC = List.of("", "index.xhtml", "login.xhtml");

  @EJB private AccountService accounts;
  @EJB private AccountDirectory directory;
  @EJB private LoginService logins;
  @EJB private AuditLog audit;
  @EJB private WorkshopService workshops;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @ArquillianResource private URL base;

  // ---- fixtures -------------------------------------------------------------------------------

  /**
   * The learner, trainer and coordinator in Senegal, made unless they exist (through {@link
   * Fixtures}: in the server and on the client alike).
   */
  private void people() {
    for (Map.Entry<String, Role> person :
        Map.of(LEARNER, Role.LEARNER, TRAINER, Role.TRAINER, COORDINATOR, Role.COORDINATOR)
            .entrySet()) {
      Fixtures.account(
          base,
          new AccountDraft(
              person.getKey(),
              person.getKey(),
              null,
              "SN",
              null,
              null,
              Language.FR,
              EnumSet.of(person.getValue()),
              Scope.of("SN")),
          PASSWORD);
    }
  }

  private Account newAccount(String prefix, Role role) {
    return accounts.createWithPassword(
        new AccountDraft(
            prefix + "-" + UUID.randomUUID().toString().substring(0, 8),
            prefix,
            null,
            "SN",
            Institution.POLICE,
            null,
            Language.FR,
            EnumSet.of(role),
            Scope.of("SN")),
        PASSWORD,
        false);
  }

  @Test
  void theFirstAdminIsTheOneTheEnvironmentNames() {
    assertTrue(
        accounts.findByUsername(ADMIN).orElseThrow().hasRole(Role.ADMIN),
        "first admin from RA_ADMIN_USER");
  }

  // ---- the role matrix (client)
  // ------------------------------------------------------------------

  @Test
  @RunAsClient
  void anonymousVisitorsSeePublicPagesAndAreSentToSignInForTheRest() {
    WebClient anonymous = new WebClient(base);
    List<String> wrong = new ArrayList<>();
    for (String page : PUBLIC) {
      expect(anonymous.get(page), 200, null, page, wrong);
    }
    for (String page : PROTECTED.keySet()) {
      expect(anonymous.get(page), 302, "login.xhtml", page, wrong);
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  @RunAsClient
  void eachRoleOpensItsPagesAndGetsForbiddenElsewhere() {
    people();
    List<String> wrong = new ArrayList<>();
    for (String[] person :
        new String[][] {
          {LEARNER, "LEARNER"}, {TRAINER, "TRAINER"}, {COORDINATOR, "COORDINATOR"}, {ADMIN, "ADMIN"}
        }) {
      WebClient browser = new WebClient(base);
      String password = person[0].equals(ADMIN) ? ADMIN_PASSWORD : PASSWORD;
      HttpResponse<String> signIn = browser.signIn(person[0], password);
      assertEquals(302, signIn.statusCode(), person[0] + " signs in: " + signIn.body());
      for (Map.Entry<String, String> page : PROTECTED.entrySet()) {
        boolean allowed =
            page.getValue().equals("*") || List.of(page.getValue().split(",")).contains(person[1]);
        expect(
            browser.get(page.getKey()),
            allowed ? 200 : 403,
            null,
            person[0] + " " + page.getKey(),
            wrong);
      }
      for (String page : PUBLIC) {
        expect(browser.get(page), 200, null, person[0] + " " + page, wrong);
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static void expect(
      HttpResponse<String> response, int status, String location, String what, List<String> wrong) {
    String actualLocation = response.headers().firstValue("Location").orElse("");
    if (response.statusCode() != status
        || (location != null && !actualLocation.contains(location))) {
      wrong.add(what + " -> " + response.statusCode() + " " + actualLocation);
    }
  }

  @Test
  @RunAsClient
  void signingInGivesANewSessionIdAndSecureCookiesAndHeaders() {
    people();
    WebClient browser = new WebClient(base);
    HttpResponse<String> page = browser.get("login.xhtml");
    String before = browser.cookie("JSESSIONID");
    browser.signIn(LEARNER, PASSWORD);
    String after = browser.cookie("JSESSIONID");
    assertNotNull(before);
    assertNotEquals(before, after, "session id changes at sign-in");
    String setCookie = String.join(" | ", page.headers().allValues("Set-Cookie"));
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertAll(
        () -> assertTrue(setCookie.contains("HttpOnly"), setCookie),
        // Attribute values are case-insensitive (RFC 6265bis); Payara writes "lax".
        () ->
            assertTrue(
                setCookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), setCookie),
        () ->
            assertTrue(
                csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), csp),
        () ->
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse("")),
        () -> assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse("")));
  }

  @Test
  @RunAsClient
  void aSignInFormSentWhereItsSessionIsUnknownStillSignsIn() {
    // In a cluster the sign-in page may come from one node and the form go to another before the
    // page's fresh session has reached the data grid: to that node the session is unknown.
    people();
    WebClient.Form opened = new WebClient(base).open("login.xhtml", "login");
    Map<String, String> fields = Map.of("login:username", LEARNER, "login:password", PASSWORD);
    HttpResponse<String> elsewhere = new WebClient(base).submit(opened, fields, "login:submit");
    assertEquals(302, elsewhere.statusCode(), elsewhere.body());
    assertTrue(
        elsewhere.headers().firstValue("Location").orElse("").contains("index"),
        elsewhere.headers().toString());

    HttpResponse<String> foreign =
        new WebClient(base)
            .submit(opened, fields, "login:submit", "Origin", "https://elsewhere.example");
    assertEquals(403, foreign.statusCode(), "a sign-in form sent from another site's page");
  }

  @Test
  @RunAsClient
  void aWrongPasswordIsRefusedWithAMessageThatRevealsNothing() {
    people();
    WebClient browser = new WebClient(base);
    HttpResponse<String> wrongPassword = browser.signIn(TRAINER, "not the password at all");
    HttpResponse<String> noSuchUser =
        browser.signIn("nobody-" + UUID.randomUUID(), "not the password at all");
    assertEquals(200, wrongPassword.statusCode());
    assertTrue(
        wrongPassword.body().contains("The username or password is not right."),
        wrongPassword.body());
    assertTrue(noSuchUser.body().contains("The username or password is not right."));
  }

  // ---- lockout (in the server)
  // -------------------------------------------------------------------

  @Test
  void fiveFailuresFromOneAddressPauseThatAddressEvenWithTheRightPasswordButNoOther() {
    String username = "it-lock-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithPassword(
        new AccountDraft(
            username,
            "Locked Out",
            null,
            null,
            null,
            null,
            Language.EN,
            EnumSet.of(Role.LEARNER),
            Scope.NONE),
        PASSWORD,
        false);
    for (int i = 1; i <= 5; i++) {
      assertEquals(
          LoginResult.Outcome.INVALID,
          logins.authenticate(username, "wrong password " + i, "10.0.0.1").outcome());
    }
    assertEquals(
        LoginResult.Outcome.PAUSED, logins.authenticate(username, PASSWORD, "10.0.0.1").outcome());
    assertEquals(LoginService.LOCKOUT, audit.latest(LoginService.LOCKOUT, 1).get(0).getAction());
    assertEquals(username, audit.latest(LoginService.LOCKOUT, 1).get(0).getSubject());
    assertEquals(username, audit.latest(LoginService.LOGIN_REFUSED_LOCKED, 1).get(0).getSubject());
    assertEquals(
        LoginResult.Outcome.SUCCESS,
        logins.authenticate(username, PASSWORD, "10.0.0.9").outcome(),
        "the owner elsewhere");
  }

  @Test
  void unknownUsernamesArePausedTheSameWaySoPausesRevealNothing() {
    String nobody = "it-nobody-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 5; i++) {
      assertEquals(
          LoginResult.Outcome.INVALID,
          logins.authenticate(nobody, "guess " + i, "10.0.1.1").outcome());
    }
    assertEquals(
        LoginResult.Outcome.PAUSED, logins.authenticate(nobody, "guess", "10.0.1.1").outcome());
  }

  @Test
  void oneAddressIsCappedPerMinute() {
    WithinOneMinute.check(
        () -> {
          String address = "10.9." + (int) (Math.random() * 250) + ".1";
          LoginResult.Outcome last = null;
          for (int i = 0; i < 61 && last != LoginResult.Outcome.THROTTLED; i++) {
            // One username: after five checks the rest are paused without hashing, so 61 fit in a
            // minute on a busy machine.
            last = logins.authenticate("it-flood", "x", address).outcome();
          }
          assertEquals(LoginResult.Outcome.THROTTLED, last);
        });
  }

  @Test
  void aStrangerGuessingFromOneAddressDoesNotKeepTheOwnerOut() throws Exception {
    String owner = "it-owner-" + UUID.randomUUID().toString().substring(0, 8);
    accounts.createWithPassword(
        new AccountDraft(
            owner,
            "Owner",
            null,
            null,
            null,
            null,
            Language.EN,
            EnumSet.of(Role.LEARNER),
            Scope.NONE),
        PASSWORD,
        false);
    WebClient stranger = new WebClient(base, InetAddress.getByName("127.0.0.3"));
    AtomicInteger guesses = new AtomicInteger();
    AtomicBoolean strangerGotIn = new AtomicBoolean();
    AtomicBoolean ownerDone = new AtomicBoolean();
    CountDownLatch wellPastTheOldLimit = new CountDownLatch(1);
    Thread guessing =
        new Thread(
            () -> {
              // Wrong passwords, one after the other, until the owner is done (or the per-address
              // cap ends it).
              while (!ownerDone.get() && guesses.get() < 60) {
                HttpResponse<String> guess =
                    stranger.signIn(owner, "guess number " + guesses.get());
                strangerGotIn.compareAndSet(false, guess.statusCode() == 302);
                if (guesses.incrementAndGet() == 8) {
                  wellPastTheOldLimit.countDown();
                }
              }
            });
    guessing.start();
    try {
      assertTrue(
          wellPastTheOldLimit.await(5, TimeUnit.MINUTES), "the stranger's guesses are answered");
      HttpResponse<String> signIn =
          new WebClient(base, InetAddress.getByName("127.0.0.2")).signIn(owner, PASSWORD);
      assertEquals(
          302,
          signIn.statusCode(),
          () -> "the owner, from another address, at the first try: " + signIn.body());
    } finally {
      ownerDone.set(true);
      guessing.join();
    }
    assertFalse(strangerGotIn.get());
    HttpResponse<String> rightPasswordFromTheStranger = stranger.signIn(owner, PASSWORD);
    assertEquals(
        200,
        rightPasswordFromTheStranger.statusCode(),
        "the stranger's address stays paused, whatever it sends");
  }

  @Test
  void aTrainerLiftsThePauseOfTheirOwnParticipantAndNobodyElses() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Account trainer =
        accounts.createWithPassword(
            new AccountDraft(
                "it-lift-trainer-" + tag,
                "Trainer",
                null,
                "SN",
                null,
                null,
                Language.EN,
                EnumSet.of(Role.TRAINER),
                Scope.NONE),
            PASSWORD,
            false);
    Account otherTrainer =
        accounts.createWithPassword(
            new AccountDraft(
                "it-lift-other-" + tag,
                "Other trainer",
                null,
                "SN",
                null,
                null,
                Language.EN,
                EnumSet.of(Role.TRAINER),
                Scope.NONE),
            PASSWORD,
            false);
    Account coordinator =
        accounts.createWithPassword(
            new AccountDraft(
                "it-lift-coordinator-" + tag,
                "Coordinator",
                null,
                "SN",
                null,
                null,
                Language.EN,
                EnumSet.of(Role.COORDINATOR),
                Scope.of("SN")),
            PASSWORD,
            false);
    Account learner =
        accounts.createWithPassword(
            new AccountDraft(
                "it-lift-learner-" + tag,
                "Learner",
                null,
                "SN",
                null,
                null,
                Language.EN,
                EnumSet.of(Role.LEARNER),
                Scope.NONE),
            PASSWORD,
            false);
    Workshop workshop =
        workshops.create(
            trainer,
            new Workshop.Details(
                "Atelier " + tag,
                "SN",
                "Dakar",
                null,
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 8),
                Language.FR,
                20,
                Workshop.Status.RUNNING,
                false,
                Set.of("sample"),
                Set.of(trainer.getId())));
    workshops.join(workshop, learner.getId(), Participant.Via.TRAINER);
    String room = "10.0.2." + (int) (Math.random() * 250);
    for (int i = 0; i < 5; i++) {
      logins.authenticate(learner.getUsername(), "a wrong guess " + i, room);
    }
    assertTrue(logins.isHeld(learner.getUsername()));

    assertThrows(
        InvalidInputException.class,
        () -> logins.liftPause(otherTrainer, learner.getId()),
        "not their participant");
    assertThrows(
        InvalidInputException.class,
        () -> logins.liftPause(coordinator, learner.getId()),
        "coordinators only read");
    assertThrows(
        InvalidInputException.class,
        () -> logins.liftPause(trainer, otherTrainer.getId()),
        "not a learner of theirs");
    assertTrue(logins.isHeld(learner.getUsername()), "still paused after three refusals");
    assertEquals(
        LoginResult.Outcome.PAUSED,
        logins.authenticate(learner.getUsername(), PASSWORD, room).outcome());

    // The trainer presses the button beside the participant on the workshop page.
    WebClient trainerBrowser = new WebClient(base);
    assertEquals(302, trainerBrowser.signIn(trainer.getUsername(), PASSWORD).statusCode());
    String workshopPage = "teach/workshop.xhtml?id=" + workshop.getId();
    java.util.regex.Matcher liftForm =
        java.util.regex.Pattern.compile("<form id=\"([^\"]*:lift)\"")
            .matcher(trainerBrowser.get(workshopPage).body());
    assertTrue(liftForm.find(), "a lift button beside the paused participant");
    assertEquals(
        200,
        trainerBrowser
            .submit(workshopPage, liftForm.group(1), Map.of(), liftForm.group(1) + ":lift-pause")
            .statusCode());
    assertFalse(logins.isHeld(learner.getUsername()));
    assertEquals(
        learner.getUsername(), audit.latest(LoginService.PAUSE_LIFTED, 1).get(0).getSubject());
    assertEquals(
        trainer.getUsername(), audit.latest(LoginService.PAUSE_LIFTED, 1).get(0).getActor());
    assertEquals(
        LoginResult.Outcome.SUCCESS,
        logins.authenticate(learner.getUsername(), PASSWORD, room).outcome(),
        "from the room, at once");

    // Paused again; an admin lifts it from the account's page.
    for (int i = 0; i < 5; i++) {
      logins.authenticate(learner.getUsername(), "another wrong guess " + i, room);
    }
    assertTrue(logins.isHeld(learner.getUsername()));
    WebClient adminBrowser = new WebClient(base);
    assertEquals(302, adminBrowser.signIn(ADMIN, ADMIN_PASSWORD).statusCode());
    assertEquals(
        200,
        adminBrowser
            .submit("admin/user.xhtml?id=" + learner.getId(), "actions", Map.of(), "actions:lift")
            .statusCode());
    assertFalse(logins.isHeld(learner.getUsername()));
  }

  // ---- a deactivated account's live session ends
  // --------------------------------------------------

  /** In the server, to deactivate the account between two requests of its open session. */
  @Test
  void aDeactivatedAccountsOpenSessionStopsWorkingAtOnce() {
    Account leaver = newAccount("it-leaver", Role.LEARNER);
    WebClient browser = new WebClient(base);
    assertEquals(302, browser.signIn(leaver.getUsername(), PASSWORD).statusCode());
    assertEquals(200, browser.get("account/profile.xhtml").statusCode(), "signed in and working");

    accounts.deactivate(leaver.getId());

    HttpResponse<String> next = browser.get("account/profile.xhtml");
    assertEquals(302, next.statusCode());
    assertTrue(next.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    assertEquals(302, browser.get("account/profile.xhtml").statusCode(), "and stays signed out");
    assertEquals(
        200,
        new WebClient(base).signIn(leaver.getUsername(), PASSWORD).statusCode(),
        "signing in again is refused");
  }

  @Test
  void aResetPasswordReplacesTheOldOneAndMustBeChangedAtNextSignIn() {
    String username = "it-reset-" + UUID.randomUUID().toString().substring(0, 8);
    Account account =
        accounts.createWithPassword(
            new AccountDraft(
                username,
                "Reset Me",
                null,
                null,
                null,
                null,
                Language.RU,
                EnumSet.of(Role.LEARNER),
                Scope.NONE),
            PASSWORD,
            false);
    String oneTime = accounts.resetPassword(account.getId());
    assertEquals(
        LoginResult.Outcome.INVALID,
        logins.authenticate(username, PASSWORD, "10.0.2.1").outcome(),
        "the old password is gone");
    LoginResult withOneTime = logins.authenticate(username, oneTime, "10.0.2.1");
    assertEquals(LoginResult.Outcome.SUCCESS, withOneTime.outcome());
    assertTrue(withOneTime.account().isMustChangePassword());
    assertEquals(
        AccountService.PASSWORD_RESET,
        audit.latest(AccountService.PASSWORD_RESET, 1).get(0).getAction());
  }

  // ---- passwords at rest (in the server)
  // ------------------------------------------------------------

  @Test
  void everyStoredPasswordIsAPbkdf2HashWithTheRequiredIterations() throws SQLException {
    List<String> bad = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT username, password_hash FROM account")) {
      while (rows.next()) {
        String hash = rows.getString(2);
        if (PasswordHasher.iterationsOf(hash) < 310_000
            || hash.contains(PASSWORD)
            || hash.contains(ADMIN_PASSWORD)) {
          bad.add(rows.getString(1));
        }
      }
    }
    assertEquals(List.of(), bad);
  }

  // ---- CSV import (in the server)
  // -------------------------------------------------------------------

  @Test
  void aGoodFileImportsEveryRow() {
    String prefix = "csv" + UUID.randomUUID().toString().substring(0, 6);
    String csv =
        "username,display_name,country,institution,gender,language,roles,scope\n"
            + prefix
            + ".a,Aminata Sow,SN,gendarmerie,female,fr,learner,\n"
            + prefix
            + ".b,Сергей Петров,BY,border-immigration,male,ru,trainer,BY\n"
            + prefix
            + ".c,ليلى حداد,JO,judiciary,female,ar,learner|coordinator,JO\n";
    List<AccountService.Created> created = accounts.importAll(AccountCsv.parse(csv));
    assertEquals(3, created.size());
    Account layla = accounts.findByUsername(prefix + ".c").orElseThrow();
    assertEquals("ليلى حداد", layla.getDisplayName());
    assertEquals(EnumSet.of(Role.LEARNER, Role.COORDINATOR), layla.getRoles());
    assertTrue(layla.isMustChangePassword());
    assertTrue(PasswordHasher.verify(created.get(2).oneTimePassword(), layla.getPasswordHash()));
    assertFalse(audit.latest(AccountService.IMPORTED, 1).isEmpty());
  }

  @Test
  void aFileWithOneBadRowImportsNothingAndSaysWhere() {
    String prefix = "csv" + UUID.randomUUID().toString().substring(0, 6);
    String csv =
        "username,display_name,country,roles\n"
            + prefix
            + ".a,Good One,SN,learner\n"
            + prefix
            + ".b,Bad Country,XX,learner\n"
            + prefix
            + ".c,Good Two,JO,learner\n";
    long before = directory.count(new AccountDirectory.Filter(prefix, null, null, null));
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> accounts.importAll(AccountCsv.parse(csv)));
    assertEquals(
        List.of("row 3, country: problem.country (XX)"),
        refused.problems().stream().map(FieldProblem::toString).toList());
    assertEquals(before, directory.count(new AccountDirectory.Filter(prefix, null, null, null)));
    assertEquals(0, before);
  }

  @Test
  void aFileReusingAnExistingUsernameImportsNothing() {
    String existing = newAccount("it-existing", Role.LEARNER).getUsername();
    String csv =
        "username,display_name,roles\nbrand-new-"
            + UUID.randomUUID().toString().substring(0, 6)
            + ",New,learner\n"
            + existing
            + ",Again,learner\n";
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> accounts.importAll(AccountCsv.parse(csv)));
    assertEquals(
        List.of("row 3, username: problem.username_taken (" + existing + ")"),
        refused.problems().stream().map(FieldProblem::toString).toList());
  }

  @Test
  void signInsAreAudited() {
    String username = newAccount("it-audited", Role.LEARNER).getUsername();
    String address = "10.0.4." + (int) (Math.random() * 250);
    assertEquals(
        LoginResult.Outcome.INVALID,
        logins.authenticate(username, "not the password", address).outcome());
    assertEquals(
        LoginResult.Outcome.SUCCESS, logins.authenticate(username, PASSWORD, address).outcome());
    AuditEvent latest = audit.latest(LoginService.LOGIN_SUCCEEDED, 1).get(0);
    assertEquals(username, latest.getSubject());
    assertEquals(address, latest.getClientAddress());
    assertFalse(audit.latest(LoginService.LOGIN_FAILED, 1).isEmpty());
  }
}

package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.GradingService;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.assessment.RightAnswers;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.credentials.Certificate;
import org.rightsacademy.credentials.CertificateService;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.progress.Enrolment;
import org.rightsacademy.progress.ProgressService;
import org.rightsacademy.workshops.Participant;
import org.rightsacademy.workshops.ParticipantLists;
import org.rightsacademy.workshops.Workshop;
import org.rightsacademy.workshops.WorkshopService;

/**
 * Every page, servlet and REST resource of the deployed application that takes an object's id is
 * found from the application itself (view parameters of every page, request parameters read by the
 * beans a page uses, every {@code @WebServlet}, every JAX-RS method), and each must be known here:
 * probed with every identity outside the object's scope (not found, and no write lands), or listed
 * as public, open to every signed-in person, forbidden by web.xml to a role, or naming no object —
 * each with its reason. A new page that takes an id fails this test until someone says how its
 * scope is checked.
 *
 * <p>The data: two countries, Senegal and Jordan, each with a learner, a trainer, a coordinator, a
 * workshop the learner takes part in, a failed final test, a quiz in progress and a certificate,
 * all made through the application's own services.
 */
@ExtendWith(ArquillianExtension.class)
class ScopeIT {

  static final String PASSWORD = "every object in its own scope";
  static final String COURSE = "sample";

  @EJB private AccountService accounts;
  @EJB private WorkshopService workshops;
  @EJB private ParticipantLists lists;
  @EJB private AttemptService attempts;
  @EJB private GradingService grading;
  @EJB private ProgressService progress;
  @EJB private CertificateService certificates;
  @EJB private CourseCatalog catalog;
  @Inject private ServletContext application;

  @ArquillianResource private URL base;

  // ---------------------------------------------------------------- what the code takes

  /** Anyone, without signing in, by design. */
  static final Map<String, String> PUBLIC_BY_DESIGN =
      Map.of(
          "page /verify.xhtml ?code",
              "anyone checks a certificate's number (its QR code); the page states only what the certificate says",
          "rest GET /verify/{number}",
              "the address a certificate's QR code carries; the same as /verify.xhtml",
          "rest GET /verify ?code",
              "the verification page's form, which moves to the number's own address",
          "page /join.xhtml ?code",
              "a join code is handed out by the trainer; knowing it is the permission to register",
          "rest GET /credentials/keys.json",
              "the public keys that check signed credentials; no object of anyone's");

  /**
   * Parameters that name nothing that belongs to someone (or whose object is probed through another
   * parameter).
   */
  static final Map<String, String> NO_OWNED_OBJECT =
      Map.of(
          "page /learn/course.xhtml ?code",
              "a published course is open to every signed-in person; a learner's own progress is looked up by their account",
          "page /learn/lesson.xhtml ?code&lesson",
              "a published course's lesson, open to every signed-in person",
          "page /learn/quiz.xhtml ?code&quiz",
              "a published course's quiz; the attempt it starts or resumes is the signed-in learner's own",
          "servlet /learn/media/*",
              "a published course's pictures, to whoever sees that version's lessons (the current one, or the one they are enrolled in: LearnerView.mayShow); any other version is not found",
          "page /learn/join.xhtml ?code",
              "a join code handed out by the trainer; knowing it is the permission to join",
          "page /coordinate/certificates.xhtml ?q",
              "search text; CertificateService.visibleTo keeps the list to the coordinator's countries",
          "page /login.xhtml reads request parameters in LoginPage",
              "whether the session just ended, to say so",
          "page /learn/attempt.xhtml reads request parameters in AttemptPage",
              "the answers on the submitted form; the attempt is the page's ?id, probed below",
          "page /author/quiz.xhtml reads request parameters in QuizEditorPage",
              "the quiz settings typed on the form (values, no object named); the draft is the page's ?code, under web.xml's /author/* rule",
          "page /teach/essays.xhtml ?page",
              "a page number of the signed-in trainer's own grading queue; EssayGrading.queue keeps it to the essays of their workshops (EssayGradingIT: another country's trainer counts none)");

  /**
   * Roles that web.xml keeps out entirely (403 before any object is looked at), and who is probed
   * for it.
   */
  record Forbidden(String why, String path, Set<Who> outsiders) {}

  static final Set<Who> NOT_TRAINERS = EnumSet.of(Who.OTHER_LEARNER, Who.OTHER_COORDINATOR);
  static final Set<Who> NOT_ADMINS =
      EnumSet.of(
          Who.OTHER_LEARNER,
          Who.OTHER_TRAINER,
          Who.OTHER_COORDINATOR,
          Who.OWN_TRAINER,
          Who.OWN_COORDINATOR);

  static final Map<String, Forbidden> FORBIDDEN_BY_ROLE =
      Map.of(
          "page /admin/user.xhtml ?id",
              new Forbidden(
                  "accounts are the admin's alone (web.xml /admin/*)",
                  "admin/user.xhtml?id=%learner%",
                  NOT_ADMINS),
          "page /author/course.xhtml ?code&lang",
              new Forbidden(
                  "drafts are shared by every trainer and admin by design (web.xml /author/*)",
                  "author/course.xhtml?code=" + COURSE,
                  NOT_TRAINERS),
          "page /author/lesson.xhtml ?code&lang&lesson",
              new Forbidden(
                  "drafts are shared by trainers (web.xml /author/*)",
                  "author/lesson.xhtml?code=" + COURSE + "&lesson=basics/definition",
                  NOT_TRAINERS),
          "page /author/quiz.xhtml ?code&lang&quiz",
              new Forbidden(
                  "drafts are shared by trainers (web.xml /author/*)",
                  "author/quiz.xhtml?code=" + COURSE + "&quiz=basics",
                  NOT_TRAINERS),
          "page /author/question.xhtml ?code&lang&q&quiz&type",
              new Forbidden(
                  "drafts are shared by trainers (web.xml /author/*)",
                  "author/question.xhtml?code=" + COURSE + "&quiz=basics",
                  NOT_TRAINERS),
          "page /author/preview.xhtml ?code&lang&lesson&quiz",
              new Forbidden(
                  "drafts are shared by trainers (web.xml /author/*)",
                  "author/preview.xhtml?code=" + COURSE,
                  NOT_TRAINERS),
          "page /author/translations.xhtml ?code",
              new Forbidden(
                  "drafts are shared by trainers (web.xml /author/*)",
                  "author/translations.xhtml?code=" + COURSE,
                  NOT_TRAINERS),
          "servlet /author/export",
              new Forbidden(
                  "published packages are exported by trainers (web.xml /author/*)",
                  "author/export?code=" + COURSE,
                  NOT_TRAINERS));

  /** The pages and servlets of a draft's pictures and files, as drafts are: trainers' only. */
  static final Map<String, Forbidden> FORBIDDEN_BY_ROLE_DRAFTS =
      Map.of(
          "page /author/unreadable.xhtml ?code",
              new Forbidden(
                  "drafts are shared by trainers (web.xml /author/*)",
                  "author/unreadable.xhtml?code=" + COURSE,
                  NOT_TRAINERS),
          "servlet /author/media/*",
              new Forbidden(
                  "a draft's pictures are its editors', trainers and admins (web.xml /author/*); DraftService.image serves only a file of the named draft",
                  "author/media/" + COURSE + "/images/journey.svg",
                  NOT_TRAINERS),
          "servlet /author/draft-zip",
              new Forbidden(
                  "a draft's files are its editors' (web.xml /author/*)",
                  "author/draft-zip?code=" + COURSE,
                  NOT_TRAINERS));

  /** Who asks, seen from the country that owns the object. */
  enum Who {
    OTHER_LEARNER,
    OTHER_TRAINER,
    OTHER_COORDINATOR,
    OWN_TRAINER,
    OWN_COORDINATOR
  }

  /**
   * An endpoint that takes an object of one country: the address of that country's object, what
   * each identity outside its scope gets, text of the object that must not show, and the writes
   * tried (or why there are none).
   */
  record Scoped(
      Function<Side, String> path,
      Map<Who, Integer> expected,
      Function<Side, String> secret,
      String writes) {}

  static final Map<Who, Integer> TEACH =
      Map.of(Who.OTHER_LEARNER, 403, Who.OTHER_TRAINER, 404, Who.OTHER_COORDINATOR, 404);
  static final Map<Who, Integer> OWNER_ONLY =
      Map.of(
          Who.OTHER_LEARNER,
          404,
          Who.OTHER_TRAINER,
          404,
          Who.OTHER_COORDINATOR,
          404,
          Who.OWN_TRAINER,
          404,
          Who.OWN_COORDINATOR,
          404);

  static Map<String, Scoped> scoped() {
    Map<String, Scoped> all = new TreeMap<>();
    all.put(
        "page /teach/attempt.xhtml ?id",
        new Scoped(
            s -> "teach/attempt.xhtml?id=" + s.failedFinal(),
            TEACH,
            null,
            "changeScore by the other trainer and both coordinators, and the grade form posted with this id by the other trainer"));
    all.put(
        "page /teach/quiz.xhtml ?code&quiz",
        new Scoped(
            s -> "teach/quiz.xhtml?code=" + COURSE + "&quiz=final-test",
            Map.of(Who.OTHER_LEARNER, 403, Who.OTHER_TRAINER, 200, Who.OTHER_COORDINATOR, 200),
            Side::learnerName,
            "none: statistics and lists only"));
    all.put(
        "page /teach/transcript.xhtml ?account",
        new Scoped(
            s -> "teach/transcript.xhtml?account=" + s.learner(),
            TEACH,
            null,
            "none: a transcript only shows"));
    all.put(
        "servlet /teach/transcript.pdf",
        new Scoped(
            s -> "teach/transcript.pdf?account=" + s.learner(),
            TEACH,
            null,
            "none: a transcript only shows"));
    all.put(
        "page /teach/workshop.xhtml ?id",
        new Scoped(
            s -> "teach/workshop.xhtml?id=" + s.workshop(),
            TEACH,
            null,
            "update, renewCode, markAttendance and enrolList by the other trainer, update by the own coordinator"));
    all.put(
        "page /teach/grid.xhtml ?id&sort",
        new Scoped(
            s -> "teach/grid.xhtml?id=" + s.workshop(), TEACH, null, "none: the grid only shows"));
    all.put(
        "servlet /teach/poster",
        new Scoped(
            s -> "teach/poster?id=" + s.workshop(), TEACH, null, "none: a poster only shows"));
    all.put(
        "page /learn/attempt.xhtml ?id",
        new Scoped(
            s -> "learn/attempt.xhtml?id=" + s.openQuiz(),
            OWNER_ONLY,
            null,
            "save and submit by the other learner"));
    all.put(
        "page /learn/review.xhtml ?id",
        new Scoped(
            s -> "learn/review.xhtml?id=" + s.failedFinal(),
            OWNER_ONLY,
            null,
            "none: a review only shows"));
    all.put(
        "rest GET /api/attempts/{attempt}",
        new Scoped(s -> "api/attempts/" + s.openQuiz(), OWNER_ONLY, null, "none"));
    all.put(
        "rest PUT /api/attempts/{attempt}/answers/{position}",
        new Scoped(null, OWNER_ONLY, null, "a PUT of an answer by every outsider"));
    all.put(
        "rest POST /api/attempts/{attempt}/answers/{position}/check",
        new Scoped(null, OWNER_ONLY, null, "check by the other learner"));
    all.put(
        "page /coordinate/certificate.xhtml ?code",
        new Scoped(
            s -> "coordinate/certificate.xhtml?code=" + s.certificate(),
            Map.of(Who.OTHER_LEARNER, 403, Who.OTHER_TRAINER, 403, Who.OTHER_COORDINATOR, 404),
            null,
            "revoke and reissue by the other coordinator"));
    all.put(
        "servlet /learn/certificate",
        new Scoped(
            s -> "learn/certificate?code=" + s.certificate(),
            Map.of(
                Who.OTHER_LEARNER,
                404,
                Who.OTHER_TRAINER,
                404,
                Who.OTHER_COORDINATOR,
                404,
                Who.OWN_TRAINER,
                404),
            null,
            "none: a download"));
    all.put(
        "servlet /learn/credential",
        new Scoped(
            s -> "learn/credential?code=" + s.certificate(),
            Map.of(
                Who.OTHER_LEARNER,
                404,
                Who.OTHER_TRAINER,
                404,
                Who.OTHER_COORDINATOR,
                404,
                Who.OWN_TRAINER,
                404),
            null,
            "none: a download"));
    return all;
  }

  @Test
  void everyEndpointThatTakesAnIdIsKnownToThisTest() {
    Set<String> discovered = discover();
    Set<String> known = new TreeSet<>();
    known.addAll(PUBLIC_BY_DESIGN.keySet());
    known.addAll(NO_OWNED_OBJECT.keySet());
    known.addAll(FORBIDDEN_BY_ROLE.keySet());
    known.addAll(FORBIDDEN_BY_ROLE_DRAFTS.keySet());
    known.addAll(scoped().keySet());
    List<String> problems = new ArrayList<>();
    discovered.stream()
        .filter(e -> !known.contains(e))
        .forEach(
            e ->
                problems.add(
                    "new endpoint \""
                        + e
                        + "\": add it to ScopeIT.scoped() with the "
                        + "address of an object of each country and what each identity outside its scope gets (404), and the writes it allows; "
                        + "or, with the reason, to PUBLIC_BY_DESIGN, NO_OWNED_OBJECT or FORBIDDEN_BY_ROLE"));
    known.stream()
        .filter(e -> !discovered.contains(e))
        .forEach(
            e ->
                problems.add(
                    "\""
                        + e
                        + "\" is listed in ScopeIT but no longer in the code: remove or rename it"));
    assertTrue(
        problems.isEmpty(), String.join("\n", problems) + "\n(discovered: " + discovered + ")");
  }

  @Test
  void everyoneOutsideAnObjectsScopeFindsNothing() {
    Fixture f = fixture();
    List<String> failures = new ArrayList<>();
    scoped()
        .forEach(
            (key, probe) -> {
              if (probe.path() == null) {
                return;
              }
              for (Side side : f.sides()) {
                String path = probe.path().apply(side);
                probe
                    .expected()
                    .forEach(
                        (who, status) -> {
                          HttpResponse<String> response = client(f.identity(side, who)).get(path);
                          if (response.statusCode() != status) {
                            failures.add(
                                key
                                    + ": "
                                    + who
                                    + " of "
                                    + side.country()
                                    + "'s object got "
                                    + response.statusCode()
                                    + ", expected "
                                    + status
                                    + " ("
                                    + path
                                    + ")");
                          }
                          if (probe.secret() != null
                              && response.body().contains(probe.secret().apply(side))) {
                            failures.add(
                                key
                                    + ": "
                                    + who
                                    + " of "
                                    + side.country()
                                    + "'s object sees \""
                                    + probe.secret().apply(side)
                                    + "\" ("
                                    + path
                                    + ")");
                          }
                        });
              }
            });
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theRestAnswersOfAnotherPersonsAttemptAreNotFoundAndStayAsTheyWere() {
    Fixture f = fixture();
    for (Side side : f.sides()) {
      List<String> before = answers(side.openQuiz());
      for (Who who : OWNER_ONLY.keySet()) {
        WebClient client = client(f.identity(side, who));
        assertEquals(
            404,
            client
                .putJson(
                    "api/attempts/" + side.openQuiz() + "/answers/1",
                    "{\"seq\": 999, \"answer\": \"nationals\"}")
                .statusCode(),
            who + " saves");
        assertEquals(
            404,
            client
                .postJson(
                    "api/attempts/" + side.openQuiz() + "/answers/1/check",
                    "{\"seq\": 999, \"answer\": \"nationals\", \"lang\": \"en\"}")
                .statusCode(),
            who + " checks");
      }
      Account stranger = f.other(side).account("learner");
      assertThrows(
          Exception.class,
          () -> attempts.save(stranger.getId(), side.openQuiz(), 1, 1000, "nationals"));
      assertThrows(
          Exception.class, () -> attempts.submit(stranger.getId(), side.openQuiz(), Map.of()));
      assertEquals(
          before, answers(side.openQuiz()), "nothing stored in " + side.country() + "'s attempt");
      assertFalse(
          attempts.attempt(side.learner(), side.openQuiz()).isSubmitted(),
          "nobody else submitted it");
    }
  }

  @Test
  void noWriteOnAnotherCountrysWorkshopOrCertificateLands() {
    Fixture f = fixture();
    for (Side side : f.sides()) {
      Side other = f.other(side);
      Workshop workshop = workshops.find(side.workshop()).orElseThrow();
      Workshop.Details details = workshop.details();
      Workshop.Details renamed =
          new Workshop.Details(
              "Taken over",
              details.country(),
              details.city(),
              details.venue(),
              details.startsOn(),
              details.endsOn(),
              details.language(),
              details.expectedParticipants(),
              details.status(),
              details.attendanceRequired(),
              details.courses(),
              Set.of(other.account("trainer").getId()));
      assertThrows(
          Exception.class,
          () ->
              workshops.update(
                  other.account("trainer"), side.workshop(), workshop.getVersion(), renamed),
          "the other trainer edits");
      assertThrows(
          Exception.class,
          () ->
              workshops.update(
                  side.account("coordinator"), side.workshop(), workshop.getVersion(), renamed),
          "coordinators do not edit workshops");
      assertThrows(
          Exception.class, () -> workshops.renewCode(other.account("trainer"), side.workshop()));
      assertThrows(
          Exception.class,
          () ->
              workshops.markAttendance(
                  other.account("trainer"),
                  side.workshop(),
                  Set.of(side.learner() + ":" + details.startsOn())));
      assertThrows(
          Exception.class,
          () ->
              lists.start(
                  other.account("trainer"),
                  side.workshop(),
                  AccountDraft.USERNAME
                      + ","
                      + AccountDraft.DISPLAY_NAME
                      + "\nit-scope-intruder,Intruder\n"));
      Workshop after = workshops.find(side.workshop()).orElseThrow();
      assertEquals(workshop.getVersion(), after.getVersion(), "the workshop is unchanged");
      assertEquals(workshop.getJoinCode(), after.getJoinCode());
      assertEquals(workshop.getTitle(), after.getTitle());
      assertTrue(workshops.attendance(side.workshop()).isEmpty(), "no attendance marked");
      assertEquals(1, workshops.participantCount(side.workshop()), "nobody enrolled");

      assertThrows(
          Exception.class,
          () ->
              certificates.revoke(other.account("coordinator"), side.certificate(), "taken over"));
      assertThrows(
          Exception.class,
          () ->
              certificates.reissue(other.account("coordinator"), side.certificate(), "taken over"));
      Certificate certificate = certificates.find(side.certificate()).orElseThrow();
      assertFalse(certificate.isRevoked(), "the certificate stands");
      assertEquals(1, certificates.issuedTo(side.learner()).size(), "and no other was issued");
    }
  }

  @Test
  void rolesThatWebXmlKeepsOutAreForbidden() {
    Fixture f = fixture();
    List<String> failures = new ArrayList<>();
    Map<String, Forbidden> forbidden = new java.util.TreeMap<>(FORBIDDEN_BY_ROLE);
    forbidden.putAll(FORBIDDEN_BY_ROLE_DRAFTS);
    forbidden.forEach(
        (key, rule) -> {
          for (Side side : f.sides()) {
            String path = rule.path().replace("%learner%", String.valueOf(side.learner()));
            for (Who who : rule.outsiders()) {
              int status = client(f.identity(side, who)).get(path).statusCode();
              if (status != 403) {
                failures.add(
                    key + ": " + who + " got " + status + ", expected 403 (" + rule.why() + ")");
              }
            }
          }
        });
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void publicEndpointsAnswerWithoutSigningIn() {
    Fixture f = fixture();
    WebClient anonymous = new WebClient(base);
    Map<String, String> paths =
        Map.of(
            "page /verify.xhtml ?code", "verify.xhtml?code=" + f.sn().certificate(),
            "rest GET /verify/{number}", "verify/" + f.sn().certificate(),
            "rest GET /verify ?code", "verify?code=",
            "page /join.xhtml ?code",
                "join.xhtml?code=" + workshops.find(f.sn().workshop()).orElseThrow().getJoinCode(),
            "rest GET /credentials/keys.json", "credentials/keys.json");
    assertEquals(PUBLIC_BY_DESIGN.keySet(), paths.keySet(), "every public endpoint is tried");
    paths.forEach((key, path) -> assertEquals(200, anonymous.get(path).statusCode(), key));
  }

  // ---------------------------------------------------------------- finding 1: grading

  @Test
  void jordansCoordinatorCannotOpenOrRegradeASenegalLearnersAttempt() {
    Fixture f = fixture();
    Side sn = f.sn();
    HttpResponse<String> page =
        client(f.jo().account("coordinator")).get("teach/attempt.xhtml?id=" + sn.failedFinal());
    assertEquals(404, page.statusCode());
    assertFalse(page.body().contains(sn.learnerName()), "not even her name");
    assertThrows(
        Exception.class,
        () ->
            grading.changeScore(
                f.jo().account("coordinator"), sn.failedFinal(), 1, 100, "taken over"));
    assertThrows(
        Exception.class,
        () ->
            grading.changeScore(
                sn.account("coordinator"), sn.failedFinal(), 1, 100, "coordinators read"));
    assertEquals(
        0.0,
        attempts.attempt(sn.learner(), sn.failedFinal()).getPercent(),
        "her final is as it was");

    HttpResponse<String> own =
        client(sn.account("coordinator")).get("teach/attempt.xhtml?id=" + sn.failedFinal());
    assertEquals(200, own.statusCode(), "Senegal's coordinator reads it");
    assertTrue(own.body().contains(sn.learnerName()));
    assertFalse(
        own.body().contains("id=\"grade\""),
        "but has no grade form: coordinators never change scores");
  }

  @Test
  void senegalsTrainerCannotChangeAJordanLearnersFinal() {
    Fixture f = fixture();
    Side sn = f.sn();
    Side jo = f.jo();
    WebClient trainer = client(sn.account("trainer"));
    assertEquals(404, trainer.get("teach/attempt.xhtml?id=" + jo.failedFinal()).statusCode());
    // The grade form of an attempt he may grade, posted with the Jordan attempt's id in the
    // address:
    // the post acts on the attempt the page was opened for, never on the id that comes with it.
    long mine = freshFailedAttempt(sn);
    WebClient.Form own = trainer.open("teach/attempt.xhtml?id=" + mine, "grade");
    WebClient.Form redirected =
        new WebClient.Form(
            own.path(),
            own.formId(),
            own.page().replace("?id=" + mine + "\"", "?id=" + jo.failedFinal() + "\""));
    assertFalse(
        redirected.page().equals(own.page()),
        "the form's address now names the Jordan learner's attempt");
    Map<String, String> fields =
        Map.of("grade:position", "1", "grade:percent", "100", "grade:reason", "taken over");
    for (int i = 0; i < 8; i++) {
      HttpResponse<String> posted = trainer.submit(redirected, fields, "grade:change");
      assertFalse(
          posted.body().contains(jo.learnerName()),
          () -> "nothing of the Jordan learner shows: " + excerpt(posted.body()));
    }
    assertThrows(
        Exception.class,
        () -> grading.changeScore(sn.account("trainer"), jo.failedFinal(), 1, 100, "taken over"));
    QuizAttempt after = attempts.attempt(jo.learner(), jo.failedFinal());
    assertEquals(0.0, after.getPercent(), "her final stays at 0 %");
    assertFalse(after.isPassed());
    assertTrue(
        attempts.items(jo.failedFinal()).stream().allMatch(i -> i.getScore().orElse(0.0) == 0.0),
        "every question as graded");
  }

  @Test
  void aTrainerChangesTheScoreOfHisOwnParticipant() {
    Fixture f = fixture();
    Side sn = f.sn();
    long fresh = freshFailedAttempt(sn);
    HttpResponse<String> changed =
        client(sn.account("trainer"))
            .submit(
                "teach/attempt.xhtml?id=" + fresh,
                "grade",
                Map.of(
                    "grade:position",
                    "1",
                    "grade:percent",
                    "100",
                    "grade:reason",
                    "worded differently, but right"),
                "grade:change");
    assertEquals(200, changed.statusCode());
    assertTrue(
        attempts.attempt(sn.learner(), fresh).getPercent() > 0, "the trainer of her workshop may");
  }

  @Test
  void quizResultsCountAndListOnlyTheLearnersInScope() {
    Fixture f = fixture();
    for (Side side : f.sides()) {
      Side other = f.other(side);
      for (String role : List.of("trainer", "coordinator")) {
        HttpResponse<String> results =
            client(side.account(role)).get("teach/quiz.xhtml?code=" + COURSE + "&quiz=final-test");
        assertEquals(200, results.statusCode());
        assertTrue(
            results.body().contains(side.learnerName()),
            side.country() + "'s " + role + " sees " + side.learnerName());
        assertFalse(
            results.body().contains(other.learnerName()),
            side.country() + "'s " + role + " does not see " + other.learnerName());
      }
      Account trainer = side.account("trainer");
      List<Long> mine =
          attempts.attempts(side.learner(), COURSE, "final-test").stream()
              .filter(QuizAttempt::isSubmitted)
              .map(QuizAttempt::getId)
              .toList();
      assertEquals(
          mine.size(),
          grading.countSubmitted(trainer, COURSE, "final-test"),
          "the trainer counts his one participant's attempts");
      assertEquals(
          (long) mine.size(), grading.submittedCounts(trainer).get(COURSE + "/final-test"));
      assertTrue(
          grading.observations(trainer, COURSE, "final-test").stream()
              .allMatch(o -> mine.contains(o.attemptId())),
          "item statistics over his participants only");
      assertTrue(
          grading.submitted(trainer, COURSE, "final-test", 0, 100).stream()
              .allMatch(a -> a.getAccountId() == side.learner()));
      Account coordinator = side.account("coordinator");
      assertTrue(
          grading.submitted(coordinator, COURSE, "final-test", 0, 1000).stream()
              .noneMatch(a -> a.getAccountId() == other.learner()),
          side.country() + "'s coordinator lists no attempt of " + other.country());
      HttpResponse<String> overview = client(trainer).get("teach/quizzes.xhtml");
      assertEquals(200, overview.statusCode());
      assertTrue(
          overview.body().contains("quiz=final-test"), "the overview links each quiz by its id");
    }
  }

  // ---------------------------------------------------------------- the data

  /** One country's people and objects. */
  record Side(
      String country,
      Map<String, Account> people,
      long learner,
      String learnerName,
      long workshop,
      long failedFinal,
      long openQuiz,
      String certificate) {
    Account account(String role) {
      return people.get(role);
    }
  }

  record Fixture(Side sn, Side jo) {
    List<Side> sides() {
      return List.of(sn, jo);
    }

    Side other(Side side) {
      return side == sn ? jo : sn;
    }

    Account identity(Side owner, Who who) {
      return switch (who) {
        case OTHER_LEARNER -> other(owner).account("learner");
        case OTHER_TRAINER -> other(owner).account("trainer");
        case OTHER_COORDINATOR -> other(owner).account("coordinator");
        case OWN_TRAINER -> owner.account("trainer");
        case OWN_COORDINATOR -> owner.account("coordinator");
      };
    }
  }

  private static Fixture fixture;
  private static final Map<String, WebClient> CLIENTS = new ConcurrentHashMap<>();

  private synchronized Fixture fixture() {
    if (fixture == null) {
      fixture = new Fixture(side("SN", "Awa Senegal-Scope"), side("JO", "Leila Jordan-Scope"));
    }
    return fixture;
  }

  private Side side(String country, String learnerName) {
    String c = country.toLowerCase(Locale.ROOT);
    Map<String, Account> people = new HashMap<>();
    people.put(
        "learner",
        account("it-scope-learner-" + c, learnerName, country, Role.LEARNER, Scope.NONE));
    people.put(
        "trainer",
        account("it-scope-trainer-" + c, "Trainer " + country, country, Role.TRAINER, Scope.NONE));
    people.put(
        "coordinator",
        account(
            "it-scope-coordinator-" + c,
            "Coordinator " + country,
            country,
            Role.COORDINATOR,
            Scope.of(country)));
    Account learner = people.get("learner");
    Account trainer = people.get("trainer");
    String title = "Scope workshop " + country;
    Workshop workshop = Fixtures.workshop(workshops, trainer, title, country, COURSE);
    workshops.join(workshop, learner.getId(), Participant.Via.TRAINER);
    long version = catalog.latest(COURSE).orElseThrow().versionId();
    QuizAttempt failed =
        attempts.attempts(learner.getId(), COURSE, "final-test").stream()
            .filter(a -> a.isSubmitted() && !a.isPassed())
            .findFirst()
            .orElseGet(
                () ->
                    attempts.submit(
                        learner.getId(),
                        attempts
                            .start(learner.getId(), COURSE, version, "final-test", Language.EN)
                            .getId(),
                        Map.of()));
    if (certificates.issuedTo(learner.getId()).isEmpty()) {
      Enrolment enrolment = progress.find(learner.getId(), COURSE).orElseThrow();
      progress.complete(learner.getId(), COURSE, "basics/definition");
      progress.complete(learner.getId(), COURSE, "basics/categories");
      pass(learner.getId(), enrolment.getCourseVersionId(), "basics");
      pass(learner.getId(), enrolment.getCourseVersionId(), "final-test");
    }
    String certificate = certificates.issuedTo(learner.getId()).getFirst().getCode();
    QuizAttempt open = attempts.start(learner.getId(), COURSE, version, "basics", Language.EN);
    assertFalse(open.isSubmitted());
    return new Side(
        country,
        people,
        learner.getId(),
        learnerName,
        workshop.getId(),
        failed.getId(),
        open.getId(),
        certificate);
  }

  /**
   * A new pre-test attempt the learner submits without answers: 0 %. The pre-test, not the final
   * test, whose attempts are limited (the fixture has used two already).
   */
  private long freshFailedAttempt(Side side) {
    QuizAttempt started =
        attempts.start(
            side.learner(),
            COURSE,
            catalog.latest(COURSE).orElseThrow().versionId(),
            "pre-test",
            Language.EN);
    return attempts.submit(side.learner(), started.getId(), Map.of()).getId();
  }

  private void pass(long learner, long version, String quiz) {
    QuizAttempt attempt = attempts.start(learner, COURSE, version, quiz, Language.EN);
    RightAnswers.answerAll(attempts, learner, attempt);
    attempts.submit(learner, attempt.getId(), Map.of());
  }

  private Account account(String username, String name, String country, Role role, Scope scope) {
    return Fixtures.account(
        accounts, Fixtures.person(username, name, country, Language.EN, role, scope), PASSWORD);
  }

  private WebClient client(Account account) {
    return CLIENTS.computeIfAbsent(
        account.getUsername(),
        username -> {
          WebClient client = new WebClient(base);
          HttpResponse<String> signIn = client.signIn(username, PASSWORD);
          assertEquals(302, signIn.statusCode(), () -> username + " signs in: " + signIn.body());
          return client;
        });
  }

  private static String excerpt(String page) {
    Matcher main =
        Pattern.compile("(?s)<h1>.*?</h1>|<form id=\"grade\"[^>]*>|class=\"notice[^\"]*\">[^<]*")
            .matcher(page);
    StringBuilder found = new StringBuilder();
    while (main.find()) {
      found.append(main.group()).append(" | ");
    }
    return found.toString();
  }

  private List<String> answers(long attemptId) {
    return attempts.items(attemptId).stream()
        .map(i -> i.getPosition() + ":" + i.getSeq() + ":" + i.getResponse().orElse(""))
        .toList();
  }

  // ---------------------------------------------------------------- discovery

  private static final Pattern VIEW_PARAM = Pattern.compile("<(?:f|o):viewParam\\b([^>]*)>");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");

  /**
   * Every endpoint of the deployed application that takes a parameter, as "page|servlet|rest ...".
   */
  private Set<String> discover() {
    Set<String> endpoints = new TreeSet<>();
    Map<String, String> readersOfParameters = new TreeMap<>();
    String applicationPath = "";
    List<Class<?>> types = new ArrayList<>();
    for (String resource : resources("/WEB-INF/classes/")) {
      if (!resource.endsWith(".class") || resource.contains("$")) {
        continue;
      }
      String name =
          resource
              .substring("/WEB-INF/classes/".length(), resource.length() - ".class".length())
              .replace('/', '.');
      if (!name.startsWith("org.rightsacademy.")) {
        continue;
      }
      try {
        types.add(Class.forName(name, false, Thread.currentThread().getContextClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        throw new AssertionError("cannot load " + name, e);
      }
    }
    // Each JAX-RS application names its resources; one that names none would take them all.
    Map<Class<?>, String> applicationPaths = new HashMap<>();
    for (Class<?> type : types) {
      if (type.isAnnotationPresent(ApplicationPath.class)) {
        String at = type.getAnnotation(ApplicationPath.class).value().replaceAll("^/|/$", "");
        Set<Class<?>> named;
        try {
          named = ((Application) type.getDeclaredConstructor().newInstance()).getClasses();
        } catch (ReflectiveOperationException e) {
          throw new AssertionError("cannot ask " + type.getName() + " for its classes", e);
        }
        if (named.isEmpty()) {
          applicationPath = at;
        }
        named.forEach(c -> applicationPaths.put(c, at));
      }
    }
    for (Class<?> type : types) {
      WebServlet servlet = type.getAnnotation(WebServlet.class);
      if (servlet != null) {
        Stream.concat(Stream.of(servlet.value()), Stream.of(servlet.urlPatterns()))
            .forEach(p -> endpoints.add("servlet " + p));
      }
      Path path = type.getAnnotation(Path.class);
      if (path != null) {
        for (Method method : type.getMethods()) {
          String verb =
              Stream.of(method.getAnnotations())
                  .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                  .filter(h -> h != null)
                  .map(HttpMethod::value)
                  .findFirst()
                  .orElse(null);
          if (verb != null) {
            String address =
                Stream.of(
                        applicationPaths.getOrDefault(type, applicationPath),
                        path.value(),
                        method.isAnnotationPresent(Path.class)
                            ? method.getAnnotation(Path.class).value()
                            : "")
                    .map(segment -> segment.replaceAll("^/|/$", ""))
                    .filter(segment -> !segment.isEmpty())
                    .collect(Collectors.joining("/", "/", ""))
                    // {number: .+} is the parameter {number}
                    .replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
            List<String> query =
                Stream.of(method.getParameters())
                    .filter(p -> p.isAnnotationPresent(QueryParam.class))
                    .map(p -> p.getAnnotation(QueryParam.class).value())
                    .sorted()
                    .toList();
            endpoints.add(
                "rest "
                    + verb
                    + " "
                    + address
                    + (query.isEmpty() ? "" : " ?" + String.join("&", query)));
          }
        }
      }
      Named named = type.getAnnotation(Named.class);
      if (named != null && readsRequestParameters(type)) {
        String bean =
            named.value().isEmpty()
                ? Character.toLowerCase(type.getSimpleName().charAt(0))
                    + type.getSimpleName().substring(1)
                : named.value();
        readersOfParameters.put(bean, type.getSimpleName());
      }
    }
    for (String page : resources("/")) {
      if (!page.endsWith(".xhtml")) {
        continue;
      }
      String text = read(page);
      Set<String> parameters = new TreeSet<>();
      Matcher param = VIEW_PARAM.matcher(text);
      while (param.find()) {
        Matcher name = NAME.matcher(param.group(1));
        if (name.find()) {
          parameters.add(name.group(1));
        }
      }
      if (!parameters.isEmpty()) {
        endpoints.add("page " + page + " ?" + String.join("&", parameters));
      }
      if (text.contains("#{param") || text.contains("#{paramValues")) {
        endpoints.add("page " + page + " reads request parameters in #{param}");
      }
      readersOfParameters.forEach(
          (bean, type) -> {
            if (text.contains("#{" + bean + ".")) {
              endpoints.add("page " + page + " reads request parameters in " + type);
            }
          });
    }
    return endpoints;
  }

  /**
   * Whether the class's code calls a request-parameter getter (read from its bytes, as compiled).
   */
  private boolean readsRequestParameters(Class<?> type) {
    String bytes = read("/WEB-INF/classes/" + type.getName().replace('.', '/') + ".class");
    return bytes.contains("getRequestParameter") || bytes.contains("getParameter");
  }

  private Set<String> resources(String folder) {
    Set<String> all = new TreeSet<>();
    Set<String> here = application.getResourcePaths(folder);
    if (here == null) {
      return all;
    }
    for (String path : here) {
      if (path.endsWith("/")) {
        all.addAll(resources(path));
      } else {
        all.add(path);
      }
    }
    return all;
  }

  private String read(String resource) {
    try (InputStream in = application.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.AuditLog;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;
import org.rightsacademy.progress.CompletionTracker;
import org.rightsacademy.progress.ProgressService;
import org.rightsacademy.workshops.Participant;
import org.rightsacademy.workshops.Workshop;
import org.rightsacademy.workshops.WorkshopService;

/**
 * Essays and numbers in a real attempt, on a course of their own ({@code open-answers}: a module
 * quiz with two numerical questions and an essay): the attempt awaits a trainer and counts for
 * nothing; only a trainer of the learner's workshop finds and grades the essay (a trainer of
 * another country's workshop, the learner, a coordinator of the learner's own country: not found,
 * also for a forged attempt or answer); the grade completes the course.
 */
@ExtendWith(ArquillianExtension.class)
class EssayGradingIT {

  static final String COURSE = "open-answers";

  @EJB private AttemptService attempts;
  @EJB private EssayGrading essays;
  @EJB private GradingService grading;
  @EJB private AccountService accounts;
  @EJB private CourseCatalog catalog;
  @EJB private WorkshopService workshops;
  @EJB private ProgressService progress;
  @EJB private CompletionTracker completions;
  @EJB private AuditLog audit;
  @Inject private GradedEvents events;

  private long version() {
    Path packages =
        CourseCatalog.folders(System.getenv("RA_COURSES_DIR")).stream()
            .filter(folder -> folder.endsWith(Path.of("src", "test", "resources", "packages")))
            .findFirst()
            .orElseThrow();
    CourseCatalog.LoadReport report =
        catalog.load(
            PackageFiles.fromFolder(packages.getParent().resolve(COURSE)), "EssayGradingIT");
    assertTrue(
        report.outcome() != CourseCatalog.LoadReport.Outcome.REJECTED,
        report.problems().toString());
    return catalog.latest(COURSE).orElseThrow().versionId();
  }

  private Account account(String username, String country, Role role, Scope scope) {
    return Fixtures.account(
        accounts,
        Fixtures.person(username, "Essay " + username, country, Language.EN, role, scope),
        "essay grading integration test");
  }

  private Workshop workshop(Account trainer, String country, String title) {
    return Fixtures.workshop(workshops, trainer, title, country, COURSE);
  }

  private static AttemptException.Reason refusal(Executable call) {
    Throwable thrown = assertThrows(Throwable.class, call);
    Throwable cause =
        thrown instanceof EJBException e && e.getCause() != null ? e.getCause() : thrown;
    return ((AttemptException) cause).reason();
  }

  /**
   * For {@link EssayBrowserIT}: per language (English, Arabic) a learner enrolled in the course and
   * a trainer of their workshop, both with {@link EssayBrowserIT#PASSWORD}. Made once.
   */
  void browserData() {
    version();
    for (Language language : List.of(Language.EN, Language.AR)) {
      String l = language.code();
      Account learner = person(EssayBrowserIT.learner(language), language, Role.LEARNER);
      Account trainer = person(EssayBrowserIT.trainer(language), language, Role.TRAINER);
      String title = "Essay browser workshop " + l;
      Workshop workshop = workshop(trainer, "SN", title);
      workshops.join(workshop, learner.getId(), Participant.Via.TRAINER);
      progress.enrol(learner.getId(), COURSE);
    }
  }

  private Account person(String username, Language language, Role role) {
    return Fixtures.account(
        accounts,
        Fixtures.person(
            username,
            language == Language.AR
                ? (role == Role.LEARNER ? "ليلى المتعلمة" : "سامي المدرب")
                : (role == Role.LEARNER ? "Lina Learner" : "Tom Trainer"),
            "SN",
            language,
            role,
            Scope.NONE),
        EssayBrowserIT.PASSWORD);
  }

  @Test
  void anEssayIsGradedByATrainerOfTheLearnersWorkshopAloneAndCompletionWaitsForIt() {
    long version = version();
    String run = Long.toString(System.nanoTime(), 36);
    Account learner = account("it-essay-learner-" + run, "SN", Role.LEARNER, Scope.NONE);
    Account trainer = account("it-essay-trainer-" + run, "SN", Role.TRAINER, Scope.NONE);
    Account stranger = account("it-essay-trainer-jo-" + run, "JO", Role.TRAINER, Scope.NONE);
    Account coordinator =
        account("it-essay-coordinator-" + run, "SN", Role.COORDINATOR, Scope.of("SN"));
    workshops.join(
        workshop(trainer, "SN", "Essay workshop SN " + run),
        learner.getId(),
        Participant.Via.TRAINER);
    workshop(stranger, "JO", "Essay workshop JO " + run);
    long me = learner.getId();
    progress.enrol(me, COURSE);
    progress.complete(me, COURSE, "basics/definition");
    progress.complete(me, COURSE, "basics/categories");
    QuizAttempt finalTest = attempts.start(me, COURSE, version, "final-test", Language.EN);
    RightAnswers.answerAll(attempts, me, finalTest);
    assertTrue(attempts.submit(me, finalTest.getId(), Map.of()).isPassed());

    QuizAttempt attempt = attempts.start(me, COURSE, version, "basics", Language.EN);
    CoursePackage course = attempts.course(attempt);
    int essay = -1;
    for (AttemptItem item : attempts.items(attempt.getId())) {
      CoursePackage.Question question =
          Paper.question(course, item.getOriginQuiz(), item.getQuestionId()).orElseThrow();
      int position = item.getPosition();
      switch (question.type()) {
        case ESSAY -> {
          essay = position;
          assertEquals(
              AttemptException.Reason.TOO_LONG,
              refusal(() -> attempts.save(me, attempt.getId(), position, 1, "x".repeat(1501))));
          attempts.save(
              me, attempt.getId(), position, 2, "Part III\u202e covers <b>every</b> worker.\r\n");
          assertEquals(
              "Part III covers <b>every</b> worker.",
              attempts.items(attempt.getId()).get(position - 1).getResponse().orElseThrow(),
              "stored as clean plain text");
        }
        case NUMERICAL -> {
          assertEquals(
              AttemptException.Reason.NOT_A_NUMBER,
              refusal(() -> attempts.save(me, attempt.getId(), position, 1, "ninety-three")));
          String right = RightAnswers.rightAnswer(question);
          attempts.save(me, attempt.getId(), position, 2, right.replace('.', ','));
          assertEquals(
              right,
              attempts.items(attempt.getId()).get(position - 1).getResponse().orElseThrow(),
              "a decimal comma is read and stored as a number");
        }
        default ->
            attempts.save(me, attempt.getId(), position, 2, RightAnswers.rightAnswer(question));
      }
    }
    int essayPosition = essay;
    assertTrue(essayPosition > 0, "the paper has the essay");
    QuizAttempt submitted = attempts.submit(me, attempt.getId(), Map.of());
    assertTrue(submitted.isAwaitingGrading());
    assertFalse(submitted.isPassed());
    assertEquals(0, events.count(attempt.getId()), "nothing counts until the essay is graded");
    assertTrue(
        completions.completedBy(me).stream().noneMatch(c -> c.getCourseCode().equals(COURSE)),
        "not completed while the essay waits");
    assertEquals(
        SaveResult.Outcome.CLOSED,
        attempts.save(me, attempt.getId(), essayPosition, 9, "again").outcome(),
        "closed to answers");

    long attemptId = attempt.getId();
    assertTrue(
        essays.queue(trainer, 500).stream()
            .anyMatch(w -> w.attemptId() == attemptId && w.position() == essayPosition),
        "in the queue of the learner's trainer");
    for (Account outsider : List.of(stranger, learner, coordinator)) {
      assertTrue(
          essays.queue(outsider, 500).stream().noneMatch(w -> w.attemptId() == attemptId),
          outsider.getUsername() + " does not see it");
      assertTrue(essays.gradable(outsider, attemptId).isEmpty());
      assertEquals(
          AttemptException.Reason.NOT_FOUND,
          refusal(() -> essays.grade(outsider, attemptId, essayPosition, 100, "mine")),
          outsider.getUsername() + " cannot grade it");
    }
    assertEquals(
        AttemptException.Reason.NOT_FOUND,
        refusal(() -> essays.grade(trainer, attemptId, essayPosition == 1 ? 2 : 1, 0, "")),
        "an answer that is not an essay");
    assertEquals(
        AttemptException.Reason.NOT_FOUND,
        refusal(() -> essays.grade(trainer, finalTest.getId(), 1, 0, "")),
        "an attempt that awaits nothing");
    assertEquals(
        AttemptException.Reason.NOT_FOUND,
        refusal(() -> essays.grade(trainer, Long.MAX_VALUE, essayPosition, 0, "")),
        "an attempt that does not exist");
    assertEquals(
        AttemptException.Reason.INVALID_ANSWER,
        refusal(() -> essays.grade(trainer, attemptId, essayPosition, 101, "")));
    assertTrue(
        essays.gradable(trainer, attemptId).orElseThrow().isAwaitingGrading(),
        "nothing changed by the refusals");

    QuizAttempt graded =
        essays.grade(trainer, attemptId, essayPosition, 80, "Good: name article 8 as well.");
    assertFalse(graded.isAwaitingGrading());
    assertTrue(graded.isPassed());
    assertEquals(95.0, graded.getPercent(), 0.01, "(1 + 1 + 1 + 0.8) / 4");
    assertEquals(1, events.count(attemptId), "graded once, when the essay was");
    AttemptItem item = attempts.items(attemptId).get(essayPosition - 1);
    assertEquals(0.8, item.getScore().orElseThrow(), 1e-9);
    assertEquals("Good: name article 8 as well.", item.getComment().orElseThrow());
    assertEquals(trainer.getId(), item.getGradedBy().orElseThrow());
    assertTrue(
        completions.completedBy(me).stream().anyMatch(c -> c.getCourseCode().equals(COURSE)),
        "completed once graded and passed");
    assertTrue(
        audit.latest(EssayGrading.ESSAY_GRADED, 20).stream()
            .anyMatch(
                e ->
                    e.getSubject().contains("attempt " + attemptId)
                        && e.getDetail().contains("80% by " + trainer.getUsername())));
    assertTrue(
        grading.observations(trainer, COURSE, "basics").stream()
            .anyMatch(o -> o.attemptId() == attemptId),
        "in the item statistics once graded");
    assertEquals(
        AttemptException.Reason.NOT_FOUND,
        refusal(() -> essays.grade(trainer, attemptId, essayPosition, 10, "twice")),
        "graded once");
    assertTrue(essays.queue(trainer, 500).stream().noneMatch(w -> w.attemptId() == attemptId));
  }

  @Test
  void theQueueComesInPagesOldestFirstWithTheCountOfAllWaiting() {
    long version = version();
    String run = Long.toString(System.nanoTime(), 36);
    Account trainer = account("it-essay-pager-" + run, "SN", Role.TRAINER, Scope.NONE);
    Workshop workshop = workshop(trainer, "SN", "Essay pages " + run);
    List<Long> submitted = new java.util.ArrayList<>();
    for (int n = 0; n < 3; n++) {
      Account learner = account("it-essay-pager-" + n + "-" + run, "SN", Role.LEARNER, Scope.NONE);
      workshops.join(workshop, learner.getId(), Participant.Via.TRAINER);
      progress.enrol(learner.getId(), COURSE);
      QuizAttempt attempt = attempts.start(learner.getId(), COURSE, version, "basics", Language.EN);
      RightAnswers.answerAll(attempts, learner.getId(), attempt);
      assertTrue(attempts.submit(learner.getId(), attempt.getId(), Map.of()).isAwaitingGrading());
      submitted.add(attempt.getId());
    }
    assertEquals(3, essays.waiting(trainer));
    List<Long> first =
        essays.queue(trainer, 0, 2).stream().map(EssayGrading.Waiting::attemptId).toList();
    List<Long> second =
        essays.queue(trainer, 2, 2).stream().map(EssayGrading.Waiting::attemptId).toList();
    assertEquals(submitted.subList(0, 2), first, "the oldest first");
    assertEquals(submitted.subList(2, 3), second, "the rest on the next page");
    assertEquals(List.of(), essays.queue(trainer, 4, 2), "past the end: nothing");
    Account stranger = account("it-essay-pager-jo-" + run, "JO", Role.TRAINER, Scope.NONE);
    workshop(stranger, "JO", "Essay pages JO " + run);
    assertEquals(0, essays.waiting(stranger), "another workshop's trainer counts none of them");
  }
}

package org.rightsacademy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Language;
import org.rightsacademy.workshops.Participant;
import org.rightsacademy.workshops.Workshop;
import org.rightsacademy.workshops.WorkshopService;

/**
 * Every write that changes what a completion is computed from leaves the stored row as a rebuild
 * would compute it: after each path below, a rebuild finds nothing to correct for that learner.
 */
@ExtendWith(ArquillianExtension.class)
class CompletionWritePathsIT {

  @EJB private AccountService accounts;
  @EJB private ProgressService progress;
  @EJB private AttemptService attempts;
  @EJB private CompletionTracker tracker;
  @EJB private WorkshopService workshops;
  @EJB private CourseCatalog catalog;

  private Account account(String prefix, String country, Role role) {
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    return accounts.createWithPassword(draft(username, country, role), "write paths test", false);
  }

  private static AccountDraft draft(String username, String country, Role role) {
    return new AccountDraft(
        username, username, null, country, null, null, Language.EN, EnumSet.of(role), Scope.NONE);
  }

  /** Rebuilds every row and returns this enrolment's row before and after. */
  private void assertRebuildChangesNothing(Enrolment enrolment, String path) {
    CompletionTracker.Row before = tracker.snapshot().get(enrolment.getId());
    tracker.rebuild();
    CompletionTracker.Row after = tracker.snapshot().get(enrolment.getId());
    assertEquals(before, after, path + ": the stored row is the one a rebuild computes");
  }

  @Test
  void startingAQuizStartsTheCourseAsARebuildSays() {
    long learner = account("it-paths-quiz", "JO", Role.LEARNER).getId();
    Enrolment enrolment = progress.enrol(learner, "sample");
    attempts.start(learner, "sample", enrolment.getCourseVersionId(), "pre-test", Language.EN);
    assertEquals(
        CompletionRule.Status.IN_PROGRESS,
        tracker.find(enrolment.getId()).orElseThrow().getStatus(),
        "an open attempt, no lesson opened: the course is started");
    assertRebuildChangesNothing(enrolment, "a quiz started, not submitted");
  }

  @Test
  void aLearnersNewCountryIsWhereTheirCoursesCount() {
    Account learner = account("it-paths-country", "JO", Role.LEARNER);
    Enrolment enrolment = progress.enrol(learner.getId(), "sample");
    progress.complete(learner.getId(), "sample", "basics/definition");
    Account moved = accounts.find(learner.getId()).orElseThrow();
    accounts.update(
        moved.getId(), moved.getVersion(), draft(moved.getUsername(), "SN", Role.LEARNER));
    assertEquals(
        "SN",
        tracker.find(enrolment.getId()).orElseThrow().facts().country(),
        "no workshop: the learner's own country, as it is now");
    assertRebuildChangesNothing(enrolment, "the learner's country changed");
  }

  @Test
  void aCourseTakenOutOfAWorkshopNoLongerCountsThere() {
    Account trainer = account("it-paths-trainer", "SN", Role.TRAINER);
    Account learner = account("it-paths-ws", "JO", Role.LEARNER);
    Set<String> both = Set.of("sample", "borders");
    Workshop workshop = workshops.create(trainer, details(both, Set.of(trainer.getId())));
    workshops.join(workshop, learner.getId(), Participant.Via.TRAINER);
    Enrolment borders = progress.find(learner.getId(), "borders").orElseThrow();
    assertEquals(
        workshop.getId(), tracker.find(borders.getId()).orElseThrow().facts().workshopId());

    workshops.update(
        trainer,
        workshop.getId(),
        workshops.find(workshop.getId()).orElseThrow().getVersion(),
        details(Set.of("sample"), Set.of(trainer.getId())));
    assertNull(
        tracker.find(borders.getId()).orElseThrow().facts().workshopId(),
        "the workshop no longer teaches the course: it no longer counts there");
    assertRebuildChangesNothing(borders, "a course taken out of a workshop");
  }

  private static Workshop.Details details(Set<String> courses, Set<Long> trainers) {
    return new Workshop.Details(
        "Write paths " + UUID.randomUUID().toString().substring(0, 8),
        "SN",
        "Thiès",
        "Salle 2",
        LocalDate.now(),
        LocalDate.now().plusDays(1),
        Language.FR,
        10,
        Workshop.Status.RUNNING,
        false,
        courses,
        trainers);
  }

  /**
   * The last lesson done while the last quiz is graded, at the same moment: each transaction sees
   * only its own half, and the course must still end COMPLETED.
   */
  @Test
  void theLastLessonDoneWhileTheLastQuizIsGradedCompletesTheCourse() throws Exception {
    for (int round = 0; round < 6; round++) {
      long learner = account("it-paths-race", "JO", Role.LEARNER).getId();
      Enrolment enrolment = progress.enrol(learner, "sample");
      progress.complete(learner, "sample", "basics/definition");
      pass(learner, enrolment, "final-test");
      var attempt =
          attempts.start(learner, "sample", enrolment.getCourseVersionId(), "basics", Language.EN);
      org.rightsacademy.assessment.RightAnswers.answerAll(attempts, learner, attempt);
      var together = new java.util.concurrent.CyclicBarrier(2);
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      try {
        var lesson =
            pool.submit(
                () -> {
                  together.await();
                  return progress.complete(learner, "sample", "basics/categories");
                });
        var graded =
            pool.submit(
                () -> {
                  together.await();
                  return attempts.submit(learner, attempt.getId(), Map.of());
                });
        lesson.get(5, java.util.concurrent.TimeUnit.MINUTES);
        graded.get(5, java.util.concurrent.TimeUnit.MINUTES);
      } finally {
        pool.shutdownNow();
      }
      assertEquals(
          CompletionRule.Status.COMPLETED,
          tracker.find(enrolment.getId()).orElseThrow().getStatus(),
          "round " + round + ": every lesson done and every quiz passed");
      assertRebuildChangesNothing(enrolment, "round " + round + ": the last lesson and quiz");
    }
  }

  private void pass(long learner, Enrolment enrolment, String quiz) {
    var attempt =
        attempts.start(learner, "sample", enrolment.getCourseVersionId(), quiz, Language.EN);
    org.rightsacademy.assessment.RightAnswers.answerAll(attempts, learner, attempt);
    attempts.submit(learner, attempt.getId(), Map.of());
  }
}

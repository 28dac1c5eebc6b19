package org.rightsacademy.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Language;

/**
 * Whom a participant list may enrol, how a silent list reads, and who receives its passwords, once.
 */
class ParticipantListRulesTest {

  static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

  private static Account person(String username, String country, Role... roles) {
    Account account = new Account(username, username, "x", false, NOW);
    account.updateProfile(username, null, country, null, null, Language.EN);
    account.grant(
        roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles), Scope.NONE);
    return account;
  }

  @Test
  void aTrainersListTakesLearnersOfTheWorkshopsCountryOfNoCountryOrAlreadyTheirs() {
    Account trainer = person("trainer-jo", "JO", Role.TRAINER);
    assertTrue(
        ListEnrolment.mayEnrol(trainer, "JO", person("learner-jo", "JO", Role.LEARNER), false));
    assertTrue(
        ListEnrolment.mayEnrol(
            trainer, "JO", person("learner-nowhere", null, Role.LEARNER), false));
    assertTrue(
        ListEnrolment.mayEnrol(trainer, "JO", person("learner-sn-mine", "SN", Role.LEARNER), true),
        "already in one of their workshops");
    assertFalse(
        ListEnrolment.mayEnrol(trainer, "JO", person("learner-sn", "SN", Role.LEARNER), false),
        "another country's learner");
  }

  @Test
  void noListEnrolsAnAccountThatIsMoreThanALearner() {
    Account trainer = person("trainer-jo", "JO", Role.TRAINER);
    Account admin = person("admin", "JO", Role.ADMIN);
    for (Account listed :
        List.of(
            admin,
            person("coordinator-jo", "JO", Role.COORDINATOR),
            person("other-trainer", "JO", Role.TRAINER),
            person("learner-and-trainer", "JO", Role.LEARNER, Role.TRAINER),
            person("no-role", "JO"))) {
      assertFalse(
          ListEnrolment.mayEnrol(trainer, "JO", listed, true),
          listed.getUsername() + " by a trainer");
      assertFalse(
          ListEnrolment.mayEnrol(admin, "JO", listed, true), listed.getUsername() + " by an admin");
    }
    assertTrue(
        ListEnrolment.mayEnrol(admin, "JO", person("learner-sn", "SN", Role.LEARNER), false),
        "an admin lists learners of any country");
  }

  @Test
  void aRunningListThatFellSilentIsInterrupted() {
    ListJob job = new ListJob(1, 2, 400, NOW);
    assertEquals(ListJob.Status.RUNNING, job.statusAt(NOW.plus(ListJob.SILENT_WHEN_STOPPED)));
    assertEquals(
        ListJob.Status.INTERRUPTED,
        job.statusAt(NOW.plus(ListJob.SILENT_WHEN_STOPPED).plusSeconds(1)));
    job.advance(10, 10, NOW.plus(Duration.ofMinutes(4)));
    assertEquals(
        ListJob.Status.RUNNING,
        job.statusAt(NOW.plus(Duration.ofMinutes(8))),
        "its heartbeat moved on");
    job.finish(ListJob.Status.DONE, NOW.plus(Duration.ofMinutes(9)));
    assertEquals(ListJob.Status.DONE, job.statusAt(NOW.plus(Duration.ofDays(3))));
  }

  @Test
  void theOneTimePasswordsGoToTheTrainerWhoStartedTheListOnceAndNotForever() {
    ListResults results = new ListResults();
    results.add(7, 42, List.of(new AccountService.Created("awa", "Awa", "pw-1")), NOW);
    results.add(
        7, 42, List.of(new AccountService.Created("omar", "Omar", "pw-2")), NOW.plusSeconds(5));
    assertEquals(
        Optional.empty(),
        results.take(7, 43, NOW.plusSeconds(10)),
        "another trainer of the workshop, or an admin");
    assertEquals(
        List.of("pw-1", "pw-2"),
        results.take(7, 42, NOW.plusSeconds(10)).orElseThrow().stream()
            .map(AccountService.Created::oneTimePassword)
            .toList());
    assertEquals(Optional.empty(), results.take(7, 42, NOW.plusSeconds(11)), "shown once");

    results.add(8, 42, List.of(new AccountService.Created("fatou", "Fatou", "pw-3")), NOW);
    assertEquals(
        Optional.empty(),
        results.take(8, 42, NOW.plus(ListResults.KEPT).plusSeconds(1)),
        "forgotten when unclaimed");
  }
}

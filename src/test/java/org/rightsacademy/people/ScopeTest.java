package org.rightsacademy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

  @Test
  void aCoordinatorForSenegalSeesSenegalOnly() {
    Scope senegal = Scope.of("SN");
    assertTrue(senegal.includes("SN"));
    assertFalse(senegal.includes("JO"));
    assertFalse(senegal.includes(null));
  }

  @Test
  void allCountriesIncludesEveryCountryAndIgnoresAList() {
    Scope all = new Scope(true, Set.of("SN"));
    assertTrue(all.includes("JO") && all.includes("BY"));
    assertEquals("*", all.describe());
  }

  @Test
  void noScopeSeesNothing() {
    assertFalse(Scope.NONE.includes("SN"));
  }

  @Test
  void anAccountKeepsTheScopeItWasGranted() {
    Account account = new Account("Coord.Amman", "Coordinator", "hash", false, Instant.EPOCH);
    account.grant(EnumSet.of(Role.COORDINATOR), Scope.of("JO", "SN"));
    assertEquals("coord.amman", account.getUsername());
    assertEquals("JO,SN", account.getScope().describe());
    assertTrue(account.hasRole(Role.COORDINATOR));
    account.grant(EnumSet.of(Role.LEARNER), Scope.NONE);
    assertFalse(account.getScope().includes("JO"));
  }

  @Test
  void deactivationAndPasswordResetEndEverySession() {
    Account account = new Account("someone", "Someone", "hash", false, Instant.EPOCH);
    int epoch = account.getSessionEpoch();
    account.deactivate();
    assertTrue(account.getSessionEpoch() > epoch);
    assertFalse(account.isActive());
    int afterDeactivation = account.getSessionEpoch();
    account.resetPassword("other");
    assertTrue(account.getSessionEpoch() > afterDeactivation);
    assertTrue(account.isMustChangePassword());
  }
}

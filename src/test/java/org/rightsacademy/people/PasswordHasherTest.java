package org.rightsacademy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

  private static final String PASSWORD = "a quiet river in Saint-Louis";

  @Test
  void hashesArePbkdf2Sha256WithTheRequiredIterationsAndNoTraceOfThePassword() {
    String hash = PasswordHasher.hash(PASSWORD);
    assertTrue(hash.startsWith("pbkdf2-sha256$310000$"), hash);
    assertEquals(310_000, PasswordHasher.iterationsOf(hash));
    assertFalse(hash.contains(PASSWORD));
  }

  /** Fewer iterations where the count is not what is being tested: the suite stays quick. */
  private static final int QUICK = 1_000;

  @Test
  void theRightPasswordMatchesAndAnyOtherDoesNot() {
    String hash = PasswordHasher.hash(PASSWORD, QUICK);
    assertTrue(PasswordHasher.verify(PASSWORD, hash));
    assertFalse(PasswordHasher.verify(PASSWORD + " ", hash));
    assertFalse(PasswordHasher.verify("", hash));
    assertFalse(PasswordHasher.verify(null, hash));
  }

  @Test
  void eachPasswordGetsItsOwnSalt() {
    assertNotEquals(PasswordHasher.hash(PASSWORD, QUICK), PasswordHasher.hash(PASSWORD, QUICK));
  }

  @Test
  void malformedStoredValuesNeverMatch() {
    assertFalse(PasswordHasher.verify(PASSWORD, PASSWORD));
    assertFalse(PasswordHasher.verify(PASSWORD, "pbkdf2-sha256$x$y$z"));
    assertFalse(PasswordHasher.verify(PASSWORD, "pbkdf2-sha256$1000$!!!$???"));
    assertFalse(PasswordHasher.verify(PASSWORD, null));
  }

  @Test
  void hashesMadeWithAnotherIterationCountStillVerifyWithTheirOwnCount() {
    String older = PasswordHasher.hash(PASSWORD, QUICK);
    assertEquals(QUICK, PasswordHasher.iterationsOf(older));
    assertTrue(PasswordHasher.verify(PASSWORD, older));
    assertFalse(
        PasswordHasher.verify(PASSWORD, older.replace("$1000$", "$1001$")),
        "the count is part of the hash");
  }
}

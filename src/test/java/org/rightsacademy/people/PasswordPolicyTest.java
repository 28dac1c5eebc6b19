package org.rightsacademy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void lengthIsCountedInCharactersAsPeopleSeeThem() {
    assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), PasswordPolicy.check("nine char"));
    assertEquals(Optional.empty(), PasswordPolicy.check("ten chars!"));
    assertEquals(Optional.empty(), PasswordPolicy.check("كلمة سر طويلة"));
    assertEquals(Optional.empty(), PasswordPolicy.check("длинный пароль"));
    assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), PasswordPolicy.check(null));
  }

  @Test
  void noCompositionRulesButAnUpperBound() {
    assertEquals(Optional.empty(), PasswordPolicy.check("all lower case words"));
    assertEquals(Optional.empty(), PasswordPolicy.check("x".repeat(128)));
    assertEquals(
        Optional.of(PasswordPolicy.Problem.TOO_LONG), PasswordPolicy.check("x".repeat(129)));
  }

  @Test
  void commonPasswordsAreRefusedWhateverTheirCase() {
    assertEquals(
        Optional.of(PasswordPolicy.Problem.TOO_COMMON), PasswordPolicy.check("1234567890"));
    assertEquals(
        Optional.of(PasswordPolicy.Problem.TOO_COMMON), PasswordPolicy.check("QwertyUiop"));
    assertEquals(
        Optional.of(PasswordPolicy.Problem.TOO_COMMON), PasswordPolicy.check("password123"));
    assertTrue(PasswordPolicy.commonPasswordCount() > 20_000, "the shipped list is loaded");
  }

  @Test
  void oneTimePasswordsPassThePolicyAndDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = PasswordPolicy.oneTimePassword();
      assertEquals(Optional.empty(), PasswordPolicy.check(password), password);
      assertTrue(password.matches("[a-zA-Z2-9]+") && !password.matches(".*[01lIO].*"), password);
      seen.add(password);
    }
    assertEquals(200, seen.size());
  }
}

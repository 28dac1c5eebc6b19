package org.rightsacademy.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Certificate numbers: typed any reasonable way they are found; anything else is not a number. */
class CertificateNumberTest {

  @Test
  void aNumberIsFoundHoweverItIsTyped() {
    assertEquals(
        Optional.of("KD7RMXQ4TC3W9PAE"), Certificate.CODE.normalize("kd7r-mxq4-tc3w-9pae"));
    assertEquals(
        Optional.of("KD7RMXQ4TC3W9PAE"), Certificate.CODE.normalize(" KD7R MXQ4 TC3W 9PAE "));
    assertEquals(
        Optional.of("KD7RMXQ4TC3W9PAE"),
        Certificate.CODE.normalize("KD7R–MXQ4–TC3W–9PAE"),
        "dashes a word processor made");
    assertEquals("KD7R-MXQ4-TC3W-9PAE", Certificate.CODE.display("KD7RMXQ4TC3W9PAE"));
  }

  @Test
  void whatCannotBeANumberIsRefusedBeforeAnyLookUp() {
    assertEquals(
        Optional.empty(), Certificate.CODE.normalize("KD7R-MXQ4-TC3W-9PA"), "one character short");
    assertEquals(
        Optional.empty(), Certificate.CODE.normalize("KD7R-MXQ4-TC3W-9PAO"), "O is never used");
    assertEquals(
        Optional.empty(),
        Certificate.CODE.normalize("KD7R-MXQ4"),
        "a join code is not a certificate number");
    assertEquals(Optional.empty(), Certificate.CODE.normalize("<script>alert(1)</script>"));
    assertEquals(Optional.empty(), Certificate.CODE.normalize(null));
  }

  @Test
  void numbersAreDrawnAtRandomFromTheWholeAlphabet() {
    Set<String> drawn = new HashSet<>();
    Set<Character> used = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String code = Certificate.CODE.generate();
      assertEquals(Optional.of(code), Certificate.CODE.normalize(code));
      drawn.add(code);
      code.chars().forEach(c -> used.add((char) c));
    }
    assertEquals(2_000, drawn.size(), "no repeats in 2,000");
    assertEquals(
        org.rightsacademy.platform.ReadableCode.ALPHABET.length(),
        used.size(),
        "every symbol turns up");
    assertNotEquals(Certificate.CODE.generate(), Certificate.CODE.generate());
  }
}

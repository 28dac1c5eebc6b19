package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An essay answer is stored as plain, clean text and its length counted as a reader counts. */
class EssayTextTest {

  @Test
  void controlAndDirectionOverrideCharactersAreRemovedLinesKept() {
    assertEquals(
        "Line one\nLine two\n\nLine three",
        EssayText.sanitise("  Line one\r\nLine\u0000 two\u202e\r\n\n\n\n\u2066Line three\u0007 "));
  }

  @Test
  void markupStaysTextToBeEscapedWhereShown() {
    assertEquals("<script>alert(1)</script>", EssayText.sanitise("<script>alert(1)</script>"));
  }

  @Test
  void textIsComposedAndCountedInCharactersNotCodeUnits() {
    assertEquals("é", EssayText.sanitise("e\u0301"));
    assertEquals(2, EssayText.length("𝒜b"), "a letter outside the basic plane counts once");
    assertEquals(5, EssayText.length("مرحبا"));
    assertEquals("", EssayText.sanitise(null));
  }
}

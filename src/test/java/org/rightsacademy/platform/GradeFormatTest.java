package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GradeFormatTest {

  @Test
  void aGradeHasAtMostOneDecimalInTheReadersLanguage() {
    assertEquals("91.6", GradeFormat.percent(91.67, Locale.ENGLISH));
    assertEquals("91,6", GradeFormat.percent(91.67, Locale.FRENCH));
    assertEquals(
        "100", GradeFormat.percent(100, Locale.ENGLISH), "no decimals where there are none");
    assertEquals(
        NumberFormat.getIntegerInstance(Locale.of("ar")).format(85),
        GradeFormat.percent(85, Locale.of("ar")),
        "Arabic digits as the certificate writes them");
  }

  @Test
  void aGradeJustUnderThePassMarkNeverReadsAsThePassMark() {
    assertEquals("69.9", GradeFormat.percent(69.96, Locale.ENGLISH));
    assertEquals("69", GradeFormat.percent(69.04, Locale.ENGLISH));
  }

  @Test
  void aGainIsRoundedToOneDecimalAndKeepsItsSign() {
    assertEquals("41.7", GradeFormat.points(41.66, Locale.ENGLISH));
    assertEquals("-5.6", GradeFormat.points(-5.55, Locale.ENGLISH));
    assertEquals("50", GradeFormat.points(50, Locale.ENGLISH));
  }
}

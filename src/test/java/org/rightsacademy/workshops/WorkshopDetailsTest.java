package org.rightsacademy.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsacademy.people.FieldProblem;
import org.rightsacademy.platform.Language;

class WorkshopDetailsTest {

  private static Workshop.Details details(String title, String city, String venue) {
    LocalDate day = LocalDate.of(2026, 3, 2);
    return new Workshop.Details(
        title,
        "JO",
        city,
        venue,
        day,
        day,
        Language.AR,
        20,
        null,
        false,
        Set.of("icrmw"),
        Set.of(1L));
  }

  @Test
  void aDirectionControlInTheTitleCityOrVenueIsRefusedByName() {
    List<FieldProblem> problems =
        details("Amman \u2067training\u2069", "Amman\u202B", "Hotel \u202Dx").directionControls();
    assertEquals(
        List.of(
            "title: workshop.problem.direction_control.title (U+2067)",
            "city: workshop.problem.direction_control.city (U+202B)",
            "venue: workshop.problem.direction_control.venue (U+202D)"),
        problems.stream().map(Object::toString).toList());
  }

  @Test
  void arabicTextWithMarksAndNoVenueIsFine() {
    assertEquals(List.of(), details("تدريب عمّان\u200F 2026", "عمّان", null).directionControls());
  }
}

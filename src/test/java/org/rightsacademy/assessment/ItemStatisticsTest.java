package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightsacademy.assessment.ItemStatistics.Item;
import org.rightsacademy.assessment.ItemStatistics.Observation;
import org.rightsacademy.platform.Language;

/** Facility, discrimination, and the question that is much harder in one language. */
class ItemStatisticsTest {

  /**
   * Twenty attempts, ten in French and ten in Arabic. "knows" is right exactly for the strong
   * learners (the even attempts); "easy" is right for everyone; "mistranslated" is right for
   * everyone in French and for nobody in Arabic.
   */
  private static List<Observation> workshop() {
    List<Observation> observations = new ArrayList<>();
    for (long attempt = 0; attempt < 20; attempt++) {
      Language language = attempt < 10 ? Language.FR : Language.AR;
      boolean strong = attempt % 2 == 0;
      observations.add(new Observation(attempt, language, "q/knows", strong ? 1 : 0));
      observations.add(new Observation(attempt, language, "q/also-knows", strong ? 1 : 0));
      observations.add(new Observation(attempt, language, "q/easy", 1));
      observations.add(
          new Observation(attempt, language, "q/mistranslated", language == Language.FR ? 1 : 0));
    }
    return observations;
  }

  private static Item item(List<Item> items, String key) {
    return items.stream().filter(i -> i.questionKey().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void facilityIsTheMeanScore() {
    List<Item> items = ItemStatistics.of(workshop());
    assertEquals(0.5, item(items, "q/knows").facility());
    assertEquals(1.0, item(items, "q/easy").facility());
    assertEquals(20, item(items, "q/easy").answers());
  }

  @Test
  void discriminationIsHighForAQuestionOnlyTheStrongGetRightAndUndefinedWhenNobodyDiffers() {
    List<Item> items = ItemStatistics.of(workshop());
    assertTrue(
        item(items, "q/knows").discrimination() > 0.6,
        "separates strong from weak: " + item(items, "q/knows").discrimination());
    assertNull(item(items, "q/easy").discrimination(), "everyone right: no variance, no figure");
  }

  @Test
  void aQuestionMuchHarderInOneLanguageIsFlagged() {
    List<Item> items = ItemStatistics.of(workshop());
    Item suspect = item(items, "q/mistranslated");
    assertEquals(Language.AR, suspect.harderIn());
    assertEquals(1.0, suspect.facilityByLanguage().get(Language.FR));
    assertEquals(0.0, suspect.facilityByLanguage().get(Language.AR));
    assertNull(item(items, "q/knows").harderIn(), "the same in both languages");
  }

  @Test
  void tooFewAnswersInALanguageFlagNothing() {
    List<Observation> few = new ArrayList<>();
    for (long attempt = 0; attempt < 8; attempt++) {
      Language language = attempt < 6 ? Language.EN : Language.RU;
      few.add(new Observation(attempt, language, "q/x", language == Language.EN ? 1 : 0));
    }
    assertNull(ItemStatistics.of(few).get(0).harderIn(), "two Russian answers are not evidence");
  }
}

package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.authoring.TranslationStatus.State;
import org.rightsacademy.platform.Language;

/**
 * The final test's list of drawn questions says of each whether its translation is missing, up to
 * date, or out of date (the English changed after it was translated), as the translations page
 * does.
 */
class DrawnQuestionsTest {

  /**
   * The state the list shows for a question the final test draws (the list itself also names the
   * quiz by its title, which needs the page's bundle).
   */
  private static State drawn(Draft draft, String question, Language language) {
    assertTrue(
        draft
            .quiz("final-test")
            .drawable(draft.quiz("final-test").draws().getFirst().tag())
            .contains("module-1/" + question));
    return DrawnQuestions.state(draft, "module-1", question, language);
  }

  private static void arabic(Draft draft, String text) {
    draft
        .quiz("module-1")
        .saveQuestion(
            draft.quiz("module-1").question("who"),
            Language.AR,
            new QuestionWords(
                text,
                "المادة 14",
                null,
                Map.of(
                    "everyone", new QuestionWords.OptionWords("الجميع", null),
                    "citizens", new QuestionWords.OptionWords("المواطنون", null),
                    "workers", new QuestionWords.OptionWords("العمال", null)),
                Map.of(),
                List.of()));
  }

  @Test
  void aTranslationMadeBeforeTheEnglishChangedIsOutOfDateNotUpToDate() {
    Draft draft = TranslatedTestsTest.browserCourse();
    assertEquals(State.MISSING, drawn(draft, "who", Language.AR));
    assertEquals(State.UP_TO_DATE, drawn(draft, "who", Language.EN));

    arabic(draft, "من يحق له التماس اللجوء؟");
    assertEquals(State.UP_TO_DATE, drawn(draft, "who", Language.AR));
    assertEquals(State.MISSING, drawn(draft, "who", Language.FR));
    assertEquals(State.MISSING, drawn(draft, "where", Language.AR));

    TranslatedTestsTest.single(
        draft,
        "module-1",
        "who",
        "Who may seek asylum, and where?",
        "everyone",
        "citizens",
        "workers");
    assertEquals(State.OUT_OF_DATE, drawn(draft, "who", Language.AR));
    assertEquals(
        TranslationStatus.State.OUT_OF_DATE,
        TranslationStatus.of(draft).stream()
            .filter(i -> i.key().equals(TranslationStatus.question("module-1", "who")))
            .findFirst()
            .orElseThrow()
            .state(Language.AR),
        "as the translations page says");

    arabic(draft, "من يحق له التماس اللجوء، وأين؟");
    assertEquals(State.UP_TO_DATE, drawn(draft, "who", Language.AR));
  }
}

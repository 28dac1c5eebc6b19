package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.model.PackageFormat;
import org.rightsacademy.platform.Language;

/** The quiz settings form: each value checked at its field, nothing saved when one is refused. */
class SettingsFormTest {

  @Test
  void wordsWhereANumberOrAChoiceIsExpectedAreRefusedAtTheirField() {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("pass_mark", "abc");
    form.put("attempts", "-1");
    form.put("time_limit", "1441");
    form.put("feedback", "sometimes");
    form.put("shuffle_options", "maybe");
    form.put("reveal", "never");
    form.put("penalty", "");
    Map<String, SettingsForm.Refusal> refused = SettingsForm.check(form);
    assertEquals(
        List.of("pass_mark", "attempts", "time_limit", "feedback", "shuffle_options"),
        List.copyOf(refused.keySet()),
        "a good value and an empty one (the default) pass");
    assertEquals(
        new SettingsForm.Refusal("author.setting.error.number", List.of(0, 100)),
        refused.get("pass_mark"),
        "the message says the range of that field");
    assertEquals(List.of(0, 1440), refused.get("time_limit").arguments());
    assertEquals("author.setting.error.choice", refused.get("feedback").key());
  }

  @Test
  void everySettingTheFormatHasHasAControlAndEveryChoiceIsAValueTheFormatReads() {
    for (SettingsForm.Field field : SettingsForm.FIELDS) {
      for (String value : field.values()) {
        assertTrue(
            PackageFormat.settings(Map.of(field.name(), value)).problems().isEmpty(),
            field.name() + ": " + value);
      }
      if (field.isNumber()) {
        assertTrue(
            PackageFormat.settings(Map.of(field.name(), String.valueOf(field.max())))
                .problems()
                .isEmpty(),
            field.name());
        assertTrue(
            !PackageFormat.settings(Map.of(field.name(), String.valueOf(field.max() + 1)))
                .problems()
                .isEmpty(),
            field.name() + " has the format's own range");
      }
    }
    assertEquals(10, SettingsForm.FIELDS.size(), "whatever QuizSettings.Overrides holds");
  }

  @Test
  void aRefusedFormSavesNothing() {
    Draft draft = TranslatedTestsTest.browserCourse();
    Map<String, String> before = draft.quiz("final-test").settingsText();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("attempts", "2");
    form.put("pass_mark", "150");
    assertEquals(List.of("pass_mark"), List.copyOf(SettingsForm.check(form).keySet()));
    assertEquals(before, draft.quiz("final-test").settingsText());
    assertEquals(
        "3",
        draft.quiz("final-test").defaultsText().get("attempts"),
        "the final test's default is shown as its default");
    assertEquals("0", draft.quiz("pre-test").defaultsText().get("attempts"));
    assertEquals(
        Language.EN, draft.declaredLanguages().getFirst(), "the course is as the editor made it");
  }
}

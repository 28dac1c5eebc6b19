package org.rightsacademy.authoring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rightsacademy.catalog.model.QuizSettings;

/**
 * A quiz's settings as the editor's typed controls hold them: a number field, a list of choices or
 * a yes/no list per setting, each able to say "default". Each value is checked at its field before
 * anything is saved; a refusal names the field and says what it takes, in the trainer's language
 * (bundle keys). Names and values are the format's ({@code courses/README.md}, {@code settings:}).
 */
public final class SettingsForm {

  /** What kind of control a setting is shown as. */
  public enum Control {
    NUMBER,
    CHOICE,
    FLAG
  }

  /** One setting: its name in the format, its control, its range or its values. */
  public record Field(String name, Control control, int min, int max, List<String> values)
      implements java.io.Serializable {

    static Field number(String name, int min, int max) {
      return new Field(name, Control.NUMBER, min, max, List.of());
    }

    static Field choice(String name, Class<? extends Enum<?>> type) {
      return new Field(
          name,
          Control.CHOICE,
          0,
          0,
          Arrays.stream(type.getEnumConstants())
              .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
              .toList());
    }

    static Field flag(String name) {
      return new Field(name, Control.FLAG, 0, 0, List.of("true", "false"));
    }

    public boolean isNumber() {
      return control == Control.NUMBER;
    }
  }

  /** Why a value was refused: a bundle key and its arguments. */
  public record Refusal(String key, List<Object> arguments) implements java.io.Serializable {}

  /** Every setting the format has, in the order of courses/README.md. */
  static final List<Field> FIELDS =
      List.of(
          Field.number("pass_mark", 0, 100),
          Field.number("attempts", 0, 100),
          Field.choice("grading", QuizSettings.Grading.class),
          Field.number("time_limit", 0, 24 * 60),
          Field.flag("shuffle_questions"),
          Field.flag("shuffle_options"),
          Field.choice("feedback", QuizSettings.FeedbackTiming.class),
          Field.choice("reveal", QuizSettings.Reveal.class),
          Field.choice("multiple", QuizSettings.MultipleScoring.class),
          Field.number("penalty", 0, 100));

  private SettingsForm() {}

  /**
   * Each value the form refuses, by setting name; empty when every value is one the setting takes
   * (an empty value means the default). A name the form does not know is refused too.
   */
  static Map<String, Refusal> check(Map<String, String> form) {
    Map<String, Refusal> refused = new LinkedHashMap<>();
    form.forEach(
        (name, raw) -> {
          String value = raw == null ? "" : raw.strip();
          Field field = FIELDS.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
          if (field == null) {
            refused.put(name, new Refusal("author.setting.error.choice", List.of()));
          } else if (!value.isEmpty()) {
            Refusal refusal = refusal(field, value);
            if (refusal != null) {
              refused.put(name, refusal);
            }
          }
        });
    return refused;
  }

  private static Refusal refusal(Field field, String value) {
    if (field.control() == Control.NUMBER) {
      Refusal range = new Refusal("author.setting.error.number", List.of(field.min(), field.max()));
      if (!value.matches("[0-9]{1,6}")) {
        return range;
      }
      int number = Integer.parseInt(value);
      return number < field.min() || number > field.max() ? range : null;
    }
    return field.values().contains(value)
        ? null
        : new Refusal("author.setting.error.choice", List.of());
  }
}

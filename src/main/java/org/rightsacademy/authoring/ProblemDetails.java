package org.rightsacademy.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A validator problem's detail in the trainer's language, for the editor's problem list. The
 * validator writes its details in English (the file:line form of folders and uploads shows them as
 * they are); each detail a trainer can meet while editing is recognised here by its form and given
 * a bundle text ({@code author.detail.*}) with its values as parameters. A detail not recognised
 * keeps the validator's words.
 */
final class ProblemDetails {

  /**
   * A detail's form and its bundle key; the groups are the parameters, in order. A group named
   * {@code setting} is a quiz setting's name, shown as its field's label.
   */
  private record Rule(Pattern form, String key) {}

  private static final String ID = "([a-z0-9][a-z0-9-]*)";

  private static final java.util.Set<String> SETTINGS =
      java.util.Set.of(
          "pass_mark",
          "attempts",
          "grading",
          "time_limit",
          "shuffle_questions",
          "shuffle_options",
          "feedback",
          "reveal",
          "multiple",
          "penalty");

  private static final List<Rule> RULES =
      List.of(
          rule("question " + ID, "question_untranslated"),
          rule("scenario " + ID, "scenario_untranslated"),
          rule("question " + ID + " has no text", "question_no_text"),
          rule("question " + ID + " names no legal source", "no_source"),
          rule("question " + ID + " still has the placeholder source (.+)", "placeholder_source"),
          rule("question " + ID + ": option (\\S+) has no text", "option_no_text"),
          rule("question " + ID + ": match (\\S+) has no text", "match_no_text"),
          rule("question " + ID + " has no correct answer", "no_correct"),
          rule("question " + ID + " is \\S+ but has (\\d+) correct answers", "one_correct"),
          rule("question " + ID + " needs at least two options", "two_options"),
          rule("question " + ID + " needs at least two matches", "two_matches"),
          rule(
              "question " + ID + ": correct answer (.*) is not one of \\[.*\\]",
              "correct_not_option"),
          rule(
              "question " + ID + ": the positive weights add up to (\\S+), not 100", "weights_sum"),
          rule(
              "question " + ID + ": the weight of (\\S+) must be a number from -100 to 100",
              "weight_range"),
          rule(
              "question "
                  + ID
                  + ": the options with a positive weight .* are not the correct ones .*",
              "weights_not_correct"),
          rule("question " + ID + ": every option needs its match: .*", "every_match"),
          rule("question " + ID + ": the correct order must list every option once: .*", "order"),
          rule(
              "question " + ID + " is short but accepts no answer in this language \\(accept:\\)",
              "short_no_answer"),
          rule(
              "question " + ID + " is numerical but accepts no answer \\(answers:\\)",
              "numerical_no_answer"),
          rule("question " + ID + ": no answer earns full credit \\(weight: 100\\)", "full_credit"),
          rule("(?<setting>[a-z_]+) must be between (\\S+) and (\\S+)", "between"),
          rule("(?<setting>[a-z_]+) is not a whole number: (.*)", "whole_number"),
          rule("(?<setting>[a-z_]+) must be true or false: (.*)", "true_or_false"),
          rule("(?<setting>[a-z_]+) must be one of \\[.*\\]: (.*)", "one_of"),
          rule(
              "quiz " + ID + " draws (\\d+) questions tagged (\\S+) but the bank has (\\d+)",
              "draws"),
          rule("a quiz needs at least one question", "quiz_empty"),
          rule("module " + ID + " has no lessons", "module_empty"),
          rule("alt text of (\\S+) in (en|fr|ru|ar)", "alt_text_in"),
          rule("alt text of (\\S+)", "alt_text"),
          rule("removed: (.*)", "removed"),
          rule("link to (.*)", "link"),
          rule("image from outside the package: (.*)", "outside_image"),
          rule(
              "(\\d+) of (\\d+) true/false items \\((\\S+) %\\) are keyed true; keep between (\\d+)"
                  + " % and (\\d+) %",
              "true_false_balance"));

  private ProblemDetails() {}

  private static Rule rule(String form, String key) {
    return new Rule(Pattern.compile(form, Pattern.DOTALL), "author.detail." + key);
  }

  /** The detail in the page's language, or as the validator wrote it when its form is unknown. */
  static String in(String detail, BiFunction<String, Object[], String> words) {
    if (detail == null) {
      return "";
    }
    for (Rule rule : RULES) {
      Matcher matcher = rule.form().matcher(detail);
      if (matcher.matches()) {
        return words.apply(rule.key(), parameters(rule, matcher, words));
      }
    }
    return detail;
  }

  /** Whether a detail has a text of its own in the bundles. */
  static boolean known(String detail) {
    return RULES.stream().anyMatch(rule -> rule.form().matcher(detail).matches());
  }

  /** The bundle keys the rules use, so that a test can check every language has them. */
  static List<String> keys() {
    return RULES.stream().map(Rule::key).toList();
  }

  private static Object[] parameters(
      Rule rule, Matcher matcher, BiFunction<String, Object[], String> words) {
    List<Object> values = new ArrayList<>();
    boolean setting = rule.form().pattern().startsWith("(?<setting>");
    for (int group = 1; group <= matcher.groupCount(); group++) {
      String value = matcher.group(group);
      values.add(
          group == 1 && setting && SETTINGS.contains(value)
              ? words.apply("author.setting.field." + value, null)
              : value);
    }
    return values.toArray();
  }
}

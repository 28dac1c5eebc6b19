package org.rightsacademy.catalog.model;

import static org.rightsacademy.catalog.model.PackageKeys.ACCEPT;
import static org.rightsacademy.catalog.model.PackageKeys.CORRECT;
import static org.rightsacademy.catalog.model.PackageKeys.FEEDBACK;
import static org.rightsacademy.catalog.model.PackageKeys.ID;
import static org.rightsacademy.catalog.model.PackageKeys.MATCHES;
import static org.rightsacademy.catalog.model.PackageKeys.OBJECTIVE;
import static org.rightsacademy.catalog.model.PackageKeys.OPTIONS;
import static org.rightsacademy.catalog.model.PackageKeys.SCENARIO;
import static org.rightsacademy.catalog.model.PackageKeys.SHUFFLE;
import static org.rightsacademy.catalog.model.PackageKeys.SOURCE;
import static org.rightsacademy.catalog.model.PackageKeys.TAGS;
import static org.rightsacademy.catalog.model.PackageKeys.TEXT;
import static org.rightsacademy.catalog.model.PackageKeys.TYPE;
import static org.rightsacademy.catalog.model.PackageKeys.WEIGHTS;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.ANSWER_KEY;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.INVALID_VALUE;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.MISSING_TRANSLATION;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.NO_SOURCE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.rightsacademy.catalog.model.Question.Common;
import org.rightsacademy.platform.Language;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One question in the format, both ways: its entry in the answer key file ({@code type:}, {@code
 * options:}, {@code correct:}...) and its entry in each language file. The one place that knows
 * each question type's keys: a new type adds its name, a case to {@link #read} and to {@link
 * #keyEntry}.
 */
final class QuestionYaml {

  /** A question read, with the node naming its objective (for the checks across quizzes). */
  record Read(Question question, Node objectiveNode) {}

  static final Map<Class<? extends Question>, String> TYPE_NAMES =
      Map.of(
          Question.SingleChoice.class, "single",
          Question.MultipleChoice.class, "multiple",
          Question.TrueFalse.class, "true-false",
          Question.Matching.class, "matching",
          Question.Ordering.class, "ordering",
          Question.ShortText.class, "short",
          Question.Numerical.class, "numerical",
          Question.Essay.class, "essay");

  private static final String KNOWN =
      "single, multiple, true-false, matching, ordering, short, numerical, essay";

  private final SourceReader in;

  QuestionYaml(SourceReader in) {
    this.in = in;
  }

  static String typeName(Question question) {
    return TYPE_NAMES.get(question.getClass());
  }

  Read read(
      String id,
      Node node,
      String keyFile,
      Set<String> scenarioIds,
      Map<Language, Map<String, Node>> texts) {
    Map<String, Node> entry = Yaml.entries(node);
    String type = in.required(entry, TYPE, keyFile, node).orElse("single");
    if (!TYPE_NAMES.containsValue(type)) {
      in.problem(
          keyFile,
          entry.get(TYPE),
          INVALID_VALUE,
          "question " + id + ": unknown type " + type + " (" + KNOWN + ")");
      type = "single";
    }
    List<Question.NumericAnswer> numeric =
        type.equals("numerical") ? NumericYaml.answers(in, id, keyFile, node, entry) : List.of();
    List<Question.ShortAnswer> alternatives =
        type.equals("short") ? ShortYaml.answers(in, id, keyFile, node, entry) : List.of();
    List<String> options =
        switch (type) {
          case "true-false" -> Question.TrueFalse.OPTIONS;
          case "numerical" -> numeric.stream().map(Question.NumericAnswer::id).toList();
          case "short" -> alternatives.stream().map(Question.ShortAnswer::id).toList();
          case "essay" -> List.of();
          default -> in.ids(entry.get(OPTIONS), keyFile, "option");
        };
    List<String> matches =
        type.equals("matching") ? in.ids(entry.get(MATCHES), keyFile, "match") : List.of();
    if (List.of("single", "multiple", "matching", "ordering").contains(type)
        && options.size() < 2) {
      in.problem(keyFile, node, INVALID_VALUE, "question " + id + " needs at least two options");
    }
    if (type.equals("matching") && matches.size() < 2) {
      in.problem(keyFile, node, INVALID_VALUE, "question " + id + " needs at least two matches");
    }
    AnswerKeys keys = new AnswerKeys(in, id, keyFile, node, entry.get(CORRECT), options);
    Function<Common, Question> typed =
        switch (type) {
          case "numerical" -> {
            keys.none(type, "its answers go in answers:");
            yield common -> new Question.Numerical(common, numeric);
          }
          case "essay" -> {
            keys.none(type, "a trainer grades it");
            int maxLength = NumericYaml.maxLength(in, keyFile, entry);
            String rubric = NumericYaml.rubric(entry);
            yield common -> new Question.Essay(common, maxLength, rubric);
          }
          case "short" -> {
            keys.none();
            yield common -> new Question.ShortText(common, alternatives);
          }
          default -> typed(type, keys, options, matches);
        };
    if (type.equals("multiple") && entry.containsKey(WEIGHTS)) {
      Map<String, Double> weights = keys.weights(entry.get(WEIGHTS));
      Function<Common, Question> unweighted = typed;
      typed =
          common -> {
            Question.MultipleChoice q = (Question.MultipleChoice) unweighted.apply(common);
            return new Question.MultipleChoice(common, q.options(), q.correct(), weights);
          };
    }
    String scenario = SourceReader.value(entry, SCENARIO).orElse(null);
    if (scenario != null && !scenarioIds.contains(scenario)) {
      in.problem(
          keyFile,
          entry.get(SCENARIO),
          INVALID_VALUE,
          "question " + id + ": no scenario " + scenario + " in this quiz's scenarios");
    }
    List<String> tags = new ArrayList<>();
    for (Node tag : Yaml.items(entry.get(TAGS))) {
      String value = Yaml.text(tag).orElse("");
      if (!value.matches(SourceReader.ID)) {
        in.problem(
            keyFile,
            tag,
            INVALID_VALUE,
            "question " + id + ": a tag must be lower-case letters, digits and dashes: " + value);
      }
      tags.add(value);
    }
    Map<Language, QuestionText> words = new EnumMap<>(Language.class);
    String quiz = keyFile.substring("quizzes/".length(), keyFile.length() - ".yaml".length());
    for (Map.Entry<Language, Map<String, Node>> text : texts.entrySet()) {
      boolean declared = in.languages.contains(text.getKey());
      String textFile = PackageKeys.quizTextFile(quiz, text.getKey());
      Node textNode = text.getValue().get(id);
      if (textNode == null) {
        if (declared) {
          in.problems.add(new PackageProblem(textFile, 1, MISSING_TRANSLATION, "question " + id));
        }
        continue;
      }
      int reported = in.problems.size();
      words.put(
          text.getKey(),
          text(id, type, textNode, textFile, options, matches, ShortYaml.catchAll(alternatives)));
      if (!declared) {
        in.problems.subList(reported, in.problems.size()).clear();
      }
    }
    boolean shuffle = in.flag(entry, SHUFFLE, keyFile, true);
    String objective = SourceReader.value(entry, OBJECTIVE).orElse(null);
    if (objective != null && !objective.matches(SourceReader.ID)) {
      in.problem(
          keyFile,
          entry.get(OBJECTIVE),
          INVALID_VALUE,
          "question "
              + id
              + ": an objective must be lower-case letters, digits and dashes: "
              + objective);
    }
    Common common = new Common(id, scenario, tags, shuffle, objective, new Localized<>(words));
    Question question = typed.apply(common);
    return new Read(question, entry.get(OBJECTIVE));
  }

  /** The question of its type, its answer key read (and checked) now. */
  private static Function<Common, Question> typed(
      String type, AnswerKeys keys, List<String> options, List<String> matches) {
    switch (type) {
      case "multiple" -> {
        Set<String> correct = keys.choices(true, type);
        return common -> new Question.MultipleChoice(common, options, correct);
      }
      case "true-false" -> {
        boolean correct = keys.choices(false, type).contains("true");
        return common -> new Question.TrueFalse(common, correct);
      }
      case "matching" -> {
        Map<String, String> pairs = keys.pairs(matches);
        return common -> new Question.Matching(common, options, matches, pairs);
      }
      case "ordering" -> {
        List<String> order = keys.order();
        return common -> new Question.Ordering(common, options, order);
      }
      default -> {
        String correct = keys.choices(false, type).stream().findFirst().orElse(null);
        return common -> new Question.SingleChoice(common, options, correct);
      }
    }
  }

  private QuestionText text(
      String id,
      String type,
      Node node,
      String file,
      List<String> options,
      List<String> matches,
      Set<String> catchAll) {
    Map<String, Node> text = Yaml.entries(node);
    Optional<String> stem = SourceReader.value(text, TEXT);
    Optional<String> source = SourceReader.value(text, SOURCE);
    if (stem.isEmpty()) {
      in.problem(file, node, MISSING_TRANSLATION, "question " + id + " has no text");
    }
    if (source.isEmpty()) {
      in.problem(file, node, NO_SOURCE, "question " + id + " names no legal source");
    } else if (source.get().strip().equals(QuestionText.SOURCE_PLACEHOLDER)) {
      in.problem(
          file,
          node,
          NO_SOURCE,
          "question "
              + id
              + " still has the placeholder source "
              + QuestionText.SOURCE_PLACEHOLDER);
    }
    Map<String, Node> optionNodes = Yaml.entries(text.get(OPTIONS));
    Map<String, OptionText> optionTexts = new LinkedHashMap<>();
    for (String option : options) {
      Node optionNode = optionNodes.get(option);
      Map<String, Node> fields = Yaml.entries(optionNode);
      Optional<String> optionText =
          SourceReader.value(fields, TEXT)
              .or(() -> Optional.ofNullable(optionNode).flatMap(Yaml::text));
      if (optionText.isEmpty() && type.equals("numerical")) {
        continue; // a numerical answer's words are its feedback, which may be left out
      }
      if (catchAll.contains(option)) {
        optionText = Optional.of(Question.ShortAnswer.ANY); // its words are always "*"
      }
      if (optionText.isEmpty()) {
        in.problem(
            file,
            optionNode == null ? node : optionNode,
            MISSING_TRANSLATION,
            "question " + id + ": option " + option + " has no text");
        continue;
      }
      optionTexts.put(
          option,
          new OptionText(optionText.get(), SourceReader.value(fields, FEEDBACK).orElse(null)));
    }
    for (String stray : optionNodes.keySet()) {
      if (!options.contains(stray)) {
        in.problem(
            file,
            optionNodes.get(stray),
            ANSWER_KEY,
            "question " + id + ": no option " + stray + " in the answer key file");
      }
    }
    Map<String, Node> matchNodes = Yaml.entries(text.get(MATCHES));
    Map<String, String> matchTexts = new LinkedHashMap<>();
    for (String match : matches) {
      SourceReader.value(matchNodes, match)
          .ifPresentOrElse(
              t -> matchTexts.put(match, t),
              () ->
                  in.problem(
                      file,
                      node,
                      MISSING_TRANSLATION,
                      "question " + id + ": match " + match + " has no text"));
    }
    List<String> accepted =
        type.equals("short")
            ? ShortYaml.accepted(in, id, file, node, text, optionTexts, !options.isEmpty())
            : List.of();
    return new QuestionText(
        stem.orElse(null),
        source.orElse(null),
        SourceReader.value(text, FEEDBACK).orElse(null),
        optionTexts,
        matchTexts,
        accepted);
  }

  // ---- writing

  /** The question's entry in its quiz's answer key file. */
  static Map<String, Object> keyEntry(Question question) {
    Common common = question.common();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put(ID, common.id());
    entry.put(TYPE, typeName(question));
    putIf(entry, SCENARIO, common.scenario());
    if (!common.tags().isEmpty()) {
      entry.put(TAGS, new ArrayList<>(common.tags()));
    }
    putIf(entry, OBJECTIVE, common.objective());
    if (!common.shuffle()) {
      entry.put(SHUFFLE, false);
    }
    switch (question) {
      case Question.SingleChoice single -> {
        entry.put(OPTIONS, new ArrayList<>(single.options()));
        putIf(entry, CORRECT, single.correct());
      }
      case Question.MultipleChoice multiple -> {
        entry.put(OPTIONS, new ArrayList<>(multiple.options()));
        entry.put(CORRECT, new ArrayList<>(multiple.correct()));
        if (!multiple.weights().isEmpty()) {
          Map<String, Object> weights = new LinkedHashMap<>();
          multiple.weights().forEach((o, w) -> weights.put(o, AnswerKeys.number(w)));
          entry.put(WEIGHTS, weights);
        }
      }
      case Question.TrueFalse trueFalse -> entry.put(CORRECT, String.valueOf(trueFalse.correct()));
      case Question.Matching matching -> {
        entry.put(OPTIONS, new ArrayList<>(matching.options()));
        entry.put(MATCHES, new ArrayList<>(matching.matches()));
        entry.put(CORRECT, new LinkedHashMap<>(matching.pairs()));
      }
      case Question.Ordering ordering -> {
        entry.put(OPTIONS, new ArrayList<>(ordering.options()));
        entry.put(CORRECT, new ArrayList<>(ordering.order()));
      }
      case Question.ShortText shortText -> {
        if (!shortText.answers().isEmpty()) {
          entry.put(PackageKeys.ANSWERS, ShortYaml.write(shortText.answers()));
        }
      }
      case Question.Numerical numerical ->
          entry.put(PackageKeys.ANSWERS, NumericYaml.write(numerical.answers()));
      case Question.Essay essay -> NumericYaml.writeEssay(essay, entry);
    }
    return entry;
  }

  /** The question's entry in one language file. */
  static Map<String, Object> textEntry(QuestionText text) {
    Map<String, Object> entry = new LinkedHashMap<>();
    putIf(entry, SOURCE, text.source());
    putIf(entry, TEXT, text.text());
    if (!text.options().isEmpty()) {
      Map<String, Object> options = new LinkedHashMap<>();
      text.options()
          .forEach(
              (id, option) -> {
                if (option.feedback() == null) {
                  options.put(id, option.text());
                } else {
                  Map<String, Object> both = new LinkedHashMap<>();
                  both.put(TEXT, option.text());
                  both.put(FEEDBACK, option.feedback());
                  options.put(id, both);
                }
              });
      entry.put(OPTIONS, options);
    }
    if (!text.matches().isEmpty()) {
      entry.put(MATCHES, new LinkedHashMap<>(text.matches()));
    }
    if (!text.accepted().isEmpty()) {
      entry.put(ACCEPT, new ArrayList<>(text.accepted()));
    }
    putIf(entry, FEEDBACK, text.feedback());
    return entry;
  }

  static void putIf(Map<String, Object> entry, String key, Object value) {
    if (value != null && !(value instanceof String s && s.isBlank())) {
      entry.put(key, value);
    }
  }
}

package org.rightsacademy.catalog.model;

import static org.rightsacademy.catalog.model.PackageKeys.COUNT;
import static org.rightsacademy.catalog.model.PackageKeys.DRAW;
import static org.rightsacademy.catalog.model.PackageKeys.FEEDBACK;
import static org.rightsacademy.catalog.model.PackageKeys.GRADING;
import static org.rightsacademy.catalog.model.PackageKeys.ID;
import static org.rightsacademy.catalog.model.PackageKeys.MULTIPLE;
import static org.rightsacademy.catalog.model.PackageKeys.PASS_MARK;
import static org.rightsacademy.catalog.model.PackageKeys.QUESTIONS;
import static org.rightsacademy.catalog.model.PackageKeys.REVEAL;
import static org.rightsacademy.catalog.model.PackageKeys.SCENARIOS;
import static org.rightsacademy.catalog.model.PackageKeys.SETTINGS;
import static org.rightsacademy.catalog.model.PackageKeys.SETTING_NAMES;
import static org.rightsacademy.catalog.model.PackageKeys.TAG;
import static org.rightsacademy.catalog.model.PackageKeys.TEXT;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.DUPLICATE_ID;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.INVALID_VALUE;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.MISSING_TRANSLATION;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rightsacademy.platform.Language;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one quiz: its answer key file and its language files, the questions through {@link
 * QuestionYaml}; then checks what refers across quizzes (draws by tag, objectives) once all are
 * read.
 */
final class QuizReader {

  /** A draw, checked against the bank once every quiz is read. */
  private record PendingDraw(String quiz, String file, Node node, String tag, int count) {}

  /** Where a question names an objective, checked against the bank once every quiz is read. */
  private record ObjectiveUse(String quiz, String file, Node node, String objective) {}

  private final SourceReader in;
  private final QuestionYaml questionYaml;
  private final List<Question> bank = new ArrayList<>();
  private final List<String> bankTags = new ArrayList<>();
  private final List<PendingDraw> pendingDraws = new ArrayList<>();
  private final List<ObjectiveUse> objectiveUses = new ArrayList<>();
  int passMark = 70;

  QuizReader(SourceReader in) {
    this.in = in;
    this.questionYaml = new QuestionYaml(in);
  }

  Optional<Quiz> read(String id, Quiz.Role role) {
    String keyFile = PackageKeys.quizKeyFile(id);
    Optional<Node> root = in.yaml(keyFile);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> key = Yaml.entries(root.get());
    QuizSettings.Overrides settings = settings(key.get(SETTINGS), keyFile);
    Set<String> scenarioIds = new LinkedHashSet<>();
    for (Node scenario : Yaml.items(key.get(SCENARIOS))) {
      String scenarioId = Yaml.text(scenario).orElse("");
      if (!scenarioId.matches(SourceReader.ID)) {
        in.problem(
            keyFile,
            scenario,
            INVALID_VALUE,
            "scenario id must be lower-case letters, digits and dashes: " + scenarioId);
      }
      in.unique(scenarioId, scenarioIds, keyFile, scenario, "scenario");
    }
    Map<String, Node> questionNodes = new LinkedHashMap<>();
    for (Node node : Yaml.items(key.get(QUESTIONS))) {
      Map<String, Node> question = Yaml.entries(node);
      Optional<String> questionId = in.required(question, ID, keyFile, node);
      if (questionId.isEmpty()) {
        continue;
      }
      if (!questionId.get().matches(SourceReader.ID) || scenarioIds.contains(questionId.get())) {
        in.problem(
            keyFile,
            question.get(ID),
            INVALID_VALUE,
            "question id must be lower-case letters, digits and dashes, and not a scenario's: "
                + questionId.get());
      }
      if (questionNodes.containsKey(questionId.get())) {
        in.problem(
            keyFile, question.get(ID), DUPLICATE_ID, "question " + questionId.get() + " twice");
      }
      questionNodes.put(questionId.get(), node);
    }
    List<Draw> draws = new ArrayList<>();
    for (Node node : Yaml.items(key.get(DRAW))) {
      Map<String, Node> draw = Yaml.entries(node);
      String tag = in.required(draw, TAG, keyFile, node).orElse("");
      int count = in.number(draw, COUNT, keyFile, 1, 1000, node);
      draws.add(new Draw(tag, count));
      pendingDraws.add(new PendingDraw(id, keyFile, node, tag, count));
    }
    if (questionNodes.isEmpty() && draws.isEmpty()) {
      in.problem(keyFile, root.get(), INVALID_VALUE, "a quiz needs at least one question");
    }
    Map<Language, Map<String, Node>> texts = new EnumMap<>(Language.class);
    Map<String, Map<Language, String>> scenarios = new LinkedHashMap<>();
    scenarioIds.forEach(scenario -> scenarios.put(scenario, new EnumMap<>(Language.class)));
    for (Language language : Language.values()) {
      String textFile = PackageKeys.quizTextFile(id, language);
      boolean declared = in.languages.contains(language);
      if (declared ? !in.needs(textFile, language, "quiz " + id) : !in.exists(textFile)) {
        continue;
      }
      int reported = in.problems.size();
      Map<String, Node> entries = in.yaml(textFile).map(Yaml::entries).orElse(Map.of());
      for (Map.Entry<String, Node> entry : entries.entrySet()) {
        if (scenarioIds.contains(entry.getKey())) {
          Optional.ofNullable(Yaml.entries(entry.getValue()).get(TEXT))
              .flatMap(Yaml::text)
              .ifPresentOrElse(
                  text -> scenarios.get(entry.getKey()).put(language, text),
                  () ->
                      in.problem(
                          textFile,
                          entry.getValue(),
                          MISSING_TRANSLATION,
                          "scenario " + entry.getKey() + " has no text"));
        } else if (!questionNodes.containsKey(entry.getKey())) {
          in.problem(
              textFile,
              entry.getValue(),
              INVALID_VALUE,
              "no question or scenario " + entry.getKey() + " in " + keyFile);
        }
      }
      for (String scenario : scenarioIds) {
        if (!entries.containsKey(scenario)) {
          in.problems.add(
              new PackageProblem(textFile, 1, MISSING_TRANSLATION, "scenario " + scenario));
        }
      }
      if (!declared) {
        // A translation the course does not declare yet is kept for its editor, never judged.
        in.problems.subList(reported, in.problems.size()).clear();
      }
      texts.put(language, entries);
    }
    List<Question> questions = new ArrayList<>();
    for (Map.Entry<String, Node> question : questionNodes.entrySet()) {
      QuestionYaml.Read read =
          questionYaml.read(question.getKey(), question.getValue(), keyFile, scenarioIds, texts);
      questions.add(read.question());
      bank.add(read.question());
      bankTags.add(id);
      if (read.question().common().objective() != null) {
        objectiveUses.add(
            new ObjectiveUse(
                id, keyFile, read.objectiveNode(), read.question().common().objective()));
      }
    }
    List<Scenario> scenarioList = new ArrayList<>();
    scenarios.forEach(
        (scenario, text) -> scenarioList.add(new Scenario(scenario, new Localized<>(text))));
    return Optional.of(new Quiz(id, role, settings, questions, draws, scenarioList));
  }

  QuizSettings.Overrides settings(Node node, String keyFile) {
    if (node == null) {
      return QuizSettings.Overrides.NONE;
    }
    Map<String, Node> settings = Yaml.entries(node);
    for (Map.Entry<String, Node> setting : settings.entrySet()) {
      if (!SETTING_NAMES.contains(setting.getKey())) {
        in.problem(
            keyFile,
            setting.getValue(),
            INVALID_VALUE,
            "unknown setting "
                + setting.getKey()
                + " (known: "
                + String.join(", ", SETTING_NAMES)
                + ")");
      }
    }
    return new QuizSettings.Overrides(
        in.optionalNumber(settings, PASS_MARK, keyFile, 0, 100),
        in.optionalNumber(settings, PackageKeys.ATTEMPTS, keyFile, 0, 100),
        in.choice(settings, GRADING, keyFile, QuizSettings.Grading.class),
        in.optionalNumber(settings, PackageKeys.TIME_LIMIT, keyFile, 0, 24 * 60),
        in.flag(settings, PackageKeys.SHUFFLE_QUESTIONS, keyFile),
        in.flag(settings, PackageKeys.SHUFFLE_OPTIONS, keyFile),
        in.choice(settings, FEEDBACK, keyFile, QuizSettings.FeedbackTiming.class),
        in.choice(settings, REVEAL, keyFile, QuizSettings.Reveal.class),
        in.choice(settings, MULTIPLE, keyFile, QuizSettings.MultipleScoring.class),
        in.optionalNumber(settings, PackageKeys.PENALTY, keyFile, 0, 100));
  }

  /**
   * Every draw needs enough questions with its tag in the course's bank (all quizzes together); an
   * objective the pre-test or the final test names needs at least two questions in the course, or a
   * learner would meet the same question in both.
   */
  void checkReferences(String preTest, String finalTest) {
    for (PendingDraw draw : pendingDraws) {
      long available = 0;
      for (int i = 0; i < bank.size(); i++) {
        if (bank.get(i).bankTags(bankTags.get(i)).contains(draw.tag())) {
          available++;
        }
      }
      if (available < draw.count()) {
        in.problem(
            draw.file(),
            draw.node(),
            INVALID_VALUE,
            "quiz "
                + draw.quiz()
                + " draws "
                + draw.count()
                + " questions tagged "
                + draw.tag()
                + " but the bank has "
                + available);
      }
    }
    Set<String> measured = new HashSet<>();
    Optional.ofNullable(preTest).ifPresent(measured::add);
    Optional.ofNullable(finalTest).ifPresent(measured::add);
    Set<String> reported = new HashSet<>();
    for (ObjectiveUse use : objectiveUses) {
      long parallel =
          bank.stream().filter(q -> use.objective().equals(q.common().objective())).count();
      if (measured.contains(use.quiz()) && parallel < 2 && reported.add(use.objective())) {
        in.problem(
            use.file(),
            use.node(),
            INVALID_VALUE,
            "quiz "
                + use.quiz()
                + ": objective "
                + use.objective()
                + " has "
                + parallel
                + " question in the course; the pre-test and the final test need at least two per objective");
      }
    }
  }
}

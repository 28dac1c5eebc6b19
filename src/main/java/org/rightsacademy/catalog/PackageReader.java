package org.rightsacademy.catalog;

import static org.rightsacademy.catalog.PackageProblem.Kind.ANSWER_KEY;
import static org.rightsacademy.catalog.PackageProblem.Kind.DIRECTION_CONTROL;
import static org.rightsacademy.catalog.PackageProblem.Kind.DUPLICATE_ID;
import static org.rightsacademy.catalog.PackageProblem.Kind.INVALID_VALUE;
import static org.rightsacademy.catalog.PackageProblem.Kind.MISSING_FILE;
import static org.rightsacademy.catalog.PackageProblem.Kind.MISSING_TRANSLATION;
import static org.rightsacademy.catalog.PackageProblem.Kind.NO_SOURCE;
import static org.rightsacademy.catalog.PackageProblem.Kind.TOO_LARGE;
import static org.rightsacademy.catalog.PackageProblem.Kind.UNSAFE_SVG;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rightsacademy.catalog.CoursePackage.AnswerKey;
import org.rightsacademy.catalog.CoursePackage.Draw;
import org.rightsacademy.catalog.CoursePackage.Lesson;
import org.rightsacademy.catalog.CoursePackage.Module;
import org.rightsacademy.catalog.CoursePackage.OptionText;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionText;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.platform.DirectionControls;
import org.rightsacademy.platform.Language;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates one learning package (format: {@code courses/README.md}). Every problem is
 * collected with its file and line; a package with any error is rejected whole, a warning is
 * reported and loads. Once a package reads without error, the {@link GuessingGuard} checks that no
 * quiz can be passed by guessing. Quiz texts (stems, options, feedback, scenarios, matches,
 * accepted answers) and titles are plain text on every page that shows them, so a stigma marker
 * ({@link AvoidedTerm}) is taken off them here, once: the term shows as written, never as a raw
 * <code>{--</code>; lessons keep it and show it struck through.
 */
public final class PackageReader {

  static final String MANIFEST = "course.yaml";
  private static final String ID = "[a-z0-9][a-z0-9-]*";

  /**
   * The package and its problems. {@code course} is the package as read, present when every file
   * reads into a whole course; only when {@link #ok()} (no error, warnings allowed) may it be
   * loaded or published: the guessing guard's errors reject a package that still reads.
   */
  public record Result(Optional<CoursePackage> course, List<PackageProblem> problems) {
    public boolean ok() {
      return course.isPresent() && errors().isEmpty();
    }

    /** The problems that reject the package. */
    public List<PackageProblem> errors() {
      return problems.stream().filter(PackageProblem::isError).toList();
    }

    /** The problems reported that do not reject it. */
    public List<PackageProblem> warnings() {
      return problems.stream().filter(p -> !p.isError()).toList();
    }
  }

  private static final List<String> SETTINGS =
      List.of(
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

  /** A draw, checked against the bank once every quiz is read. */
  private record PendingDraw(String quiz, String file, Node node, String tag, int count) {}

  /**
   * Where a quiz's question names an objective, checked against the bank once every quiz is read.
   */
  private record ObjectiveUse(String quiz, String file, Node node, String objective) {}

  private final PackageFiles files;
  private final List<PackageProblem> problems = new ArrayList<>();
  private final List<Question> bank = new ArrayList<>();
  private final List<PendingDraw> pendingDraws = new ArrayList<>();
  private final List<ObjectiveUse> objectiveUses = new ArrayList<>();
  private final Set<String> oversized = new HashSet<>();
  private List<Language> languages = List.of(Language.EN);
  private int passMark = 70;

  private PackageReader(PackageFiles files) {
    this.files = files;
  }

  public static Result read(PackageFiles files) {
    PackageReader reader = new PackageReader(files);
    reader.checkFiles();
    Optional<CoursePackage> course = reader.course();
    boolean whole = reader.problems.stream().noneMatch(PackageProblem::isError);
    if (whole) {
      course.ifPresent(read -> reader.problems.addAll(GuessingGuard.check(read)));
    }
    return new Result(whole ? course : Optional.empty(), List.copyOf(reader.problems));
  }

  /**
   * One lesson's Markdown rendered and sanitised exactly as a package's lesson is, for the editor's
   * live preview; what the sanitiser would remove is added to {@code problems}.
   */
  public static String renderLesson(
      String markdown,
      String path,
      java.util.Collection<String> packagePaths,
      List<PackageProblem> problems) {
    String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
    return LessonRenderer.render(markdown, path, Set.copyOf(packagePaths), folder, problems);
  }

  /**
   * Every text file within {@link PackageFiles#MAX_TEXT_BYTES} (the YAML reader's own limit, so a
   * file is refused by its size, not halfway through parsing), every SVG safe to show.
   */
  private void checkFiles() {
    for (String path : files.paths()) {
      String lower = path.toLowerCase(Locale.ROOT);
      long size = files.size(path);
      if ((lower.endsWith(".md") || lower.endsWith(".yaml"))
          && size > PackageFiles.MAX_TEXT_BYTES) {
        oversized.add(path);
        problems.add(
            new PackageProblem(
                path,
                1,
                TOO_LARGE,
                "file "
                    + path
                    + " is "
                    + size
                    + " bytes; the limit is "
                    + PackageFiles.MAX_TEXT_BYTES));
      } else if (lower.endsWith(".svg")) {
        SvgCheck.problem(files.bytes(path).orElseThrow())
            .ifPresent(why -> problems.add(new PackageProblem(path, 1, UNSAFE_SVG, why)));
      }
    }
  }

  private Optional<CoursePackage> course() {
    Optional<Node> root = yaml(MANIFEST);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> manifest = Yaml.entries(root.get());
    String code = required(manifest, "code", MANIFEST, root.get()).orElse("?");
    if (!code.matches(ID)) {
      problem(
          MANIFEST,
          manifest.get("code"),
          INVALID_VALUE,
          "code must be lower-case letters, digits and dashes: " + code);
    }
    int version = number(manifest, "version", MANIFEST, 1, Integer.MAX_VALUE, root.get());
    languages = languages(manifest.get("languages"));
    Map<Language, String> titles = titles(manifest.get("title"), "title", MANIFEST, root.get());
    Map<Language, String> summaries =
        translated(manifest.get("summary"), "summary", MANIFEST, root.get());
    Node completion = manifest.get("completion");
    passMark =
        number(
            Yaml.entries(completion),
            "pass_mark",
            MANIFEST,
            0,
            100,
            completion == null ? root.get() : completion);
    boolean showsScore =
        flag(Yaml.entries(manifest.get("certificate")), "show_score", MANIFEST, false);

    List<Module> modules = new ArrayList<>();
    Set<String> moduleIds = new HashSet<>();
    Set<String> quizIds = new HashSet<>();
    List<Node> moduleNodes = Yaml.items(manifest.get("modules"));
    if (moduleNodes.isEmpty()) {
      problem(
          MANIFEST,
          Optional.ofNullable(manifest.get("modules")).orElse(root.get()),
          INVALID_VALUE,
          "a course needs at least one module");
    }
    for (Node moduleNode : moduleNodes) {
      module(moduleNode, moduleIds, quizIds).ifPresent(modules::add);
    }
    Quiz preTest = quizReference(manifest.get("pre_test"), "pre_test", root.get(), quizIds, false);
    Quiz finalTest =
        quizReference(manifest.get("final_test"), "final_test", root.get(), quizIds, true);
    checkDraws();
    checkObjectives(preTest, finalTest);
    return Optional.of(
        new CoursePackage(
            code,
            version,
            languages,
            titles,
            summaries,
            passMark,
            showsScore,
            List.copyOf(modules),
            preTest,
            finalTest,
            files.checksum()));
  }

  private Optional<Module> module(Node node, Set<String> moduleIds, Set<String> quizIds) {
    Map<String, Node> module = Yaml.entries(node);
    String id = required(module, "id", MANIFEST, node).orElse(null);
    if (id == null) {
      return Optional.empty();
    }
    unique(id, moduleIds, MANIFEST, module.get("id"), "module");
    Map<Language, String> titles =
        titles(module.get("title"), "title of module " + id, MANIFEST, node);
    List<Lesson> lessons = new ArrayList<>();
    Set<String> lessonIds = new HashSet<>();
    for (Node lessonNode : Yaml.items(module.get("lessons"))) {
      lesson(lessonNode, lessonIds).ifPresent(lessons::add);
    }
    if (lessons.isEmpty() && lessonIds.isEmpty()) {
      problem(MANIFEST, node, INVALID_VALUE, "module " + id + " has no lessons");
    }
    Quiz quiz = quizReference(module.get("quiz"), "quiz of module " + id, node, quizIds, false);
    return Optional.of(new Module(id, titles, List.copyOf(lessons), quiz));
  }

  private Optional<Lesson> lesson(Node node, Set<String> lessonIds) {
    Map<String, Node> lesson = Yaml.entries(node);
    String id = required(lesson, "id", MANIFEST, node).orElse(null);
    String file = required(lesson, "file", MANIFEST, node).orElse(null);
    if (id == null || file == null) {
      return Optional.empty();
    }
    unique(id, lessonIds, MANIFEST, lesson.get("id"), "lesson");
    Map<Language, String> titles =
        titles(lesson.get("title"), "title of lesson " + id, MANIFEST, node);
    Map<Language, String> html = new EnumMap<>(Language.class);
    String base = "lessons/" + file;
    String folder = base.contains("/") ? base.substring(0, base.lastIndexOf('/') + 1) : "";
    for (Language language : languages) {
      String path = base + "." + language.code() + ".md";
      if (!files.paths().contains(path)) {
        problems.add(
            new PackageProblem(
                path,
                0,
                language == Language.EN ? MISSING_FILE : MISSING_TRANSLATION,
                "lesson " + id));
        continue;
      }
      text(path)
          .ifPresent(
              markdown ->
                  html.put(
                      language,
                      LessonRenderer.render(markdown, path, files.paths(), folder, problems)));
    }
    return Optional.of(new Lesson(id, titles, html));
  }

  private Quiz quizReference(
      Node node, String what, Node owner, Set<String> quizIds, boolean finalTest) {
    Optional<String> id = Optional.ofNullable(node).flatMap(Yaml::text);
    if (id.isEmpty()) {
      problem(MANIFEST, owner, INVALID_VALUE, what + " is missing");
      return null;
    }
    unique(id.get(), quizIds, MANIFEST, node, "quiz");
    return quiz(id.get(), finalTest);
  }

  private Quiz quiz(String id, boolean finalTest) {
    String keyFile = "quizzes/" + id + ".yaml";
    Optional<Node> root = yaml(keyFile);
    if (root.isEmpty()) {
      return null;
    }
    Map<String, Node> key = Yaml.entries(root.get());
    QuizSettings settings =
        settings(
            key.get("settings"),
            keyFile,
            finalTest ? QuizSettings.finalTestDefaults(passMark) : QuizSettings.defaults(passMark));
    Set<String> scenarioIds = new LinkedHashSet<>();
    for (Node scenario : Yaml.items(key.get("scenarios"))) {
      String scenarioId = Yaml.text(scenario).orElse("");
      if (!scenarioId.matches(ID)) {
        problem(
            keyFile,
            scenario,
            INVALID_VALUE,
            "scenario id must be lower-case letters, digits and dashes: " + scenarioId);
      }
      unique(scenarioId, scenarioIds, keyFile, scenario, "scenario");
    }
    Map<String, Node> questionNodes = new LinkedHashMap<>();
    for (Node node : Yaml.items(key.get("questions"))) {
      Map<String, Node> question = Yaml.entries(node);
      Optional<String> questionId = required(question, "id", keyFile, node);
      if (questionId.isEmpty()) {
        continue;
      }
      if (!questionId.get().matches(ID) || scenarioIds.contains(questionId.get())) {
        problem(
            keyFile,
            question.get("id"),
            INVALID_VALUE,
            "question id must be lower-case letters, digits and dashes, and not a scenario's: "
                + questionId.get());
      }
      if (questionNodes.containsKey(questionId.get())) {
        problem(
            keyFile, question.get("id"), DUPLICATE_ID, "question " + questionId.get() + " twice");
      }
      questionNodes.put(questionId.get(), node);
    }
    List<Draw> draws = new ArrayList<>();
    for (Node node : Yaml.items(key.get("draw"))) {
      Map<String, Node> draw = Yaml.entries(node);
      String tag = required(draw, "tag", keyFile, node).orElse("");
      int count = number(draw, "count", keyFile, 1, 1000, node);
      draws.add(new Draw(tag, count));
      pendingDraws.add(new PendingDraw(id, keyFile, node, tag, count));
    }
    if (questionNodes.isEmpty() && draws.isEmpty()) {
      problem(keyFile, root.get(), INVALID_VALUE, "a quiz needs at least one question");
    }
    Map<Language, Map<String, Node>> texts = new EnumMap<>(Language.class);
    Map<String, Map<Language, String>> scenarios = new LinkedHashMap<>();
    scenarioIds.forEach(scenario -> scenarios.put(scenario, new EnumMap<>(Language.class)));
    for (Language language : languages) {
      String textFile = "quizzes/" + id + "." + language.code() + ".yaml";
      if (!files.paths().contains(textFile)) {
        problems.add(
            new PackageProblem(
                textFile,
                0,
                language == Language.EN ? MISSING_FILE : MISSING_TRANSLATION,
                "quiz " + id));
        continue;
      }
      Map<String, Node> entries = yaml(textFile).map(Yaml::entries).orElse(Map.of());
      for (Map.Entry<String, Node> entry : entries.entrySet()) {
        if (scenarioIds.contains(entry.getKey())) {
          Optional.ofNullable(Yaml.entries(entry.getValue()).get("text"))
              .flatMap(Yaml::text)
              .ifPresentOrElse(
                  text -> scenarios.get(entry.getKey()).put(language, AvoidedTerm.strip(text)),
                  () ->
                      problem(
                          textFile,
                          entry.getValue(),
                          MISSING_TRANSLATION,
                          "scenario " + entry.getKey() + " has no text"));
        } else if (!questionNodes.containsKey(entry.getKey())) {
          problem(
              textFile,
              entry.getValue(),
              INVALID_VALUE,
              "no question or scenario " + entry.getKey() + " in " + keyFile);
        }
      }
      for (String scenario : scenarioIds) {
        if (!entries.containsKey(scenario)) {
          problems.add(
              new PackageProblem(textFile, 1, MISSING_TRANSLATION, "scenario " + scenario));
        }
      }
      texts.put(language, entries);
    }
    List<Question> questions = new ArrayList<>();
    for (Map.Entry<String, Node> question : questionNodes.entrySet()) {
      questions.add(
          question(question.getKey(), question.getValue(), keyFile, id, scenarioIds, texts));
    }
    bank.addAll(questions);
    Map<String, Map<Language, String>> frozenScenarios = new LinkedHashMap<>();
    scenarios.forEach((scenario, text) -> frozenScenarios.put(scenario, Map.copyOf(text)));
    return new Quiz(
        id, List.copyOf(questions), List.copyOf(draws), settings, Map.copyOf(frozenScenarios));
  }

  private QuizSettings settings(Node node, String keyFile, QuizSettings defaults) {
    if (node == null) {
      return defaults;
    }
    Map<String, Node> settings = Yaml.entries(node);
    for (Map.Entry<String, Node> setting : settings.entrySet()) {
      if (!SETTINGS.contains(setting.getKey())) {
        problem(
            keyFile,
            setting.getValue(),
            INVALID_VALUE,
            "unknown setting "
                + setting.getKey()
                + " (known: "
                + String.join(", ", SETTINGS)
                + ")");
      }
    }
    return new QuizSettings(
        optionalNumber(settings, "pass_mark", keyFile, 0, 100, defaults.passMark()),
        optionalNumber(settings, "attempts", keyFile, 0, 100, defaults.attempts()),
        choice(settings, "grading", keyFile, QuizSettings.Grading.class, defaults.grading()),
        optionalNumber(settings, "time_limit", keyFile, 0, 24 * 60, defaults.timeLimitMinutes()),
        flag(settings, "shuffle_questions", keyFile, defaults.shuffleQuestions()),
        flag(settings, "shuffle_options", keyFile, defaults.shuffleOptions()),
        choice(
            settings, "feedback", keyFile, QuizSettings.FeedbackTiming.class, defaults.feedback()),
        choice(settings, "reveal", keyFile, QuizSettings.Reveal.class, defaults.reveal()),
        choice(
            settings, "multiple", keyFile, QuizSettings.MultipleScoring.class, defaults.multiple()),
        optionalNumber(settings, "penalty", keyFile, 0, 100, defaults.penalty()));
  }

  private int optionalNumber(
      Map<String, Node> entries, String key, String file, int min, int max, int fallback) {
    return entries.containsKey(key)
        ? number(entries, key, file, min, max, entries.get(key))
        : fallback;
  }

  private boolean flag(Map<String, Node> entries, String key, String file, boolean fallback) {
    if (!entries.containsKey(key)) {
      return fallback;
    }
    String value = Yaml.text(entries.get(key)).orElse("");
    if (!value.equals("true") && !value.equals("false")) {
      problem(file, entries.get(key), INVALID_VALUE, key + " must be true or false: " + value);
      return fallback;
    }
    return Boolean.parseBoolean(value);
  }

  private <E extends Enum<E>> E choice(
      Map<String, Node> entries, String key, String file, Class<E> type, E fallback) {
    if (!entries.containsKey(key)) {
      return fallback;
    }
    String value = Yaml.text(entries.get(key)).orElse("");
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      List<String> known =
          java.util.Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
              .toList();
      problem(
          file, entries.get(key), INVALID_VALUE, key + " must be one of " + known + ": " + value);
      return fallback;
    }
  }

  /** Every draw needs enough questions with its tag in the course's bank (all quizzes together). */
  private void checkDraws() {
    for (PendingDraw draw : pendingDraws) {
      long available = bank.stream().filter(q -> q.tags().contains(draw.tag())).count();
      if (available < draw.count()) {
        problem(
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
  }

  /**
   * The pre-test and the final test draw one question per objective among the course's questions
   * written for it; an objective they name needs at least two, or a learner would meet the same
   * question in both.
   */
  private void checkObjectives(Quiz preTest, Quiz finalTest) {
    Set<String> measured = new HashSet<>();
    Optional.ofNullable(preTest).ifPresent(q -> measured.add(q.id()));
    Optional.ofNullable(finalTest).ifPresent(q -> measured.add(q.id()));
    Set<String> reported = new HashSet<>();
    for (ObjectiveUse use : objectiveUses) {
      long parallel = bank.stream().filter(q -> use.objective().equals(q.objective())).count();
      if (measured.contains(use.quiz()) && parallel < 2 && reported.add(use.objective())) {
        problem(
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

  private Question question(
      String id,
      Node node,
      String keyFile,
      String quizId,
      Set<String> scenarioIds,
      Map<Language, Map<String, Node>> texts) {
    Map<String, Node> question = Yaml.entries(node);
    String typeName = required(question, "type", keyFile, node).orElse("single");
    QuestionType type;
    try {
      type = QuestionType.valueOf(typeName.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problem(
          keyFile,
          question.get("type"),
          INVALID_VALUE,
          "question "
              + id
              + ": unknown type "
              + typeName
              + " (single, multiple, true-false, matching, ordering, short)");
      type = QuestionType.SINGLE;
    }
    List<String> options =
        type == QuestionType.TRUE_FALSE
            ? List.of("true", "false")
            : ids(question.get("options"), keyFile, "option");
    List<String> matches =
        type == QuestionType.MATCHING ? ids(question.get("matches"), keyFile, "match") : List.of();
    if (type != QuestionType.SHORT && type != QuestionType.TRUE_FALSE && options.size() < 2) {
      problem(keyFile, node, INVALID_VALUE, "question " + id + " needs at least two options");
    }
    if (type == QuestionType.MATCHING && matches.size() < 2) {
      problem(keyFile, node, INVALID_VALUE, "question " + id + " needs at least two matches");
    }
    AnswerKey key = answerKey(id, type, typeName, question, node, keyFile, options, matches);
    String scenario =
        Optional.ofNullable(question.get("scenario")).flatMap(Yaml::text).orElse(null);
    if (scenario != null && !scenarioIds.contains(scenario)) {
      problem(
          keyFile,
          question.get("scenario"),
          INVALID_VALUE,
          "question " + id + ": no scenario " + scenario + " in this quiz's scenarios");
    }
    Set<String> tags = new LinkedHashSet<>();
    tags.add(quizId);
    for (Node tag : Yaml.items(question.get("tags"))) {
      String value = Yaml.text(tag).orElse("");
      if (!value.matches(ID)) {
        problem(
            keyFile,
            tag,
            INVALID_VALUE,
            "question " + id + ": a tag must be lower-case letters, digits and dashes: " + value);
      }
      tags.add(value);
    }
    Map<Language, QuestionText> translations = new EnumMap<>(Language.class);
    for (Map.Entry<Language, Map<String, Node>> text : texts.entrySet()) {
      String textFile = "quizzes/" + quizId + "." + text.getKey().code() + ".yaml";
      Node textNode = text.getValue().get(id);
      if (textNode == null) {
        problems.add(new PackageProblem(textFile, 1, MISSING_TRANSLATION, "question " + id));
        continue;
      }
      questionText(id, type, textNode, textFile, options, matches)
          .ifPresent(t -> translations.put(text.getKey(), t));
    }
    Optional.ofNullable(translations.get(Language.EN))
        .flatMap(english -> sourceTag(english.source()))
        .ifPresent(tags::add);
    boolean shuffle = flag(question, "shuffle", keyFile, true);
    String objective =
        Optional.ofNullable(question.get("objective")).flatMap(Yaml::text).orElse(null);
    if (objective != null && !objective.matches(ID)) {
      problem(
          keyFile,
          question.get("objective"),
          INVALID_VALUE,
          "question "
              + id
              + ": an objective must be lower-case letters, digits and dashes: "
              + objective);
    }
    if (objective != null) {
      objectiveUses.add(new ObjectiveUse(quizId, keyFile, question.get("objective"), objective));
    }
    return new Question(
        id,
        type,
        options,
        matches,
        key,
        scenario,
        Set.copyOf(tags),
        translations,
        shuffle,
        objective);
  }

  /**
   * The tag a question gets from its English legal source, so that a quiz can draw by provision:
   * "ICRMW art. 16(7)" → {@code icrmw-art-16}, "Principle 7" → {@code principle-7}, "Border
   * Guideline 8" → {@code border-guideline-8}. Sources without a number give no tag.
   */
  static Optional<String> sourceTag(String source) {
    java.util.regex.Matcher numbered =
        java.util.regex.Pattern.compile("^([^0-9]*?)(\\d+)")
            .matcher(source == null ? "" : source.strip());
    if (!numbered.find()) {
      return Optional.empty();
    }
    String words =
        numbered
            .group(1)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z]+", "-")
            .replaceAll("^-|-$", "");
    return words.isEmpty() ? Optional.empty() : Optional.of(words + "-" + numbered.group(2));
  }

  private List<String> ids(Node list, String keyFile, String what) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Node item : Yaml.items(list)) {
      Yaml.text(item)
          .ifPresent(
              id -> {
                unique(id, seen, keyFile, item, what);
                ids.add(id);
              });
    }
    return List.copyOf(ids);
  }

  private AnswerKey answerKey(
      String id,
      QuestionType type,
      String typeName,
      Map<String, Node> question,
      Node node,
      String keyFile,
      List<String> options,
      List<String> matches) {
    Node correctNode = question.get("correct");
    switch (type) {
      case SHORT -> {
        if (correctNode != null) {
          problem(
              keyFile,
              correctNode,
              ANSWER_KEY,
              "question "
                  + id
                  + " is short: its accepted answers go in each language file (accept:)");
        }
        return new AnswerKey.Accepted();
      }
      case MATCHING -> {
        Map<String, String> pairs = new LinkedHashMap<>();
        Map<String, Node> entries = Yaml.entries(correctNode);
        for (Map.Entry<String, Node> pair : entries.entrySet()) {
          String match = Yaml.text(pair.getValue()).orElse("");
          if (!options.contains(pair.getKey()) || !matches.contains(match)) {
            problem(
                keyFile,
                pair.getValue(),
                ANSWER_KEY,
                "question "
                    + id
                    + ": "
                    + pair.getKey()
                    + " → "
                    + match
                    + " pairs an option of "
                    + options
                    + " with a match of "
                    + matches);
          }
          pairs.put(pair.getKey(), match);
        }
        if (!pairs.keySet().containsAll(options)) {
          problem(
              keyFile,
              correctNode == null ? node : correctNode,
              ANSWER_KEY,
              "question " + id + ": every option needs its match: " + options);
        }
        return new AnswerKey.Pairs(Map.copyOf(pairs));
      }
      case ORDERING -> {
        List<String> order = new ArrayList<>();
        for (Node item : Yaml.items(correctNode)) {
          order.add(Yaml.text(item).orElse(""));
        }
        if (order.size() != options.size() || !Set.copyOf(order).equals(Set.copyOf(options))) {
          problem(
              keyFile,
              correctNode == null ? node : correctNode,
              ANSWER_KEY,
              "question " + id + ": the correct order must list every option once: " + options);
        }
        return new AnswerKey.Sequence(List.copyOf(order));
      }
      default -> {
        Set<String> correct = new LinkedHashSet<>();
        List<Node> answers = Yaml.items(correctNode);
        if (answers.isEmpty() && correctNode != null) {
          answers = List.of(correctNode);
        }
        for (Node answer : answers) {
          String value = Yaml.text(answer).orElse("");
          if (!options.contains(value)) {
            problem(
                keyFile,
                answer,
                ANSWER_KEY,
                "question " + id + ": correct answer " + value + " is not one of " + options);
          }
          correct.add(value);
        }
        if (correct.isEmpty()) {
          problem(keyFile, node, ANSWER_KEY, "question " + id + " has no correct answer");
        } else if (type != QuestionType.MULTIPLE && correct.size() > 1) {
          problem(
              keyFile,
              correctNode,
              ANSWER_KEY,
              "question "
                  + id
                  + " is "
                  + typeName
                  + " but has "
                  + correct.size()
                  + " correct answers");
        }
        return new AnswerKey.Choices(Set.copyOf(correct));
      }
    }
  }

  private Optional<QuestionText> questionText(
      String id,
      QuestionType type,
      Node node,
      String file,
      List<String> options,
      List<String> matches) {
    Map<String, Node> text = Yaml.entries(node);
    Optional<String> stem = Optional.ofNullable(text.get("text")).flatMap(Yaml::text);
    Optional<String> source = Optional.ofNullable(text.get("source")).flatMap(Yaml::text);
    if (stem.isEmpty()) {
      problem(file, node, MISSING_TRANSLATION, "question " + id + " has no text");
    }
    if (source.isEmpty()) {
      problem(file, node, NO_SOURCE, "question " + id + " names no legal source");
    }
    Map<String, Node> optionNodes = Yaml.entries(text.get("options"));
    Map<String, OptionText> optionTexts = new LinkedHashMap<>();
    for (String option : options) {
      Node optionNode = optionNodes.get(option);
      Map<String, Node> fields = Yaml.entries(optionNode);
      Optional<String> optionText =
          Optional.ofNullable(fields.get("text"))
              .flatMap(Yaml::text)
              .or(() -> Optional.ofNullable(optionNode).flatMap(Yaml::text));
      if (optionText.isEmpty()) {
        problem(
            file,
            optionNode == null ? node : optionNode,
            MISSING_TRANSLATION,
            "question " + id + ": option " + option + " has no text");
        continue;
      }
      optionTexts.put(
          option,
          new OptionText(
              AvoidedTerm.strip(optionText.get()),
              AvoidedTerm.strip(
                  Optional.ofNullable(fields.get("feedback")).flatMap(Yaml::text).orElse(null))));
    }
    for (String stray : optionNodes.keySet()) {
      if (!options.contains(stray)) {
        problem(
            file,
            optionNodes.get(stray),
            ANSWER_KEY,
            "question " + id + ": no option " + stray + " in the answer key file");
      }
    }
    Map<String, Node> matchNodes = Yaml.entries(text.get("matches"));
    Map<String, String> matchTexts = new LinkedHashMap<>();
    for (String match : matches) {
      Optional<String> matchText = Optional.ofNullable(matchNodes.get(match)).flatMap(Yaml::text);
      matchText.ifPresentOrElse(
          t -> matchTexts.put(match, AvoidedTerm.strip(t)),
          () ->
              problem(
                  file,
                  node,
                  MISSING_TRANSLATION,
                  "question " + id + ": match " + match + " has no text"));
    }
    List<String> accepted = new ArrayList<>();
    Yaml.items(text.get("accept"))
        .forEach(answer -> Yaml.text(answer).map(AvoidedTerm::strip).ifPresent(accepted::add));
    if (type == QuestionType.SHORT && accepted.isEmpty()) {
      problem(
          file,
          node,
          ANSWER_KEY,
          "question " + id + " is short but accepts no answer in this language (accept:)");
    }
    if (stem.isEmpty() || source.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new QuestionText(
            AvoidedTerm.strip(stem.get()),
            source.get(),
            AvoidedTerm.strip(
                Optional.ofNullable(text.get("feedback")).flatMap(Yaml::text).orElse(null)),
            Map.copyOf(optionTexts),
            Map.copyOf(matchTexts),
            List.copyOf(accepted)));
  }

  // ---- small helpers
  // --------------------------------------------------------------------------------

  private Optional<Node> yaml(String path) {
    if (!files.paths().contains(path)) {
      problems.add(new PackageProblem(path, 0, MISSING_FILE, path));
      return Optional.empty();
    }
    return text(path).flatMap(text -> Yaml.parse(text, path, problems));
  }

  private Optional<String> text(String path) {
    if (oversized.contains(path)) {
      return Optional.empty();
    }
    try {
      return files.text(path);
    } catch (IllegalArgumentException e) {
      problems.add(new PackageProblem(path, 1, INVALID_VALUE, "not UTF-8 text"));
      return Optional.empty();
    }
  }

  private List<Language> languages(Node node) {
    List<Language> declared = new ArrayList<>();
    for (Node item : Yaml.items(node)) {
      String code = Yaml.text(item).orElse("");
      Language.fromCode(code)
          .filter(language -> language.code().equals(code))
          .ifPresentOrElse(
              declared::add,
              () ->
                  problem(
                      MANIFEST,
                      item,
                      INVALID_VALUE,
                      "unsupported language " + code + " (en, fr, ru, ar)"));
    }
    if (!declared.contains(Language.EN)) {
      problem(MANIFEST, node, INVALID_VALUE, "languages must include en, the authoring language");
      declared.add(0, Language.EN);
    }
    return List.copyOf(new LinkedHashSet<>(declared));
  }

  /**
   * A title per language, as {@link #translated}; a direction control in one is a problem at its
   * line.
   */
  private Map<Language, String> titles(Node node, String what, String file, Node owner) {
    Map<Language, String> titles = translated(node, what, file, owner);
    Map<String, Node> entries = Yaml.entries(node);
    titles.forEach(
        (language, title) ->
            DirectionControls.first(title)
                .ifPresent(
                    control ->
                        problem(
                            file,
                            entries.get(language.code()),
                            DIRECTION_CONTROL,
                            what
                                + " in "
                                + language.code()
                                + " contains the invisible direction control "
                                + control
                                + " (it would turn the text after it around)")));
    return titles;
  }

  /**
   * A text given per language ({@code title: {en: ..., fr: ...}}); every declared language is
   * required.
   */
  private Map<Language, String> translated(Node node, String what, String file, Node owner) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    Map<String, Node> entries = Yaml.entries(node);
    for (Language language : languages) {
      Optional<String> text = Optional.ofNullable(entries.get(language.code())).flatMap(Yaml::text);
      text.ifPresentOrElse(
          t -> texts.put(language, AvoidedTerm.strip(t)),
          () ->
              problem(
                  file,
                  node == null ? owner : node,
                  language == Language.EN ? INVALID_VALUE : MISSING_TRANSLATION,
                  what + " in " + language.code()));
    }
    return texts;
  }

  private Optional<String> required(
      Map<String, Node> entries, String key, String file, Node owner) {
    Optional<String> value = Optional.ofNullable(entries.get(key)).flatMap(Yaml::text);
    if (value.isEmpty()) {
      problem(file, owner, INVALID_VALUE, key + " is missing");
    }
    return value;
  }

  private int number(
      Map<String, Node> entries, String key, String file, int min, int max, Node owner) {
    Optional<String> text = required(entries, key, file, owner);
    try {
      int value = Integer.parseInt(text.orElse(String.valueOf(min)));
      if (value < min || value > max) {
        problem(
            file, entries.get(key), INVALID_VALUE, key + " must be between " + min + " and " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      problem(
          file,
          entries.get(key),
          INVALID_VALUE,
          key + " is not a whole number: " + text.orElse(""));
      return min;
    }
  }

  private void unique(String id, Set<String> seen, String file, Node node, String what) {
    if (!id.matches(ID)) {
      problem(
          file,
          node,
          INVALID_VALUE,
          what + " id must be lower-case letters, digits and dashes: " + id);
    }
    if (!seen.add(id)) {
      problem(file, node, DUPLICATE_ID, what + " " + id);
    }
  }

  private void problem(String file, Node node, PackageProblem.Kind kind, String detail) {
    problems.add(new PackageProblem(file, node == null ? 1 : Yaml.line(node), kind, detail));
  }
}

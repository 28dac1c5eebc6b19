package org.rightsacademy.catalog;

import static org.rightsacademy.catalog.PackageProblem.Kind.ANSWER_KEY;
import static org.rightsacademy.catalog.PackageProblem.Kind.DUPLICATE_ID;
import static org.rightsacademy.catalog.PackageProblem.Kind.INVALID_VALUE;
import static org.rightsacademy.catalog.PackageProblem.Kind.MISSING_FILE;
import static org.rightsacademy.catalog.PackageProblem.Kind.MISSING_TRANSLATION;
import static org.rightsacademy.catalog.PackageProblem.Kind.NO_SOURCE;

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
import org.rightsacademy.catalog.CoursePackage.Lesson;
import org.rightsacademy.catalog.CoursePackage.Module;
import org.rightsacademy.catalog.CoursePackage.OptionText;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.QuestionText;
import org.rightsacademy.catalog.CoursePackage.QuestionType;
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.platform.Language;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads and validates one learning package (format: {@code courses/README.md}). Every problem is
 * collected with its file and line; a package with any problem is rejected whole.
 */
public final class PackageReader {

  static final String MANIFEST = "course.yaml";
  private static final String ID = "[a-z0-9][a-z0-9-]*";

  /** The package, or the problems that reject it. */
  public record Result(Optional<CoursePackage> course, List<PackageProblem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private final PackageFiles files;
  private final List<PackageProblem> problems = new ArrayList<>();
  private List<Language> languages = List.of(Language.EN);

  private PackageReader(PackageFiles files) {
    this.files = files;
  }

  public static Result read(PackageFiles files) {
    PackageReader reader = new PackageReader(files);
    Optional<CoursePackage> course = reader.course();
    List<PackageProblem> problems = List.copyOf(reader.problems);
    return new Result(problems.isEmpty() ? course : Optional.empty(), problems);
  }

  private Optional<CoursePackage> course() {
    Optional<Node> root = yaml(MANIFEST);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Node> manifest = Yaml.entries(root.get());
    String code = required(manifest, "code", MANIFEST, root.get()).orElse("?");
    if (!code.matches(ID)) {
      problem(MANIFEST, manifest.get("code"), INVALID_VALUE, "code must be lower-case letters, digits and dashes: " + code);
    }
    int version = number(manifest, "version", MANIFEST, 1, Integer.MAX_VALUE, root.get());
    languages = languages(manifest.get("languages"));
    Map<Language, String> titles = translated(manifest.get("title"), "title", MANIFEST, root.get());
    Map<Language, String> summaries = translated(manifest.get("summary"), "summary", MANIFEST, root.get());
    Node completion = manifest.get("completion");
    int passMark = number(Yaml.entries(completion), "pass_mark", MANIFEST, 0, 100, completion == null ? root.get() : completion);

    List<Module> modules = new ArrayList<>();
    Set<String> moduleIds = new HashSet<>();
    Set<String> quizIds = new HashSet<>();
    List<Node> moduleNodes = Yaml.items(manifest.get("modules"));
    if (moduleNodes.isEmpty()) {
      problem(MANIFEST, Optional.ofNullable(manifest.get("modules")).orElse(root.get()), INVALID_VALUE, "a course needs at least one module");
    }
    for (Node moduleNode : moduleNodes) {
      module(moduleNode, moduleIds, quizIds).ifPresent(modules::add);
    }
    Quiz preTest = quizReference(manifest.get("pre_test"), "pre_test", root.get(), quizIds);
    Quiz finalTest = quizReference(manifest.get("final_test"), "final_test", root.get(), quizIds);
    return Optional.of(
        new CoursePackage(code, version, languages, titles, summaries, passMark, List.copyOf(modules), preTest, finalTest, files.checksum()));
  }

  private Optional<Module> module(Node node, Set<String> moduleIds, Set<String> quizIds) {
    Map<String, Node> module = Yaml.entries(node);
    String id = required(module, "id", MANIFEST, node).orElse(null);
    if (id == null) {
      return Optional.empty();
    }
    unique(id, moduleIds, MANIFEST, module.get("id"), "module");
    Map<Language, String> titles = translated(module.get("title"), "title of module " + id, MANIFEST, node);
    List<Lesson> lessons = new ArrayList<>();
    Set<String> lessonIds = new HashSet<>();
    for (Node lessonNode : Yaml.items(module.get("lessons"))) {
      lesson(lessonNode, lessonIds).ifPresent(lessons::add);
    }
    if (lessons.isEmpty() && lessonIds.isEmpty()) {
      problem(MANIFEST, node, INVALID_VALUE, "module " + id + " has no lessons");
    }
    Quiz quiz = quizReference(module.get("quiz"), "quiz of module " + id, node, quizIds);
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
    Map<Language, String> titles = translated(lesson.get("title"), "title of lesson " + id, MANIFEST, node);
    Map<Language, String> html = new EnumMap<>(Language.class);
    String base = "lessons/" + file;
    String folder = base.contains("/") ? base.substring(0, base.lastIndexOf('/') + 1) : "";
    for (Language language : languages) {
      String path = base + "." + language.code() + ".md";
      if (!files.paths().contains(path)) {
        problems.add(new PackageProblem(path, 0, language == Language.EN ? MISSING_FILE : MISSING_TRANSLATION, "lesson " + id));
        continue;
      }
      text(path).ifPresent(markdown -> html.put(language, LessonRenderer.render(markdown, path, files.paths(), folder, problems)));
    }
    return Optional.of(new Lesson(id, titles, html));
  }

  private Quiz quizReference(Node node, String what, Node owner, Set<String> quizIds) {
    Optional<String> id = Optional.ofNullable(node).flatMap(Yaml::text);
    if (id.isEmpty()) {
      problem(MANIFEST, owner, INVALID_VALUE, what + " is missing");
      return null;
    }
    unique(id.get(), quizIds, MANIFEST, node, "quiz");
    return quiz(id.get());
  }

  private Quiz quiz(String id) {
    String keyFile = "quizzes/" + id + ".yaml";
    Optional<Node> root = yaml(keyFile);
    if (root.isEmpty()) {
      return null;
    }
    List<Question> questions = new ArrayList<>();
    Set<String> questionIds = new HashSet<>();
    Map<String, Node> questionNodes = new LinkedHashMap<>();
    for (Node node : Yaml.items(Yaml.entries(root.get()).get("questions"))) {
      Map<String, Node> question = Yaml.entries(node);
      Optional<String> questionId = required(question, "id", keyFile, node);
      if (questionId.isEmpty()) {
        continue;
      }
      unique(questionId.get(), questionIds, keyFile, question.get("id"), "question");
      questionNodes.put(questionId.get(), node);
    }
    if (questionNodes.isEmpty()) {
      problem(keyFile, root.get(), INVALID_VALUE, "a quiz needs at least one question");
    }
    Map<Language, Map<String, Node>> texts = new EnumMap<>(Language.class);
    for (Language language : languages) {
      String textFile = "quizzes/" + id + "." + language.code() + ".yaml";
      if (!files.paths().contains(textFile)) {
        problems.add(new PackageProblem(textFile, 0, language == Language.EN ? MISSING_FILE : MISSING_TRANSLATION, "quiz " + id));
        continue;
      }
      Map<String, Node> entries = yaml(textFile).map(Yaml::entries).orElse(Map.of());
      for (Map.Entry<String, Node> stray : entries.entrySet()) {
        if (!questionNodes.containsKey(stray.getKey())) {
          problem(textFile, stray.getValue(), INVALID_VALUE, "no question " + stray.getKey() + " in " + keyFile);
        }
      }
      texts.put(language, entries);
    }
    for (Map.Entry<String, Node> question : questionNodes.entrySet()) {
      questions.add(question(question.getKey(), question.getValue(), keyFile, id, texts));
    }
    return new Quiz(id, List.copyOf(questions));
  }

  private Question question(String id, Node node, String keyFile, String quizId, Map<Language, Map<String, Node>> texts) {
    Map<String, Node> question = Yaml.entries(node);
    String typeName = required(question, "type", keyFile, node).orElse("single");
    QuestionType type;
    try {
      type = QuestionType.valueOf(typeName.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      problem(keyFile, question.get("type"), INVALID_VALUE, "question " + id + ": unknown type " + typeName);
      type = QuestionType.SINGLE;
    }
    List<String> options = new ArrayList<>();
    if (type == QuestionType.TRUE_FALSE) {
      options.addAll(List.of("true", "false"));
    } else {
      Set<String> seen = new HashSet<>();
      for (Node option : Yaml.items(question.get("options"))) {
        Yaml.text(option).ifPresent(optionId -> {
          unique(optionId, seen, keyFile, option, "option");
          options.add(optionId);
        });
      }
      if (options.size() < 2) {
        problem(keyFile, node, INVALID_VALUE, "question " + id + " needs at least two options");
      }
    }
    Set<String> correct = new LinkedHashSet<>();
    List<Node> key = Yaml.items(question.get("correct"));
    if (key.isEmpty() && question.get("correct") != null) {
      key = List.of(question.get("correct"));
    }
    for (Node answer : key) {
      String value = Yaml.text(answer).orElse("");
      if (!options.contains(value)) {
        problem(keyFile, answer, ANSWER_KEY, "question " + id + ": correct answer " + value + " is not one of " + options);
      }
      correct.add(value);
    }
    if (correct.isEmpty()) {
      problem(keyFile, node, ANSWER_KEY, "question " + id + " has no correct answer");
    } else if (type != QuestionType.MULTIPLE && correct.size() > 1) {
      problem(keyFile, question.get("correct"), ANSWER_KEY, "question " + id + " is " + typeName + " but has " + correct.size() + " correct answers");
    }
    Map<Language, QuestionText> translations = new EnumMap<>(Language.class);
    for (Map.Entry<Language, Map<String, Node>> text : texts.entrySet()) {
      String textFile = "quizzes/" + quizId + "." + text.getKey().code() + ".yaml";
      Node textNode = text.getValue().get(id);
      if (textNode == null) {
        problems.add(new PackageProblem(textFile, 1, MISSING_TRANSLATION, "question " + id));
        continue;
      }
      questionText(id, textNode, textFile, options).ifPresent(t -> translations.put(text.getKey(), t));
    }
    return new Question(id, type, List.copyOf(options), Set.copyOf(correct), translations);
  }

  private Optional<QuestionText> questionText(String id, Node node, String file, List<String> options) {
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
          Optional.ofNullable(fields.get("text")).flatMap(Yaml::text).or(() -> Optional.ofNullable(optionNode).flatMap(Yaml::text));
      if (optionText.isEmpty()) {
        problem(file, optionNode == null ? node : optionNode, MISSING_TRANSLATION, "question " + id + ": option " + option + " has no text");
        continue;
      }
      optionTexts.put(option, new OptionText(optionText.get(), Optional.ofNullable(fields.get("feedback")).flatMap(Yaml::text).orElse(null)));
    }
    for (String stray : optionNodes.keySet()) {
      if (!options.contains(stray)) {
        problem(file, optionNodes.get(stray), ANSWER_KEY, "question " + id + ": no option " + stray + " in the answer key file");
      }
    }
    if (stem.isEmpty() || source.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new QuestionText(stem.get(), source.get(), Optional.ofNullable(text.get("feedback")).flatMap(Yaml::text).orElse(null), Map.copyOf(optionTexts)));
  }

  // ---- small helpers --------------------------------------------------------------------------------

  private Optional<Node> yaml(String path) {
    if (!files.paths().contains(path)) {
      problems.add(new PackageProblem(path, 0, MISSING_FILE, path));
      return Optional.empty();
    }
    return text(path).flatMap(text -> Yaml.parse(text, path, problems));
  }

  private Optional<String> text(String path) {
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
          .ifPresentOrElse(declared::add, () -> problem(MANIFEST, item, INVALID_VALUE, "unsupported language " + code + " (en, fr, ru, ar)"));
    }
    if (!declared.contains(Language.EN)) {
      problem(MANIFEST, node, INVALID_VALUE, "languages must include en, the authoring language");
      declared.add(0, Language.EN);
    }
    return List.copyOf(new LinkedHashSet<>(declared));
  }

  /** A text given per language ({@code title: {en: ..., fr: ...}}); every declared language is required. */
  private Map<Language, String> translated(Node node, String what, String file, Node owner) {
    Map<Language, String> texts = new EnumMap<>(Language.class);
    Map<String, Node> entries = Yaml.entries(node);
    for (Language language : languages) {
      Optional<String> text = Optional.ofNullable(entries.get(language.code())).flatMap(Yaml::text);
      text.ifPresentOrElse(
          t -> texts.put(language, t),
          () -> problem(file, node == null ? owner : node, language == Language.EN ? INVALID_VALUE : MISSING_TRANSLATION, what + " in " + language.code()));
    }
    return texts;
  }

  private Optional<String> required(Map<String, Node> entries, String key, String file, Node owner) {
    Optional<String> value = Optional.ofNullable(entries.get(key)).flatMap(Yaml::text);
    if (value.isEmpty()) {
      problem(file, owner, INVALID_VALUE, key + " is missing");
    }
    return value;
  }

  private int number(Map<String, Node> entries, String key, String file, int min, int max, Node owner) {
    Optional<String> text = required(entries, key, file, owner);
    try {
      int value = Integer.parseInt(text.orElse(String.valueOf(min)));
      if (value < min || value > max) {
        problem(file, entries.get(key), INVALID_VALUE, key + " must be between " + min + " and " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      problem(file, entries.get(key), INVALID_VALUE, key + " is not a whole number: " + text.orElse(""));
      return min;
    }
  }

  private void unique(String id, Set<String> seen, String file, Node node, String what) {
    if (!id.matches(ID)) {
      problem(file, node, INVALID_VALUE, what + " id must be lower-case letters, digits and dashes: " + id);
    }
    if (!seen.add(id)) {
      problem(file, node, DUPLICATE_ID, what + " " + id);
    }
  }

  private void problem(String file, Node node, PackageProblem.Kind kind, String detail) {
    problems.add(new PackageProblem(file, node == null ? 1 : Yaml.line(node), kind, detail));
  }
}

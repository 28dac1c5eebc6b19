package org.rightsacademy.catalog.model;

import static org.rightsacademy.catalog.model.PackageKeys.CERTIFICATE;
import static org.rightsacademy.catalog.model.PackageKeys.CODE;
import static org.rightsacademy.catalog.model.PackageKeys.COMPLETION;
import static org.rightsacademy.catalog.model.PackageKeys.FILE;
import static org.rightsacademy.catalog.model.PackageKeys.FINAL_TEST;
import static org.rightsacademy.catalog.model.PackageKeys.ID;
import static org.rightsacademy.catalog.model.PackageKeys.LANGUAGES;
import static org.rightsacademy.catalog.model.PackageKeys.LESSONS;
import static org.rightsacademy.catalog.model.PackageKeys.MANIFEST;
import static org.rightsacademy.catalog.model.PackageKeys.MODULES;
import static org.rightsacademy.catalog.model.PackageKeys.PASS_MARK;
import static org.rightsacademy.catalog.model.PackageKeys.PRE_TEST;
import static org.rightsacademy.catalog.model.PackageKeys.QUIZ;
import static org.rightsacademy.catalog.model.PackageKeys.SHOW_SCORE;
import static org.rightsacademy.catalog.model.PackageKeys.SUMMARY;
import static org.rightsacademy.catalog.model.PackageKeys.TITLE;
import static org.rightsacademy.catalog.model.PackageKeys.VERSION;
import static org.rightsacademy.catalog.model.PackageProblem.Kind.INVALID_VALUE;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rightsacademy.platform.Language;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code course.yaml}, the lessons it names and, through {@link QuizReader}, its quizzes. */
final class ManifestReader {

  private final SourceReader in;
  private final QuizReader quizReader;
  private final List<Quiz> quizzes = new ArrayList<>();
  private final Set<String> quizIds = new HashSet<>();
  private Node root;

  ManifestReader(SourceReader in) {
    this.in = in;
    this.quizReader = new QuizReader(in);
  }

  Optional<LearningPackage> read() {
    Optional<Node> rootNode = in.yaml(MANIFEST);
    if (rootNode.isEmpty()) {
      return Optional.empty();
    }
    root = rootNode.get();
    Map<String, Node> manifest = Yaml.entries(root);
    String code = in.required(manifest, CODE, MANIFEST, root).orElse("?");
    if (!code.matches(SourceReader.ID)) {
      in.problem(
          MANIFEST,
          manifest.get(CODE),
          INVALID_VALUE,
          "code must be lower-case letters, digits and dashes: " + code);
    }
    int version = in.number(manifest, VERSION, MANIFEST, 1, Integer.MAX_VALUE, root);
    in.languages = languages(manifest.get(LANGUAGES));
    Localized<String> title = in.titles(manifest.get(TITLE), "title", MANIFEST, root);
    Localized<String> summary = in.translated(manifest.get(SUMMARY), "summary", MANIFEST, root);
    Node completion = manifest.get(COMPLETION);
    int passMark =
        in.number(
            Yaml.entries(completion),
            PASS_MARK,
            MANIFEST,
            0,
            100,
            completion == null ? root : completion);
    quizReader.passMark = passMark;
    boolean showsScore =
        in.flag(Yaml.entries(manifest.get(CERTIFICATE)), SHOW_SCORE, MANIFEST, false);

    List<Module> modules = new ArrayList<>();
    Set<String> moduleIds = new HashSet<>();
    List<Node> moduleNodes = Yaml.items(manifest.get(MODULES));
    if (moduleNodes.isEmpty()) {
      in.problem(
          MANIFEST,
          Optional.ofNullable(manifest.get(MODULES)).orElse(root),
          INVALID_VALUE,
          "a course needs at least one module");
    }
    for (Node moduleNode : moduleNodes) {
      module(moduleNode, moduleIds).ifPresent(modules::add);
    }
    String preTest = quizReference(manifest.get(PRE_TEST), PRE_TEST, root, Quiz.Role.PRE);
    String finalTest = quizReference(manifest.get(FINAL_TEST), FINAL_TEST, root, Quiz.Role.FINAL);
    quizReader.checkReferences(preTest, finalTest);
    Manifest read =
        new Manifest(
            code, version, in.languages, title, summary, passMark, showsScore, preTest, finalTest);
    return Optional.of(
        new LearningPackage(read, modules, quizzes, Set.of(), TranslationLedger.empty()));
  }

  private Optional<Module> module(Node node, Set<String> moduleIds) {
    Map<String, Node> module = Yaml.entries(node);
    String id = in.required(module, ID, MANIFEST, node).orElse(null);
    if (id == null) {
      return Optional.empty();
    }
    in.unique(id, moduleIds, MANIFEST, module.get(ID), "module");
    Localized<String> title = in.titles(module.get(TITLE), "title of module " + id, MANIFEST, node);
    List<Lesson> lessons = new ArrayList<>();
    Set<String> lessonIds = new HashSet<>();
    for (Node lessonNode : Yaml.items(module.get(LESSONS))) {
      lesson(lessonNode, lessonIds).ifPresent(lessons::add);
    }
    if (lessons.isEmpty() && lessonIds.isEmpty()) {
      in.problem(MANIFEST, node, INVALID_VALUE, "module " + id + " has no lessons");
    }
    String quiz = quizReference(module.get(QUIZ), "quiz of module " + id, node, Quiz.Role.MODULE);
    return Optional.of(new Module(id, title, lessons, quiz));
  }

  private Optional<Lesson> lesson(Node node, Set<String> lessonIds) {
    Map<String, Node> lesson = Yaml.entries(node);
    String id = in.required(lesson, ID, MANIFEST, node).orElse(null);
    String file = in.required(lesson, FILE, MANIFEST, node).orElse(null);
    if (id == null || file == null) {
      return Optional.empty();
    }
    in.unique(id, lessonIds, MANIFEST, lesson.get(ID), "lesson");
    Localized<String> title = in.titles(lesson.get(TITLE), "title of lesson " + id, MANIFEST, node);
    Map<Language, String> bodies = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String path = PackageKeys.lessonFile(file, language);
      boolean declared = in.languages.contains(language);
      if (declared ? in.needs(path, language, "lesson " + id) : in.exists(path)) {
        in.text(path).ifPresent(markdown -> bodies.put(language, markdown));
      }
    }
    return Optional.of(new Lesson(id, file, title, new Localized<>(bodies)));
  }

  private String quizReference(Node node, String what, Node owner, Quiz.Role role) {
    Optional<String> id = Optional.ofNullable(node).flatMap(Yaml::text);
    if (id.isEmpty()) {
      in.problem(MANIFEST, owner, INVALID_VALUE, what + " is missing");
      return null;
    }
    boolean first = !quizIds.contains(id.get());
    in.unique(id.get(), quizIds, MANIFEST, node, "quiz");
    if (first) {
      quizReader.read(id.get(), role).ifPresent(quizzes::add);
    }
    return id.get();
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
                  in.problem(
                      MANIFEST,
                      item,
                      INVALID_VALUE,
                      "unsupported language " + code + " (en, fr, ru, ar)"));
    }
    if (!declared.contains(Language.EN)) {
      in.problem(
          MANIFEST, node, INVALID_VALUE, "languages must include en, the authoring language");
      declared.add(0, Language.EN);
    }
    return List.copyOf(new LinkedHashSet<>(declared));
  }
}

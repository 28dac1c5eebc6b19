package org.rightsacademy.authoring;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.platform.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where a validator problem is, as the trainer who typed it in the editor sees it: the quiz, the
 * question (by its words), the setting or field and the language, instead of {@code
 * quizzes/module-1.yaml:65}. Uploads and folders keep the file:line form; this is for drafts.
 */
public final class ProblemPlaces {

  /**
   * A problem, where it is and what is wrong in the editor's words (the page's language where the
   * detail's form is known, see {@link ProblemDetails}).
   */
  public record Placed(PackageProblem problem, String place, String detail)
      implements java.io.Serializable {}

  private ProblemPlaces() {}

  /**
   * Each problem with its place, read from the files that were checked (the draft as learners get
   * it, whose lines the problems name). {@code words} gives a bundle text with arguments.
   */
  static List<Placed> placed(
      Draft draft,
      Map<String, byte[]> checked,
      List<PackageProblem> problems,
      Language page,
      BiFunction<String, Object[], String> words) {
    List<Placed> placed = new ArrayList<>();
    for (PackageProblem problem : problems) {
      String place;
      try {
        place = place(draft, checked, problem, page, words);
      } catch (RuntimeException e) {
        place = null; // an unreadable file keeps its file:line
      }
      placed.add(
          new Placed(
              problem,
              place == null ? problem.file() + ":" + problem.line() : place,
              ProblemDetails.in(problem.detail(), words)));
    }
    return placed;
  }

  private static String place(
      Draft draft,
      Map<String, byte[]> checked,
      PackageProblem problem,
      Language page,
      BiFunction<String, Object[], String> words) {
    String file = problem.file();
    if (file.startsWith("quizzes/") && file.endsWith(".yaml")) {
      String name = file.substring("quizzes/".length(), file.length() - ".yaml".length());
      int dot = name.indexOf('.');
      String quiz = dot < 0 ? name : name.substring(0, dot);
      Language language = dot < 0 ? null : Language.fromCode(name.substring(dot + 1)).orElse(null);
      if (!draft.quizzes().contains(quiz)) {
        return null;
      }
      StringBuilder place =
          new StringBuilder(QuestionTitles.quiz(draft, quiz, page, key -> words.apply(key, null)));
      List<Object> path = path(checked.get(file), problem.line());
      String question = null;
      String field = null;
      if (language == null && path.size() >= 2 && "settings".equals(path.get(0))) {
        place
            .append(" › ")
            .append(
                words.apply(
                    "author.problem.place.setting",
                    new Object[] {words.apply("author.setting.field." + path.get(1), null)}));
      } else if (language == null && path.size() >= 2 && "questions".equals(path.get(0))) {
        question = questionAt(draft, quiz, (Integer) path.get(1));
        field = path.size() >= 3 ? String.valueOf(path.get(2)) : null;
      } else if (language != null && !path.isEmpty()) {
        question = String.valueOf(path.get(0));
        field = path.size() >= 2 ? String.valueOf(path.get(1)) : null;
      }
      if (question != null) {
        boolean isScenario = draft.quiz(quiz).scenarios().contains(question);
        String title =
            isScenario
                ? QuestionTitles.shortened(
                    String.valueOf(draft.quiz(quiz).scenarioText(question, Language.EN)))
                : QuestionTitles.question(draft, quiz, question, page);
        place
            .append(" › ")
            .append(
                words.apply(
                    isScenario ? "author.problem.place.scenario" : "author.problem.place.question",
                    new Object[] {title}));
        String label = field == null ? null : FIELD_LABELS.get(field);
        if (label != null) {
          place.append(" › ").append(words.apply(label, null));
        }
      }
      if (language != null) {
        place.append(" (").append(language.nativeName()).append(")");
      }
      return place.toString();
    }
    if (file.startsWith("lessons/") && file.endsWith(".md")) {
      for (Draft.ModuleView module : draft.modules()) {
        for (Draft.LessonView lesson : module.lessons()) {
          for (Language language : Language.values()) {
            if (file.equals(
                org.rightsacademy.catalog.model.PackageFormat.lessonFile(
                    lesson.file(), language))) {
              return words.apply(
                  "author.problem.place.lesson",
                  new Object[] {lesson.title(), language.nativeName(), problem.line()});
            }
          }
        }
      }
    }
    return null;
  }

  private static final Map<String, String> FIELD_LABELS =
      Map.of(
          "text", "author.question.text",
          "source", "author.question.source",
          "feedback", "author.question.feedback",
          "options", "author.options",
          "matches", "author.matches",
          "accept", "author.accept",
          "correct", "author.option.correct");

  private static String questionAt(Draft draft, String quiz, int index) {
    List<QuestionDraft> questions = draft.quiz(quiz).questions();
    return index < questions.size() ? questions.get(index).id() : null;
  }

  /**
   * The keys (and list positions) leading to the innermost value that holds a 1-based line of a
   * YAML text: {@code [questions, 2, correct]}, {@code [settings, pass_mark]}, {@code [who, text]}.
   */
  static List<Object> path(byte[] yaml, int line) {
    List<Object> path = new ArrayList<>();
    if (yaml == null || line <= 0) {
      return path;
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    Node root =
        new org.yaml.snakeyaml.Yaml(options)
            .compose(new StringReader(new String(yaml, StandardCharsets.UTF_8)));
    Node node = root;
    int zeroBased = line - 1;
    while (node != null) {
      Node next = null;
      // The last entry that starts on or before the line holds it (blocks end where the next
      // entry starts).
      if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          if (tuple.getKeyNode().getStartMark().getLine() <= zeroBased
              && tuple.getKeyNode() instanceof ScalarNode key) {
            if (next != null) {
              path.removeLast();
            }
            path.add(key.getValue());
            next = tuple.getValueNode();
          }
        }
      } else if (node instanceof SequenceNode sequence) {
        List<Node> items = sequence.getValue();
        for (int i = 0; i < items.size(); i++) {
          if (items.get(i).getStartMark().getLine() <= zeroBased) {
            if (next != null) {
              path.removeLast();
            }
            path.add(i);
            next = items.get(i);
          }
        }
      }
      node = next;
    }
    return path;
  }
}

package org.rightsacademy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.catalog.model.PackageProblem.Kind;
import org.rightsacademy.catalog.model.PackageProblem.Severity;
import org.rightsacademy.platform.Language;

/**
 * The guessing guard's expected scores and findings on small packages written for each case: a
 * module quiz {@code m}, a pre-test {@code pre} and a final test {@code final}, pass mark 70.
 */
class GuessingGuardTest {

  /** One question of a hand-built quiz: its answer key lines and its option texts per language. */
  private record Q(
      String id,
      String type,
      List<String> options,
      String correct,
      Map<String, List<String>> texts,
      String extra) {}

  private static Q tf(String id, boolean keyedTrue) {
    return new Q(
        id,
        "true-false",
        List.of("true", "false"),
        keyedTrue ? "\"true\"" : "\"false\"",
        Map.of(),
        "");
  }

  private static Q tf(String id, boolean keyedTrue, String objective) {
    return new Q(
        id,
        "true-false",
        List.of("true", "false"),
        keyedTrue ? "\"true\"" : "\"false\"",
        Map.of(),
        "    objective: " + objective + "\n");
  }

  /**
   * A single-choice item whose options have the given English texts, keyed to the option at {@code
   * key}.
   */
  private static Q single(String id, int key, String... texts) {
    List<String> options = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      options.add("o" + (i + 1));
    }
    return new Q(id, "single", options, options.get(key), Map.of("en", List.of(texts)), "");
  }

  private static Q withTexts(Q q, String language, String... texts) {
    Map<String, List<String>> all = new LinkedHashMap<>(q.texts());
    all.put(language, List.of(texts));
    return new Q(q.id(), q.type(), q.options(), q.correct(), all, q.extra());
  }

  private static Q withExtra(Q q, String extra) {
    return new Q(q.id(), q.type(), q.options(), q.correct(), q.texts(), q.extra() + extra);
  }

  /**
   * Three single-choice items and two true/false ones, balanced, keys never the longest: nothing to
   * find.
   */
  private static List<Q> balanced(String prefix) {
    return List.of(
        single(prefix + "-s1", 0, "Short right", "A much longer wrong answer", "Wrong"),
        single(prefix + "-s2", 1, "A much longer wrong answer", "Right", "Wrong too"),
        single(prefix + "-s3", 2, "Wrong", "A much longer wrong answer", "Right one"),
        tf(prefix + "-t1", true),
        tf(prefix + "-t2", false));
  }

  /** A package of one module quiz, a pre-test and a final test, in the given languages. */
  private static Map<String, byte[]> course(
      List<String> languages,
      List<Q> module,
      String moduleSettings,
      List<Q> pre,
      List<Q> fin,
      String finalExtra) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    StringBuilder manifest =
        new StringBuilder(
            "code: guard\nversion: 1\nlanguages: [" + String.join(", ", languages) + "]\n");
    for (String key : List.of("title", "summary")) {
      manifest.append(key).append(":\n");
      languages.forEach(l -> manifest.append("  ").append(l).append(": Guard\n"));
    }
    manifest.append(
        "completion:\n  pass_mark: 70\npre_test: pre\nfinal_test: final\nmodules:\n  - id: m\n    title:\n");
    languages.forEach(l -> manifest.append("      ").append(l).append(": Module\n"));
    manifest.append("    lessons:\n      - id: l\n        file: l\n        title:\n");
    languages.forEach(l -> manifest.append("          ").append(l).append(": Lesson\n"));
    manifest.append("    quiz: m\n");
    put(files, "course.yaml", manifest.toString());
    languages.forEach(l -> put(files, "lessons/l." + l + ".md", "# Lesson\n\nText.\n"));
    quiz(files, "m", languages, module, moduleSettings);
    quiz(files, "pre", languages, pre, "");
    quiz(files, "final", languages, fin, finalExtra);
    return files;
  }

  private static void quiz(
      Map<String, byte[]> files,
      String id,
      List<String> languages,
      List<Q> questions,
      String extra) {
    StringBuilder key = new StringBuilder(questions.isEmpty() ? "" : "questions:\n");
    for (Q q : questions) {
      key.append("  - id: ").append(q.id()).append("\n    type: ").append(q.type()).append("\n");
      if (!q.type().equals("true-false")) {
        key.append("    options: [").append(String.join(", ", q.options())).append("]\n");
      }
      key.append("    correct: ").append(q.correct()).append("\n").append(q.extra());
    }
    put(files, "quizzes/" + id + ".yaml", key + extra);
    for (String language : languages) {
      StringBuilder text = new StringBuilder();
      for (Q q : questions) {
        text.append(q.id())
            .append(":\n  source: ICRMW art. 2\n  text: Question ")
            .append(q.id())
            .append("?\n  options:\n");
        List<String> optionTexts =
            q.texts().getOrDefault(language, q.texts().getOrDefault("en", List.of()));
        for (int i = 0; i < q.options().size(); i++) {
          String shown =
              q.type().equals("true-false") ? (i == 0 ? "True" : "False") : optionTexts.get(i);
          text.append("    \"")
              .append(q.options().get(i))
              .append("\": \"")
              .append(shown)
              .append("\"\n");
        }
      }
      put(
          files,
          "quizzes/" + id + "." + language + ".yaml",
          text.length() == 0 ? "{}\n" : text.toString());
    }
  }

  private static void put(Map<String, byte[]> files, String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private static PackageReader.Result read(Map<String, byte[]> files) {
    return PackageReader.read(PackageFiles.of(files));
  }

  private static List<String> found(PackageReader.Result result) {
    return result.problems().stream().map(PackageProblem::toString).toList();
  }

  private static Quiz quiz(CoursePackage course, String id) {
    return course.quizzes().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aBalancedPackageHasNoFinding() {
    PackageReader.Result result =
        read(course(List.of("en"), balanced("m"), "", balanced("p"), balanced("f"), ""));
    assertEquals(List.of(), found(result));
    assertTrue(result.ok());
  }

  @Test
  void aFinalTestKeyedAllFalseIsRejectedAndSaysWhichStrategyPassesIt() {
    List<Q> allFalse =
        List.of(
            tf("f1", false),
            tf("f2", false),
            tf("f3", false),
            tf("f4", false),
            tf("f5", true),
            single("f6", 0, "Right", "A much longer wrong answer", "Wrong"));
    PackageReader.Result result =
        read(course(List.of("en"), balanced("m"), "", balanced("p"), allFalse, ""));
    assertFalse(result.ok(), "an error in the final test rejects the package");
    assertTrue(result.course().isPresent(), "the package still reads: only the guard rejects it");
    CoursePackage course = result.course().orElseThrow();
    assertEquals(
        4 / 6.0,
        GuessingGuard.expected(
            course, course.finalTest(), GuessingStrategy.ALWAYS_FALSE, Language.EN),
        1e-9);
    assertEquals(
        (4 + 1 / 3.0) / 6,
        GuessingGuard.expected(
            course, course.finalTest(), GuessingStrategy.LAST_OPTION, Language.EN),
        1e-9,
        "the last option of a true/false item is false; a shuffled single-choice item of three is right once in three");
    assertEquals(
        List.of(
            "quizzes/final.yaml:1: GUESSABLE last option scores 72.2 % (pass mark 70 %)",
            "quizzes/final.yaml:1: GUESSABLE best per question type (true/false: always false, single: first option) scores 72.2 % (pass mark 70 %)",
            "quizzes/final.yaml:1: TRUE_FALSE_BALANCE 1 of 5 true/false items (20 %) are keyed true; keep between 35 % and 65 %",
            "course.yaml:1: warning: TRUE_FALSE_BALANCE over the course's bank: 3 of 9 true/false items (33.3 %) are keyed true; keep between 35 % and 65 %"),
        found(result));
    assertTrue(
        result.errors().stream()
            .allMatch(
                p -> p.severity() == Severity.ERROR && p.file().equals("quizzes/final.yaml")));
  }

  @Test
  void theMessageNamesTheStrategyAndItsScore() {
    List<Q> allFalse = List.of(tf("f1", false), tf("f2", false), tf("f3", false), tf("f4", true));
    PackageReader.Result result =
        read(course(List.of("en"), balanced("m"), "", balanced("p"), allFalse, ""));
    assertTrue(
        found(result)
            .contains("quizzes/final.yaml:1: GUESSABLE always false scores 75 % (pass mark 70 %)"),
        found(result).toString());
  }

  @Test
  void aGuessableModuleQuizIsAWarningAndThePackageLoads() {
    List<Q> guessable =
        List.of(
            tf("m1", true),
            tf("m2", true),
            tf("m3", false),
            single("m4", 0, "Right", "Wrong", "Also wrong"));
    PackageReader.Result result =
        read(
            course(
                List.of("en"),
                guessable,
                "settings:\n  shuffle_options: false\n",
                balanced("p"),
                balanced("f"),
                ""));
    assertTrue(result.ok(), "warnings do not reject: " + found(result));
    assertTrue(result.course().isPresent());
    assertEquals(List.of(), result.errors());
    assertTrue(
        found(result)
            .contains(
                "quizzes/m.yaml:1: warning: GUESSABLE first option scores 75 % (pass mark 70 %)"),
        found(result).toString());
    assertTrue(
        result.warnings().stream()
            .allMatch(p -> p.kind() == Kind.GUESSABLE && p.file().equals("quizzes/m.yaml")),
        found(result).toString());
  }

  @Test
  void shuffledOptionsPutTheKeyFirstOnceInN() {
    List<Q> keyedFirst =
        List.of(
            single("a", 0, "Right", "Wrong", "Wrong too", "Wrong three"),
            tf("b", true),
            tf("c", false));
    Map<String, byte[]> files =
        course(
            List.of("en"),
            keyedFirst,
            "settings:\n  shuffle_options: false\n",
            balanced("p"),
            balanced("f"),
            "");
    CoursePackage written = read(files).course().orElseThrow();
    Quiz inOrder = written.modules().getFirst().quiz();
    assertEquals(
        1.0,
        GuessingStrategy.FIRST_OPTION.expected(
            inOrder.questions().getFirst(), inOrder.settings(), Language.EN),
        1e-9);
    assertEquals(
        0.0,
        GuessingStrategy.LAST_OPTION.expected(
            inOrder.questions().getFirst(), inOrder.settings(), Language.EN),
        1e-9);

    put(
        files,
        "quizzes/m.yaml",
        new String(files.get("quizzes/m.yaml"), StandardCharsets.UTF_8)
            .replace("  shuffle_options: false\n", "  shuffle_options: true\n"));
    CoursePackage shuffled = read(files).course().orElseThrow();
    Quiz quiz = shuffled.modules().getFirst().quiz();
    assertEquals(
        0.25,
        GuessingStrategy.FIRST_OPTION.expected(
            quiz.questions().getFirst(), quiz.settings(), Language.EN),
        1e-9,
        "any of four options comes first");
    assertEquals(
        0.25,
        GuessingStrategy.LAST_OPTION.expected(
            quiz.questions().getFirst(), quiz.settings(), Language.EN),
        1e-9);
    assertEquals(
        (0.25 + 1 + 0) / 3,
        GuessingGuard.expected(shuffled, quiz, GuessingStrategy.FIRST_OPTION, Language.EN),
        1e-9,
        "true/false options are never shuffled: first is true");

    put(
        files,
        "quizzes/m.yaml",
        new String(files.get("quizzes/m.yaml"), StandardCharsets.UTF_8)
            .replace("    correct: o1\n", "    correct: o1\n    shuffle: false\n"));
    Quiz optedOut = read(files).course().orElseThrow().modules().getFirst().quiz();
    assertEquals(
        1.0,
        GuessingStrategy.FIRST_OPTION.expected(
            optedOut.questions().getFirst(), optedOut.settings(), Language.EN),
        1e-9,
        "a question that keeps its written order shows its key first");
  }

  @Test
  void anObjectiveCountsOnceWithTheMeanOverItsParallelItems() {
    List<Q> module = new ArrayList<>(balanced("m"));
    module.add(tf("m-o1", true, "o1"));
    List<Q> pre = new ArrayList<>(balanced("p"));
    pre.add(tf("p-o1", true, "o1"));
    List<Q> fin =
        List.of(
            tf("f-o1", false, "o1"),
            tf("f-o1-bis", false, "o1"),
            single("f-fixed", 0, "Right", "A much longer wrong answer", "Wrong"));
    CoursePackage course =
        read(course(List.of("en"), module, "", pre, fin, "")).course().orElseThrow();
    QuizDraws draws = QuizDraws.of(course, course.finalTest());
    assertEquals(2, draws.size(), "one question for objective o1 and the fixed one");
    assertEquals(5, draws.items().size(), "four parallel items of o1 and the fixed one");
    assertEquals(
        (2 / 4.0 + 0) / 2,
        GuessingGuard.expected(
            course, course.finalTest(), GuessingStrategy.ALWAYS_TRUE, Language.EN),
        1e-9,
        "o1 is keyed true in two of its four items");
    assertEquals(
        (1 + 2 / 4.0) / 6,
        GuessingGuard.expected(
            course, quiz(course, "pre"), GuessingStrategy.ALWAYS_TRUE, Language.EN),
        1e-9,
        "the pre-test: five fixed questions, one of them keyed true, and objective o1");
  }

  @Test
  void aTagDrawCountsItsQuestionsWithTheMeanOverItsCandidates() {
    List<Q> module =
        List.of(
            tf("t1", true),
            tf("t2", true),
            tf("t3", true),
            tf("t4", false),
            single("s1", 0, "Right", "A much longer wrong answer", "Wrong"));
    CoursePackage course =
        read(course(
                List.of("en"),
                module,
                "",
                balanced("p"),
                List.of(),
                "draw:\n  - tag: m\n    count: 2\n"))
            .course()
            .orElseThrow();
    assertEquals(2, QuizDraws.of(course, course.finalTest()).size());
    assertEquals(
        3 / 5.0,
        GuessingGuard.expected(
            course, course.finalTest(), GuessingStrategy.ALWAYS_TRUE, Language.EN),
        1e-9,
        "two questions drawn among five, three of them keyed true");
  }

  @Test
  void theLongestOptionIsReadPerLanguageAndTheWorstLanguageIsReported() {
    List<Q> fin = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      fin.add(
          withTexts(
              single("f" + i, 0, "Right", "A much longer wrong answer", "Wrong"),
              "fr",
              "La bonne réponse, longue et détaillée",
              "Faux",
              "Faux aussi"));
    }
    fin.add(tf("f4", true));
    fin.add(tf("f5", false));
    PackageReader.Result result =
        read(course(List.of("en", "fr"), balanced("m"), "", balanced("p"), fin, ""));
    CoursePackage course = result.course().orElseThrow();
    assertEquals(
        0.0,
        GuessingGuard.expected(
            course, course.finalTest(), GuessingStrategy.LONGEST_OPTION, Language.EN),
        1e-9);
    assertEquals(
        3 / 5.0,
        GuessingGuard.expected(
            course, course.finalTest(), GuessingStrategy.LONGEST_OPTION, Language.FR),
        1e-9);
    assertEquals(
        List.of(
            "quizzes/final.yaml:1: GUESSABLE best per question type (true/false: always true, single: longest option) scores 80 % in fr (pass mark 70 %)",
            "quizzes/final.yaml:1: KEYED_LONGEST the keyed option is the strictly longest one in more than half of the 3 single-choice items: 3 in fr (aim for about a third)"),
        found(result));
  }

  @Test
  void multipleChoiceStrategiesAreScoredAsTheGraderScoresThem() {
    Q multiple =
        new Q(
            "mc",
            "multiple",
            List.of("a", "b", "c", "d"),
            "[a, b, c]",
            Map.of("en", List.of("A", "B", "C", "D")),
            "");
    List<Q> module = List.of(multiple, tf("t1", true), tf("t2", false));
    Map<String, byte[]> files =
        course(
            List.of("en"), module, "settings:\n  penalty: 50\n", balanced("p"), balanced("f"), "");
    PackageReader.Result result = read(files);
    Quiz quiz = result.course().orElseThrow().modules().getFirst().quiz();
    assertEquals(
        0.5,
        GuessingStrategy.TICK_EVERYTHING.expected(
            quiz.questions().getFirst(), quiz.settings(), Language.EN),
        1e-9,
        "1 less half the penalty");
    assertEquals(
        0.0,
        GuessingStrategy.TICK_NOTHING.expected(
            quiz.questions().getFirst(), quiz.settings(), Language.EN),
        1e-9);
    assertEquals(
        (3 * (2 / 3.0 - 0.5) + 1) / 4,
        GuessingStrategy.TICK_ALL_BUT_LAST.expected(
            quiz.questions().getFirst(), quiz.settings(), Language.EN),
        1e-9,
        "shuffled: leaving out a keyed option gets 2/3 less half the penalty, leaving out the wrong one gets 1");
    assertEquals(
        List.of(
            "quizzes/m.yaml:1: warning: FEW_OPTIONS question mc has 1 wrong option of 4; a multiple-choice item of four options or more needs at least two"),
        found(result));

    put(
        files,
        "quizzes/m.yaml",
        new String(files.get("quizzes/m.yaml"), StandardCharsets.UTF_8)
            .replace("  penalty: 50\n", "  multiple: all-or-nothing\n"));
    Quiz strict = read(files).course().orElseThrow().modules().getFirst().quiz();
    assertEquals(
        0.0,
        GuessingStrategy.TICK_EVERYTHING.expected(
            strict.questions().getFirst(), strict.settings(), Language.EN),
        1e-9);
    assertEquals(
        0.25,
        GuessingStrategy.TICK_ALL_BUT_LAST.expected(
            strict.questions().getFirst(), strict.settings(), Language.EN),
        1e-9,
        "all or nothing: only leaving out the one wrong option scores");
  }

  @Test
  void theWholeBanksTrueFalseBalanceIsAWarningOnTheManifest() {
    List<Q> module =
        List.of(
            tf("t1", false),
            tf("t2", false),
            tf("t3", true),
            single("s1", 0, "Right", "A much longer wrong answer", "Wrong"),
            single("s2", 1, "A much longer wrong answer", "Right", "Wrong"));
    List<Q> pre =
        List.of(
            tf("p1", false),
            single("p2", 0, "Right", "A much longer wrong answer", "Wrong"),
            single("p3", 2, "Wrong", "A much longer one", "Right"));
    List<Q> fin =
        List.of(
            tf("f1", false),
            single("f2", 0, "Right", "A much longer wrong answer", "Wrong"),
            single("f3", 2, "Wrong", "A much longer one", "Right"));
    PackageReader.Result result = read(course(List.of("en"), module, "", pre, fin, ""));
    assertEquals(
        List.of(
            "course.yaml:1: warning: TRUE_FALSE_BALANCE over the course's bank: 1 of 5 true/false items (20 %) are keyed true; keep between 35 % and 65 %"),
        found(result));
    assertTrue(result.ok());
  }

  @Test
  void aPackageWithAnErrorIsNotGuardedUntilItReadsWhole() {
    List<Q> allFalse = List.of(tf("f1", false), tf("f2", false), tf("f3", false), tf("f4", false));
    Map<String, byte[]> files =
        course(List.of("en"), balanced("m"), "", balanced("p"), allFalse, "");
    files.remove("lessons/l.en.md");
    assertEquals(List.of("lessons/l.en.md:0: MISSING_FILE lesson l"), found(read(files)));
  }
}

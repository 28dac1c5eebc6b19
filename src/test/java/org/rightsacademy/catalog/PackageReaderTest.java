package org.rightsacademy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.platform.Language;

/**
 * The package format, read from the sample package and from broken copies of it, one fault each.
 */
class PackageReaderTest {

  private static Map<String, byte[]> sample() {
    try {
      return PackageFiles.fromFolder(
              Path.of(
                  PackageReaderTest.class.getClassLoader().getResource("packages/sample").toURI()))
          .contents();
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  private static String text(Map<String, byte[]> files, String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }

  private static void put(Map<String, byte[]> files, String path, String text) {
    files.put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problems(Map<String, byte[]> files) {
    return PackageReader.read(PackageFiles.of(files)).problems().stream()
        .map(p -> p.file() + ":" + p.line() + ": " + p.kind())
        .toList();
  }

  @Test
  void theSamplePackageReadsCompletelyInBothItsLanguages() {
    PackageReader.Result result = PackageReader.read(PackageFiles.of(sample()));
    assertEquals(List.of(), result.problems());
    CoursePackage course = result.course().orElseThrow();
    assertEquals("sample", course.code());
    assertEquals(List.of(Language.EN, Language.AR), course.languages());
    assertEquals("من هو العامل المهاجر؟", course.titles().get(Language.AR));
    assertEquals(70, course.passMark());
    assertTrue(course.certificateShowsScore(), "certificate: show_score: true");
    CoursePackage.Module basics = course.modules().get(0);
    assertEquals(
        List.of("definition", "categories"),
        basics.lessons().stream().map(CoursePackage.Lesson::id).toList());
    String html = basics.lessons().get(0).html().get(Language.EN);
    assertTrue(html.contains("<strong>article 2(1)</strong>"), html);
    assertTrue(
        html.contains("src=\"media/images/journey.svg\""),
        "package images are addressed from the package root: " + html);
    assertTrue(
        basics.lessons().get(1).html().get(Language.EN).contains("<abbr title="),
        "allowed inline HTML is kept");
    Question covered = basics.quiz().questions().get(0);
    assertEquals(new CoursePackage.AnswerKey.Choices(Set.of("non-nationals")), covered.key());
    assertEquals("الاتفاقية، المادة 2(1)", covered.texts().get(Language.AR).source());
    assertEquals(
        "A tourist on holiday", covered.texts().get(Language.EN).options().get("tourists").text());
    assertEquals(CoursePackage.QuestionType.TRUE_FALSE, basics.quiz().questions().get(1).type());
    assertEquals("final-test", course.finalTest().id());
  }

  @Test
  void theChecksumChangesExactlyWhenAFileDoes() {
    Map<String, byte[]> files = sample();
    String before = PackageFiles.of(files).checksum();
    assertEquals(before, PackageFiles.of(sample()).checksum());
    put(
        files,
        "lessons/01-basics/02-categories.en.md",
        text(files, "lessons/01-basics/02-categories.en.md") + "\nOne more line.\n");
    assertNotEquals(before, PackageFiles.of(files).checksum());
  }

  @Test
  void aMissingEnglishLessonIsAMissingFile() {
    Map<String, byte[]> files = sample();
    files.remove("lessons/01-basics/01-definition.en.md");
    assertEquals(List.of("lessons/01-basics/01-definition.en.md:0: MISSING_FILE"), problems(files));
  }

  @Test
  void aMissingTranslationIsNamedWithItsFileOrLine() {
    Map<String, byte[]> files = sample();
    files.remove("lessons/01-basics/02-categories.ar.md");
    put(files, "course.yaml", text(files, "course.yaml").replace("      ar: الأساسيات\n", ""));
    assertEquals(
        List.of(
            "course.yaml:18: MISSING_TRANSLATION",
            "lessons/01-basics/02-categories.ar.md:0: MISSING_TRANSLATION"),
        problems(files));
  }

  @Test
  void aDuplicateLessonIdIsReportedWhereItRepeats() {
    Map<String, byte[]> files = sample();
    put(
        files,
        "course.yaml",
        text(files, "course.yaml").replace("id: categories", "id: definition"));
    assertEquals(List.of("course.yaml:26: DUPLICATE_ID"), problems(files));
  }

  @Test
  void anAnswerKeyThatPointsNowhereIsReportedOnItsLine() {
    Map<String, byte[]> files = sample();
    put(
        files,
        "quizzes/basics.yaml",
        text(files, "quizzes/basics.yaml").replace("correct: non-nationals", "correct: martians"));
    assertEquals(List.of("quizzes/basics.yaml:6: ANSWER_KEY"), problems(files));
  }

  @Test
  void unsafeHtmlInALessonIsReportedWithItsLine() {
    Map<String, byte[]> files = sample();
    put(
        files,
        "lessons/01-basics/02-categories.en.md",
        "# Categories\n\n<script>alert('x')</script>\n\nSee [this](javascript:alert(1)) and <a href=\"#\" onclick=\"steal()\">that</a>.\n");
    assertEquals(
        List.of(
            "lessons/01-basics/02-categories.en.md:3: UNSAFE_HTML",
            "lessons/01-basics/02-categories.en.md:5: UNSAFE_HTML",
            "lessons/01-basics/02-categories.en.md:5: UNSAFE_HTML"),
        problems(files));
    String html =
        LessonRenderer.render(
            "Hello <script>alert('x')</script> [x](javascript:alert(1)) <b onmouseover=\"x()\">bold</b>",
            "t.md",
            Set.of(),
            "",
            new java.util.ArrayList<>());
    assertFalse(
        html.contains("<script") || html.contains("javascript:") || html.contains("onmouseover"),
        html);
    assertTrue(html.contains("<b>bold</b>"), html);
  }

  @Test
  void aQuestionWithoutALegalSourceIsReported() {
    Map<String, byte[]> files = sample();
    put(
        files,
        "quizzes/basics.ar.yaml",
        text(files, "quizzes/basics.ar.yaml").replace("  source: الاتفاقية، المادة 2(1)\n", ""));
    assertEquals(List.of("quizzes/basics.ar.yaml:2: NO_SOURCE"), problems(files));
  }

  @Test
  void brokenYamlNamesTheLine() {
    Map<String, byte[]> files = sample();
    put(files, "quizzes/pre-test.en.yaml", "who-is-covered:\n  source: x\n text: bad indent\n");
    assertEquals("quizzes/pre-test.en.yaml:3: INVALID_YAML", problems(files).get(0));
  }

  @Test
  void aliasBombsAreRefusedBeforeTheyExpand() {
    Map<String, byte[]> files = sample();
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char previous = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(10, "*" + previous)))
          .append("]\n");
    }
    put(files, "quizzes/final-test.en.yaml", bomb.toString());
    assertTrue(
        problems(files).get(0).startsWith("quizzes/final-test.en.yaml:"),
        problems(files).toString());
    assertTrue(problems(files).get(0).endsWith("INVALID_YAML"));
  }

  @Test
  void textThatIsNotUtf8IsRefused() {
    Map<String, byte[]> files = sample();
    files.put("lessons/01-basics/01-definition.ar.md", new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});
    assertEquals(
        List.of("lessons/01-basics/01-definition.ar.md:1: INVALID_VALUE"), problems(files));
  }

  @Test
  void anImageMissingFromThePackageIsAMissingFile() {
    Map<String, byte[]> files = sample();
    files.remove("images/journey.svg");
    assertEquals(
        List.of(
            "lessons/01-basics/01-definition.en.md:6: MISSING_FILE",
            "lessons/01-basics/01-definition.ar.md:5: MISSING_FILE"),
        problems(files));
  }

  @Test
  void everyQuestionTypeScenarioAndSettingIsRead() {
    CoursePackage.Quiz basics =
        PackageReader.read(PackageFiles.of(sample()))
            .course()
            .orElseThrow()
            .modules()
            .get(0)
            .quiz();
    Map<String, Question> byId = new java.util.HashMap<>();
    basics.questions().forEach(q -> byId.put(q.id(), q));
    assertEquals(
        new CoursePackage.AnswerKey.Pairs(
            Map.of("consul", "art-16-7", "expulsion", "art-22", "care", "art-28")),
        byId.get("match-rights").key());
    assertEquals(
        "Article 16(7)",
        byId.get("match-rights").texts().get(Language.EN).matches().get("art-16-7"));
    assertEquals(
        new CoursePackage.AnswerKey.Sequence(List.of("reasons", "consul", "judge")),
        byId.get("arrest-steps").key());
    assertEquals(
        List.of("16(7)", "16 (7)", "المادة 16(7)"),
        byId.get("which-article").texts().get(Language.AR).accepted());
    assertEquals(
        Set.of("basics", "part-three", "icrmw-art-16"),
        byId.get("which-article").tags(),
        "the quiz, the author's tag, and the provision");
    assertEquals("checkpoint", byId.get("arrest-steps").scenario());
    assertTrue(basics.scenarios().get("checkpoint").get(Language.AR).startsWith("عند نقطة تفتيش"));
    QuizSettings settings = basics.settings();
    assertEquals(
        new QuizSettings(
            70,
            3,
            QuizSettings.Grading.HIGHEST,
            20,
            false,
            true,
            QuizSettings.FeedbackTiming.IMMEDIATE,
            QuizSettings.Reveal.AFTER_SUBMISSION,
            QuizSettings.MultipleScoring.PARTIAL,
            100),
        settings);
    assertEquals(
        QuizSettings.finalTestDefaults(70),
        PackageReader.read(PackageFiles.of(sample()))
            .course()
            .orElseThrow()
            .finalTest()
            .settings());
  }

  @Test
  void aFinalTestLimitsAttemptsAndHoldsItsAnswersBackUnlessItsSettingsSayOtherwise()
      throws Exception {
    CoursePackage plain = PackageReader.read(PackageFiles.of(sample())).course().orElseThrow();
    QuizSettings finalTest = plain.finalTest().settings();
    assertEquals(3, finalTest.attempts());
    assertEquals(QuizSettings.Reveal.AFTER_PASS_OR_LAST, finalTest.reveal());
    assertEquals(
        QuizSettings.defaults(70),
        plain.preTest().settings(),
        "the pre-test is practice: no limit, answers after each attempt");
    assertEquals(0, QuizSettings.defaults(70).attempts(), "module quizzes: no limit");
    assertEquals(QuizSettings.Reveal.AFTER_SUBMISSION, QuizSettings.defaults(70).reveal());

    Map<String, byte[]> files = sample();
    put(
        files,
        "quizzes/final-test.yaml",
        text(files, "quizzes/final-test.yaml")
            + "settings:\n  attempts: 0\n  reveal: after-submission\n");
    QuizSettings changed =
        PackageReader.read(PackageFiles.of(files)).course().orElseThrow().finalTest().settings();
    assertEquals(0, changed.attempts(), "the package may lift the limit");
    assertEquals(QuizSettings.Reveal.AFTER_SUBMISSION, changed.reveal());
    put(
        files,
        "quizzes/final-test.yaml",
        text(files, "quizzes/final-test.yaml")
            .replace("attempts: 0", "attempts: 5")
            .replace("after-submission", "after-pass-or-last"));
    assertEquals(
        5,
        PackageReader.read(PackageFiles.of(files))
            .course()
            .orElseThrow()
            .finalTest()
            .settings()
            .attempts());
  }

  @Test
  void answersAreRevealedOnceFinalTestIsPassedOrNoAttemptIsLeft() {
    QuizSettings finalTest = QuizSettings.finalTestDefaults(70);
    assertFalse(
        finalTest.reveals(false, java.util.OptionalInt.of(2)),
        "failed, attempts left: a retake must not pass by memory");
    assertTrue(finalTest.reveals(true, java.util.OptionalInt.of(2)), "passed");
    assertTrue(
        finalTest.reveals(false, java.util.OptionalInt.of(0)),
        "failed with nothing left to try: the learner may learn from it");
    assertFalse(
        finalTest.reveals(false, java.util.OptionalInt.empty()), "no limit: only a pass reveals");
    assertTrue(
        QuizSettings.defaults(70).reveals(false, java.util.OptionalInt.empty()),
        "module quizzes reveal after each attempt");
  }

  @Test
  void attemptsLeftCountOnlySubmittedAttemptsAndNeverGoBelowNone() {
    QuizSettings finalTest = QuizSettings.finalTestDefaults(70);
    assertEquals(java.util.OptionalInt.of(3), finalTest.attemptsLeft(0));
    assertEquals(java.util.OptionalInt.of(1), finalTest.attemptsLeft(2));
    assertTrue(finalTest.allowsAnother(2), "a third try after two failures");
    assertEquals(
        java.util.OptionalInt.of(0),
        finalTest.attemptsLeft(5),
        "more submitted than allowed (the limit was lowered): none left, not minus two");
    assertFalse(finalTest.allowsAnother(3));
    assertEquals(
        java.util.OptionalInt.empty(),
        QuizSettings.defaults(70).attemptsLeft(40),
        "module quizzes: no limit");
    assertTrue(QuizSettings.defaults(70).allowsAnother(40));
  }

  @Test
  void aQuestionMayKeepItsOptionsInTheirWrittenOrderAndAQuizShufflesThemByDefault() {
    Map<String, byte[]> files = sample();
    put(
        files,
        "quizzes/basics.yaml",
        text(files, "quizzes/basics.yaml")
            .replace(
                "    options: [nationals, non-nationals, tourists]\n",
                "    options: [nationals, non-nationals, tourists]\n    shuffle: false\n"));
    CoursePackage course = PackageReader.read(PackageFiles.of(files)).course().orElseThrow();
    Map<String, Question> byId = new java.util.HashMap<>();
    course.modules().get(0).quiz().questions().forEach(q -> byId.put(q.id(), q));
    assertFalse(byId.get("who-is-covered").shuffle(), "shuffle: false is read");
    assertTrue(
        byId.get("rights-at-checkpoint").shuffle(),
        "a question says nothing: its options are shuffled");
    assertTrue(
        course.finalTest().settings().shuffleOptions(),
        "a quiz that says nothing shuffles options");
    assertFalse(course.finalTest().settings().shuffleQuestions(), "but keeps its question order");
    put(
        files,
        "quizzes/basics.yaml",
        text(files, "quizzes/basics.yaml").replace("    shuffle: false\n", "    shuffle: never\n"));
    assertEquals(List.of("quizzes/basics.yaml:6: INVALID_VALUE"), problems(files));
  }

  @Test
  void aMatchingPairOrOrderThatPointsNowhereIsAnAnswerKeyProblem() {
    Map<String, byte[]> files = sample();
    put(
        files,
        "quizzes/basics.yaml",
        text(files, "quizzes/basics.yaml")
            .replace("care: art-28}", "care: art-99}")
            .replace("correct: [reasons, consul, judge]", "correct: [reasons, consul]"));
    assertEquals(
        List.of("quizzes/basics.yaml:14: ANSWER_KEY", "quizzes/basics.yaml:20: ANSWER_KEY"),
        problems(files));
  }

  @Test
  void aShortAnswerQuestionNeedsAcceptedAnswersInEveryLanguage() {
    Map<String, byte[]> files = sample();
    put(
        files,
        "quizzes/basics.ar.yaml",
        text(files, "quizzes/basics.ar.yaml")
            .replace("  accept: [\"16(7)\", \"16 (7)\", \"المادة 16(7)\"]\n", ""));
    assertEquals(List.of("quizzes/basics.ar.yaml:37: ANSWER_KEY"), problems(files));
  }

  @Test
  void unknownSettingsScenariosAndImpossibleDrawsAreInvalidValues() {
    Map<String, byte[]> files = sample();
    put(
        files,
        "quizzes/basics.yaml",
        text(files, "quizzes/basics.yaml")
            .replace(
                "    scenario: checkpoint\n    options: [reasons",
                "    scenario: harbour\n    options: [reasons")
            .replace("  grading: highest", "  grading: best")
            .replace("  penalty: 100", "  penalty: 100\n  retries: 2"));
    put(
        files,
        "quizzes/final-test.yaml",
        text(files, "quizzes/final-test.yaml") + "draw:\n  - tag: part-three\n    count: 5\n");
    assertEquals(
        List.of(
            "quizzes/basics.yaml:40: INVALID_VALUE",
            "quizzes/basics.yaml:33: INVALID_VALUE",
            "quizzes/basics.yaml:18: INVALID_VALUE",
            "quizzes/final-test.yaml:11: INVALID_VALUE"),
        problems(files));
  }

  @Test
  void aStigmaMarkerIsTakenOffQuizTextsAndKeptStruckInLessons() {
    Map<String, byte[]> files = sample();
    String quiz = "quizzes/basics.en.yaml";
    put(
        files,
        quiz,
        text(files, quiz)
            .replace(
                "text: Who is a migrant worker under the Convention?",
                "text: \"Who is a migrant worker, never an «{--illegal migrant--}»?\"")
            .replace(
                "feedback: Nationals are not migrant workers in their own State.",
                "feedback: \"{--Illegals--} is wrong. Nationals are not migrant workers in their own State.\"")
            .replace(
                "tourists: A tourist on holiday",
                "tourists: \"A tourist, not an {--illegal alien--}\"")
            .replace(
                "feedback: See article 2(1).",
                "feedback: \"See article 2(1), and never say {--illegals--}.\"")
            .replace(
                "text: At a night checkpoint,", "text: \"{--Illegals--}? At a night checkpoint,")
            .replace("asks to call his consulate.", "asks to call his consulate.\"")
            .replace("art-22: Article 22", "art-22: \"Article 22 ({--illegals--})\""));
    put(
        files,
        "lessons/01-basics/01-definition.en.md",
        text(files, "lessons/01-basics/01-definition.en.md")
            + "\nNever say «{--illegal migrants--}».\n");
    PackageReader.Result result = PackageReader.read(PackageFiles.of(files));
    assertEquals(List.of(), result.problems());
    CoursePackage course = result.course().orElseThrow();
    CoursePackage.Quiz basics = course.modules().get(0).quiz();
    CoursePackage.QuestionText covered = basics.questions().get(0).texts().get(Language.EN);
    assertEquals("Who is a migrant worker, never an «illegal migrant»?", covered.text());
    assertEquals(
        "Illegals is wrong. Nationals are not migrant workers in their own State.",
        covered.options().get("nationals").feedback());
    assertEquals("A tourist, not an illegal alien", covered.options().get("tourists").text());
    assertEquals("See article 2(1), and never say illegals.", covered.feedback());
    assertTrue(
        basics
            .scenarios()
            .get("checkpoint")
            .get(Language.EN)
            .startsWith("Illegals? At a night checkpoint,"));
    assertEquals(
        "Article 22 (illegals)",
        basics.questions().stream()
            .filter(q -> q.id().equals("match-rights"))
            .findFirst()
            .orElseThrow()
            .texts()
            .get(Language.EN)
            .matches()
            .get("art-22"));
    String lesson = course.modules().get(0).lessons().get(0).html().get(Language.EN);
    assertTrue(lesson.contains("«<s class=\"avoided-term\">illegal migrants</s>»"), lesson);
  }

  @Test
  void markdownTablesBecomeHtmlTables() {
    String html =
        LessonRenderer.render(
            "| Part | Articles |\n|---|---|\n| III | 8–35 |\n",
            "t.md",
            Set.of(),
            "",
            new java.util.ArrayList<>());
    assertTrue(
        html.contains("<table>")
            && html.contains("<th>Part</th>")
            && html.contains("<td data-label=\"Articles\">8–35</td>"),
        html);
  }

  @Test
  void aQuestionIsTaggedWithTheProvisionItRestsOn() {
    assertEquals(
        java.util.Optional.of("icrmw-art-16"), PackageReader.sourceTag("ICRMW art. 16(7)"));
    assertEquals(java.util.Optional.of("principle-7"), PackageReader.sourceTag("Principle 7"));
    assertEquals(
        java.util.Optional.of("border-guideline-8"), PackageReader.sourceTag("Border Guideline 8"));
    assertEquals(
        java.util.Optional.of("palermo-protocol-art-3"),
        PackageReader.sourceTag("Palermo Protocol art. 3(c)"));
    assertEquals(
        java.util.Optional.empty(),
        PackageReader.sourceTag("OHCHR Border Principles and Guidelines"));
  }

  @Test
  void aDirectionControlInATitleIsAProblemOnItsLineWhileArabicAndMarksAreKept() {
    Map<String, byte[]> files = sample();
    put(
        files,
        "course.yaml",
        text(files, "course.yaml").replace("en: The basics", "en: \"The basics\u202Egnp.exe\""));
    assertEquals(List.of("course.yaml:18: DIRECTION_CONTROL"), problems(files));

    Map<String, byte[]> marked = sample();
    put(
        marked,
        "course.yaml",
        text(marked, "course.yaml")
            .replace("ar: الأساسيات", "ar: \"الأساسيات\u200F (ICRMW)\u200E\""));
    assertEquals(List.of(), problems(marked), "an RLM or LRM mark is not a direction control");
  }

  @Test
  void aTextFileOverTheLimitIsAProblemNamingItsSizeNotAParseError() {
    Map<String, byte[]> files = sample();
    byte[] huge = new byte[PackageFiles.MAX_TEXT_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) 'a');
    files.put("lessons/01-basics/01-definition.en.md", huge);
    files.put("notes.yaml", huge);
    PackageReader.Result result = PackageReader.read(PackageFiles.of(files));
    assertEquals(
        List.of("lessons/01-basics/01-definition.en.md:1: TOO_LARGE", "notes.yaml:1: TOO_LARGE"),
        problems(files));
    assertEquals(
        "file notes.yaml is " + huge.length + " bytes; the limit is " + PackageFiles.MAX_TEXT_BYTES,
        result.problems().get(1).detail());
  }

  @Test
  void aTextFileOverTheLimitInAFolderIsAProblemToo(@org.junit.jupiter.api.io.TempDir Path folder)
      throws Exception {
    for (Map.Entry<String, byte[]> file : sample().entrySet()) {
      java.nio.file.Files.createDirectories(folder.resolve(file.getKey()).getParent());
      java.nio.file.Files.write(folder.resolve(file.getKey()), file.getValue());
    }
    java.nio.file.Files.writeString(
        folder.resolve("course.yaml"),
        "# " + "x".repeat(PackageFiles.MAX_TEXT_BYTES) + "\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(
        List.of("course.yaml:1: TOO_LARGE"), problems(PackageFiles.fromFolder(folder).contents()));
  }

  @Test
  void anUnsafeSvgInThePackageIsAProblemWhereverThePackageComesFrom() {
    Map<String, byte[]> files = sample();
    String hostile =
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    files.put("images/journey.svg", hostile.getBytes(StandardCharsets.UTF_16));
    assertEquals(List.of("images/journey.svg:1: UNSAFE_SVG"), problems(files));
  }
}

package org.rightsacademy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightsacademy.catalog.CoursePackage.Module;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.platform.Language;

/**
 * The three packages the platform ships, read from {@code courses/} as start-up reads them: valid
 * with no error (warnings are {@link GuessingTableTest}'s), complete in all four languages, of the
 * size the curriculum promises, and free of the words we never use for people.
 */
class ShippedCoursesTest {

  static final List<String> SHIPPED = List.of("icrmw", "trafficking-principles", "borders");

  /**
   * "Illegal migrant" and its equivalents; allowed only inside a stigma marker {@code {--...--}}
   * ({@link AvoidedTerm}), where a terminology lesson quotes the term it teaches not to use. The
   * one exception is the official French text of ICRMW art. 68, which calls <em>movements</em>
   * «illégaux ou clandestins»: it names no person and is quoted as the treaty says it.
   */
  private static final Pattern STIGMA =
      Pattern.compile(
          "(?iu)illegal(ly)? (im)?migra|migrants? illégal|immigrés? illégal|d'« illégaux »|(?<!illégaux ou )clandestins?\\b|sans-papiers|нелегал|غير شرعي|غير الشرعي");

  /**
   * A parenthesis of two words or more ("(question de terminologie)"; not "16(7)" or "(ICRMW)"),
   * without a digit: "(art. 21)", "(2017 год)" or "(principle 7)" cite a source, and a translation
   * may put a citation in brackets where the English runs it into the sentence.
   */
  private static final Pattern PARENTHESIS =
      Pattern.compile("\\(([^()]*)\\)"); // may wrap: Markdown breaks lines anywhere

  /** "(ICRMW)", "(CMW)": a short name in brackets, not a remark. */
  private static final Pattern ABBREVIATION = Pattern.compile("\\(\\p{Lu}[\\p{Lu}\\p{N}.\\-]+\\)");

  /** How each language introduces the short name it will use: the translation of "(ICRMW)". */
  private static final Pattern NAME_INTRODUCED =
      Pattern.compile(
          "(?iu)(hereinafter|ci-après|далее|ويُشار إليها فيما يلي|يشار إليها فيما يلي)(?=\\s)");

  static CoursePackage read(String code) {
    PackageReader.Result result =
        PackageReader.read(PackageFiles.fromFolder(Path.of("courses", code)));
    assertEquals(
        List.of(),
        result.errors(),
        "courses/" + code + " must load with no error (GuessingTableTest also wants no warning)");
    return result.course().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"icrmw", "trafficking-principles", "borders"})
  void isValidAndCompleteInFourLanguages(String code) {
    CoursePackage course = read(code);
    assertEquals(code, course.code());
    assertEquals(List.of(Language.EN, Language.FR, Language.RU, Language.AR), course.languages());
    for (Language language : course.languages()) {
      assertTrue(
          course.titles().containsKey(language) && course.summaries().containsKey(language),
          code + " title in " + language);
      for (Module module : course.modules()) {
        module
            .lessons()
            .forEach(
                lesson ->
                    assertTrue(
                        lesson.html().get(language).length() > 1500,
                        code
                            + "/"
                            + module.id()
                            + "/"
                            + lesson.id()
                            + " in "
                            + language
                            + " has substance"));
      }
      quizzes(course)
          .forEach(
              quiz ->
                  quiz.questions()
                      .forEach(
                          q ->
                              assertTrue(
                                  q.texts().containsKey(language),
                                  quiz.id() + "/" + q.id() + " in " + language)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"icrmw", "trafficking-principles", "borders"})
  void hasTheSizeTheCurriculumPromises(String code) {
    CoursePackage course = read(code);
    assertTrue(course.modules().size() >= 4, code + ": at least four modules");
    for (Module module : course.modules()) {
      assertTrue(module.lessons().size() >= 2, module.id() + ": at least two lessons");
      assertTrue(
          module.quiz() != null && module.quiz().questions().size() >= 6,
          module.id() + ": a quiz of at least six questions");
    }
    assertTrue(course.preTest().questions().size() >= 10, code + ": pre-test of at least ten");
    assertTrue(course.finalTest().questions().size() >= 10, code + ": final test of at least ten");
  }

  @ParameterizedTest
  @ValueSource(strings = {"icrmw", "trafficking-principles", "borders"})
  void neverCallsPeopleIllegal(String code) throws IOException {
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("courses", code))) {
      for (Path file :
          files
              .filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml"))
              .sorted()
              .toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (STIGMA.matcher(AvoidedTerm.mask(lines.get(i))).find()) {
            hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(
        List.of(),
        hits,
        "say \"migrants in an irregular situation\" (a term quoted to teach not to use it goes in {--...--})");
  }

  /**
   * A translation says what the English says: it may not add a parenthesis of two words or more
   * that the English of the same lesson, question text, option, feedback, match or scenario does
   * not have (glosses such as «(question de terminologie)» or «(не говорите так о людях)»).
   */
  @ParameterizedTest
  @ValueSource(strings = {"icrmw", "trafficking-principles", "borders"})
  void translationsAddNoParentheticalText(String code) throws IOException {
    List<String> hits = new ArrayList<>();
    Path root = Path.of("courses", code);
    try (Stream<Path> files = Files.walk(root.resolve("lessons"))) {
      for (Path english : files.filter(f -> f.toString().endsWith(".en.md")).sorted().toList()) {
        String base = english.getFileName().toString().replaceFirst("\\.en\\.md$", "");
        String englishText = Files.readString(english, StandardCharsets.UTF_8);
        for (Language language : List.of(Language.FR, Language.RU, Language.AR)) {
          Path translation = english.resolveSibling(base + "." + language.code() + ".md");
          if (Files.isRegularFile(translation)) {
            compare(
                translation.toString(),
                englishText,
                Files.readString(translation, StandardCharsets.UTF_8),
                hits);
          }
        }
      }
    }
    CoursePackage course = read(code);
    quizzes(course)
        .forEach(
            quiz -> {
              for (Language language : List.of(Language.FR, Language.RU, Language.AR)) {
                String file =
                    root.resolve("quizzes")
                        .resolve(quiz.id() + "." + language.code() + ".yaml")
                        .toString();
                quiz.scenarios()
                    .forEach(
                        (id, texts) ->
                            compare(
                                file + " " + id,
                                texts.get(Language.EN),
                                texts.get(language),
                                hits));
                for (CoursePackage.Question question : quiz.questions()) {
                  CoursePackage.QuestionText en = question.texts().get(Language.EN);
                  CoursePackage.QuestionText tr = question.texts().get(language);
                  if (en == null || tr == null) {
                    continue;
                  }
                  String where = file + " " + question.id();
                  compare(where, en.text(), tr.text(), hits);
                  compare(where + " feedback", en.feedback(), tr.feedback(), hits);
                  for (String option : question.options()) {
                    CoursePackage.OptionText enOption = en.options().get(option);
                    CoursePackage.OptionText trOption = tr.options().get(option);
                    if (enOption != null && trOption != null) {
                      compare(where + " " + option, enOption.text(), trOption.text(), hits);
                      compare(
                          where + " " + option + " feedback",
                          enOption.feedback(),
                          trOption.feedback(),
                          hits);
                    }
                  }
                  for (String match : question.matches()) {
                    compare(
                        where + " " + match,
                        en.matches().get(match),
                        tr.matches().get(match),
                        hits);
                  }
                }
              }
            });
    assertEquals(
        List.of(), hits, "a translation may not add parenthetical text the English does not have");
  }

  @org.junit.jupiter.api.Test
  void countsOnlyParenthesesOfTwoWordsOrMore() {
    assertEquals(
        List.of(
            "(question de terminologie)", "(не говорите так о людях)", "(لا تقل ذلك عن الأشخاص)"),
        parentheses(
            "« {--migrants illégaux--} » (question de terminologie), «нелегалы» (не говорите так о людях), «غير شرعيين» (لا تقل ذلك عن الأشخاص)"));
    assertEquals(
        List.of(),
        parentheses(
            "art. 16(7), art. 3(a), the Convention (ICRMW), the Committee (<abbr title=\"Committee on Migrant Workers\">CMW</abbr>), (2017)"));
    assertEquals(
        List.of(),
        parentheses("a right (art. 16), a comment (2017 год), (принцип 7)"),
        "citations are not glosses");
    assertEquals(
        List.of(),
        parentheses(
            "Конвенция (далее — Конвенция о трудящихся-мигрантах), الاتفاقية (ويُشار إليها فيما يلي باسم «اتفاقية العمال المهاجرين»)"),
        "introducing a short name is the translation of \"(ICRMW)\"");
    assertEquals(
        List.of("(acte, moyen, finalité)"),
        parentheses("les trois éléments (acte, moyen, finalité)"));
    assertEquals(
        1,
        parentheses("even if no means (force, deception, abuse of\n  vulnerability) was used")
            .size(),
        "a parenthesis that wraps in the Markdown counts");
  }

  @org.junit.jupiter.api.Test
  void aTranslationMayWordAnEnglishRemarkInBracketsItsOwnWayButAddNone() {
    List<String> hits = new ArrayList<>();
    compare(
        "cat", "CAT art. 3 (absolute)", "ст. 3 Конвенции против пыток (абсолютный запрет)", hits);
    assertEquals(List.of(), hits, "the English remark, in two Russian words");
    compare(
        "abbr",
        "the Convention (ICRMW) forbids it",
        "la Convention (question de terminologie) l'interdit",
        hits);
    compare(
        "none",
        "Why not call migrants illegal?",
        "Pourquoi ne pas les qualifier d'illégaux ? (question de terminologie)",
        hits);
    assertEquals(
        2,
        hits.size(),
        "an abbreviation in brackets allows no gloss, and no bracket allows none: " + hits);
  }

  /**
   * Adds a hit when the translation has more counted parentheses than the English: where, and each
   * of the translation's, with its line when the text has several. When both have as many lines (a
   * lesson translated paragraph for paragraph), the lines with more than the same English line are
   * named first: that is where a gloss most likely sits.
   */
  private static void compare(String where, String english, String translation, List<String> hits) {
    List<String> counted = parentheses(translation);
    int inEnglish = remarks(english).size();
    if (counted.size() <= inEnglish) {
      return;
    }
    String[] englishLines = english.split("\n", -1);
    String[] lines = translation.split("\n", -1);
    List<String> shown = new ArrayList<>();
    List<String> suspect = new ArrayList<>();
    for (String group : counted) {
      int at = translation.indexOf(group);
      int line =
          at < 0
              ? 0
              : (int) translation.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      shown.add(lines.length > 1 ? line + ":" + group.replaceAll("\\s+", " ") : group);
    }
    for (int i = 0; i < lines.length; i++) {
      List<String> here = parentheses(lines[i]);
      if (lines.length > 1
          && englishLines.length == lines.length
          && here.size() > remarks(englishLines[i]).size()) {
        suspect.add(String.valueOf(i + 1));
      }
    }
    hits.add(
        where
            + ": "
            + inEnglish
            + " in English, "
            + counted.size()
            + " here"
            + (suspect.isEmpty()
                ? ""
                : " (more than the English on line " + String.join(", ", suspect) + ")")
            + ": "
            + String.join(" ", shown));
  }

  /** The parentheses of two words or more in a text, each as written: what a gloss looks like. */
  static List<String> parentheses(String text) {
    return parentheses(text, 2);
  }

  /**
   * The English remarks in brackets a translation may render in words of its own: any parenthesis
   * that is not a citation or an abbreviation, so "(absolute)" allows «(абсолютный запрет)» while
   * "(ICRMW)" allows no gloss.
   */
  static List<String> remarks(String text) {
    return parentheses(text, 1).stream()
        .filter(group -> !ABBREVIATION.matcher(group).matches())
        .toList();
  }

  private static List<String> parentheses(String text, int minimumWords) {
    List<String> found = new ArrayList<>();
    if (text == null) {
      return found;
    }
    // Markup is not text: a parenthesis inside an attribute (an <abbr title="…">) is not read.
    java.util.regex.Matcher matcher = PARENTHESIS.matcher(text.replaceAll("<[^>]*>", ""));
    while (matcher.find()) {
      String words = matcher.group(1).strip();
      if (NAME_INTRODUCED.matcher(words).lookingAt()) {
        continue; // "(далее — Конвенция …)" introduces a short name, as "(ICRMW)" does in English
      }
      boolean citation = words.codePoints().anyMatch(Character::isDigit);
      if (!citation
          && Stream.of(words.split("\\s+"))
                  .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                  .count()
              >= minimumWords) {
        found.add(matcher.group());
      }
    }
    return found;
  }

  /**
   * One official term and one short name per language: «неурегулированное положение» (never
   * «статус»), no «МКЗПТМ», and no Latin "ICRMW" in French, Russian or Arabic text.
   */
  @ParameterizedTest
  @ValueSource(strings = {"icrmw", "trafficking-principles", "borders"})
  void eachLanguageUsesTheOfficialTermsAndOneShortName(String code) throws IOException {
    Pattern wrong = Pattern.compile("(?u)[Нн]еурегулированн\\p{L}* статус|МКЗПТМ|ICRMW");
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("courses", code))) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().matches(".*\\.(fr|ru|ar)\\.(md|yaml)"))
              .sorted()
              .toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String text =
              lines.get(i).replaceAll("<[^>]*>", ""); // an <abbr title> may spell the full name
          if (wrong.matcher(text).find()) {
            hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), hits, "official terms (courses/README.md, \"Terminology\")");
  }

  /** README's course table states what ships: a row per package, its counts computed here. */
  @ParameterizedTest
  @ValueSource(strings = {"icrmw", "trafficking-principles", "borders"})
  void theReadmeCourseTableCountsWhatShips(String code) throws IOException {
    CoursePackage course = read(code);
    int lessons = course.modules().stream().mapToInt(m -> m.lessons().size()).sum();
    int moduleQuestions =
        course.modules().stream().mapToInt(m -> m.quiz().questions().size()).sum();
    java.util.Map<String, Long> perObjective =
        quizzes(course)
            .flatMap(q -> q.questions().stream())
            .filter(q -> q.objective() != null)
            .collect(
                java.util.stream.Collectors.groupingBy(
                    Question::objective,
                    java.util.TreeMap::new,
                    java.util.stream.Collectors.counting()));
    java.util.LongSummaryStatistics items =
        perObjective.values().stream().mapToLong(Long::longValue).summaryStatistics();
    String each =
        items.getMin() == items.getMax()
            ? items.getMin() + " items each"
            : items.getMin() + "–" + items.getMax() + " items each";
    String expected =
        "| `"
            + code
            + "` | "
            + course.titles().get(Language.EN)
            + " | "
            + course.modules().size()
            + " | "
            + lessons
            + " | "
            + moduleQuestions
            + " + "
            + course.preTest().questions().size()
            + " + "
            + course.finalTest().questions().size()
            + " | "
            + perObjective.size()
            + ", "
            + each
            + " |";
    List<String> rows =
        Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8).stream()
            .filter(l -> l.startsWith("| `" + code + "` |"))
            .toList();
    assertEquals(List.of(expected), rows, "README.md's course table, row of " + code);
  }

  private static Stream<Quiz> quizzes(CoursePackage course) {
    return Stream.concat(
        Stream.of(course.preTest(), course.finalTest()),
        course.modules().stream().map(Module::quiz));
  }
}

package org.rightsacademy.catalog.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.model.Question.ShortAnswer;
import org.rightsacademy.platform.Language;

/**
 * A short answer's weighted alternatives in the format: read, written and read again the same, and
 * each mistake named by file and line; the {@code accept:} form keeps working beside it.
 */
class ShortAnswerFormatTest {

  private static final String KEY =
      """
        - id: which-article
          type: short
          answers:
            - {id: exact}
            - {id: article, weight: 50}
            - {id: wrong, weight: -50}
            - {id: other, weight: 0, any: true}
        - id: flat
          type: short
      settings:
      """;

  private static final String EN =
      """
      which-article:
        source: ICRMW art. 16(7)
        text: Which article gives a detained worker the right to the consul?
        options:
          exact: "16(7)"
          article: {text: article 16, feedback: "Close: the paragraph matters."}
          wrong: {text: article 2, feedback: Article 2 defines who is covered.}
          other: {feedback: Look at article 16 again.}
      flat:
        source: ICRMW art. 16(7)
        text: Which article, again?
        accept: ["16(7)", article 16(7)]
      """;

  private static final String AR =
      """
      which-article:
        source: الاتفاقية، المادة 16(7)
        text: أي مادة تمنح العامل المحتجز حق الاتصال بالقنصل؟
        options:
          exact: "16(7)"
          article: {text: المادة 16, feedback: قريب، لكن الفقرة مهمة.}
          wrong: المادة 2
          other: {text: "*", feedback: راجع المادة 16.}
      flat:
        source: الاتفاقية، المادة 16(7)
        text: أي مادة؟
        accept: ["16(7)"]
      """;

  private static Map<String, byte[]> files(String key, String english, String arabic) {
    Map<String, byte[]> files;
    try {
      files =
          new TreeMap<>(
              PackageFiles.fromFolder(
                      Path.of(
                          ShortAnswerFormatTest.class
                              .getClassLoader()
                              .getResource("open-answers")
                              .toURI()))
                  .contents());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    append(files, "quizzes/basics.yaml", key, true);
    append(files, "quizzes/basics.en.yaml", english, false);
    append(files, "quizzes/basics.ar.yaml", arabic, false);
    return files;
  }

  private static void append(Map<String, byte[]> files, String file, String text, boolean key) {
    String old = new String(files.get(file), StandardCharsets.UTF_8);
    String now = key ? old.replace("settings:\n", text) : old.stripTrailing() + "\n" + text;
    files.put(file, now.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> problems(Map<String, byte[]> files) {
    return PackageFormat.read(files).problems().stream()
        .filter(PackageProblem::isError)
        .map(PackageProblem::toString)
        .toList();
  }

  @Test
  void alternativesAreReadWrittenAndReadAgainTheSame() {
    PackageFormat.Read read = PackageFormat.read(files(KEY, EN, AR));
    assertEquals(List.of(), read.problems().stream().filter(PackageProblem::isError).toList());
    LearningPackage course = read.course().orElseThrow();
    List<Question> questions = course.quiz("basics").orElseThrow().questions();
    Question.ShortText which =
        (Question.ShortText)
            questions.stream().filter(q -> q.id().equals("which-article")).findFirst().get();
    assertEquals(
        List.of(
            new ShortAnswer("exact", 100, false),
            new ShortAnswer("article", 50, false),
            new ShortAnswer("wrong", -50, false),
            new ShortAnswer("other", 0, true)),
        which.answers());
    QuestionText english = which.texts().in(Language.EN).orElseThrow();
    assertEquals(new OptionText("16(7)", null), english.options().get("exact"));
    assertEquals(
        new OptionText("article 16", "Close: the paragraph matters."),
        english.options().get("article"));
    assertEquals(
        new OptionText("*", "Look at article 16 again."),
        english.options().get("other"),
        "the catch-all's words are * even when left out");
    assertEquals(List.of(), english.accepted());
    Question.ShortText flat =
        (Question.ShortText)
            questions.stream().filter(q -> q.id().equals("flat")).findFirst().get();
    assertEquals(List.of(), flat.answers(), "the accept: form stays as it was");
    assertEquals(
        List.of("16(7)", "article 16(7)"), flat.texts().in(Language.EN).orElseThrow().accepted());

    Map<String, byte[]> written = new TreeMap<>(PackageFormat.write(course));
    Map<String, byte[]> original = files(KEY, EN, AR);
    course.media().forEach(path -> written.put(path, original.get(path)));
    assertEquals(course, PackageFormat.read(written).course().orElseThrow());
    String key = new String(written.get("quizzes/basics.yaml"), StandardCharsets.UTF_8);
    assertTrue(key.contains("any: true"), key);
    assertTrue(key.contains("weight: -50"), key);
  }

  @Test
  void eachMistakeInTheAlternativesIsNamed() {
    String key =
        KEY.replace("{id: article, weight: 50}", "{id: article, weight: 150}")
            .replace("{id: wrong, weight: -50}", "{id: wrong, weight: -50, any: true}");
    List<String> problems = problems(files(key, EN, AR));
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.startsWith("quizzes/basics.yaml:")
                        && p.contains("INVALID_VALUE weight must be between -100 and 100")),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p -> p.contains("ANSWER_KEY question which-article: more than one catch-all")),
        problems.toString());

    List<String> noFull =
        problems(files(KEY.replace("- {id: exact}", "- {id: exact, weight: 90}"), EN, AR));
    assertTrue(
        noFull.stream().anyMatch(p -> p.contains("no answer earns full credit")),
        noFull.toString());

    List<String> both =
        problems(
            files(
                KEY,
                EN.replace(
                    "    other: {feedback: Look at article 16 again.}",
                    "    other: {feedback: Look at article 16 again.}\n  accept: [\"16\"]"),
                AR.replace("exact: \"16(7)\"", "exact: \"" + "٧".repeat(301) + "\"")));
    assertTrue(
        both.stream()
            .anyMatch(
                p ->
                    p.startsWith("quizzes/basics.en.yaml:")
                        && p.contains("its words go under options:, not accept:")),
        both.toString());
    assertTrue(
        both.stream()
            .anyMatch(
                p ->
                    p.startsWith("quizzes/basics.ar.yaml:")
                        && p.contains("answer exact is longer than 300 characters")),
        both.toString());

    List<String> untranslated = problems(files(KEY, EN, AR.replace("wrong: المادة 2", "")));
    assertTrue(
        untranslated.stream()
            .anyMatch(
                p ->
                    p.startsWith("quizzes/basics.ar.yaml:")
                        && p.contains("MISSING_TRANSLATION question which-article: option wrong")),
        untranslated.toString());
  }
}

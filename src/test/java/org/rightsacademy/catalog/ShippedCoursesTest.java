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
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.platform.Language;

/**
 * The three packages the platform ships, read from {@code courses/} as start-up reads them: valid
 * with no error (warnings are {@link GuessingTableTest}'s), complete in all four languages, of the
 * size the curriculum promises, and free of the words we never use for people.
 */
class ShippedCoursesTest {

  static final List<String> SHIPPED = List.of("icrmw", "trafficking-principles", "borders");

  /** "Illegal migrant" and its equivalents; allowed only on a line that teaches why not to say it. */
  private static final Pattern STIGMA = Pattern.compile("(?iu)illegal(ly)? (im)?migra|migrants? illégal|immigrés? illégal|d'« illégaux »|clandestins?\\b|sans-papiers|нелегал|غير شرعي|غير الشرعي");
  private static final Pattern TEACHING = Pattern.compile("(?iu)terminolog|never say|avoid|instead of|не говор|لا تقل");

  static CoursePackage read(String code) {
    PackageReader.Result result = PackageReader.read(PackageFiles.fromFolder(Path.of("courses", code)));
    assertEquals(List.of(), result.errors(), "courses/" + code + " must load with no error (GuessingTableTest also wants no warning)");
    return result.course().orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"icrmw", "trafficking-principles", "borders"})
  void isValidAndCompleteInFourLanguages(String code) {
    CoursePackage course = read(code);
    assertEquals(code, course.code());
    assertEquals(List.of(Language.EN, Language.FR, Language.RU, Language.AR), course.languages());
    for (Language language : course.languages()) {
      assertTrue(course.titles().containsKey(language) && course.summaries().containsKey(language), code + " title in " + language);
      for (Module module : course.modules()) {
        module.lessons().forEach(lesson -> assertTrue(lesson.html().get(language).length() > 1500, code + "/" + module.id() + "/" + lesson.id() + " in " + language + " has substance"));
      }
      quizzes(course).forEach(quiz -> quiz.questions().forEach(q -> assertTrue(q.texts().containsKey(language), quiz.id() + "/" + q.id() + " in " + language)));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"icrmw", "trafficking-principles", "borders"})
  void hasTheSizeTheCurriculumPromises(String code) {
    CoursePackage course = read(code);
    assertTrue(course.modules().size() >= 4, code + ": at least four modules");
    for (Module module : course.modules()) {
      assertTrue(module.lessons().size() >= 2, module.id() + ": at least two lessons");
      assertTrue(module.quiz() != null && module.quiz().questions().size() >= 6, module.id() + ": a quiz of at least six questions");
    }
    assertTrue(course.preTest().questions().size() >= 10, code + ": pre-test of at least ten");
    assertTrue(course.finalTest().questions().size() >= 10, code + ": final test of at least ten");
  }

  @ParameterizedTest
  @ValueSource(strings = {"icrmw", "trafficking-principles", "borders"})
  void neverCallsPeopleIllegal(String code) throws IOException {
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("courses", code))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml")).sorted().toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (STIGMA.matcher(lines.get(i)).find() && !TEACHING.matcher(lines.get(i)).find()) {
            hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertEquals(List.of(), hits, "say \"migrants in an irregular situation\"");
  }

  private static Stream<Quiz> quizzes(CoursePackage course) {
    return Stream.concat(Stream.of(course.preTest(), course.finalTest()), course.modules().stream().map(Module::quiz));
  }
}

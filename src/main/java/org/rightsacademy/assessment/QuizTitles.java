package org.rightsacademy.assessment;

import java.util.function.BiFunction;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.Module;
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.platform.BundleTexts;
import org.rightsacademy.platform.Human;
import org.rightsacademy.platform.Language;

/** What a quiz is called: "Pre-test", "Final test", or "Quiz: " and its module's title. */
public final class QuizTitles {

  private QuizTitles() {}

  /** The title in the page's language (Faces pages). */
  public static String title(CoursePackage course, Quiz quiz, Language language) {
    return quiz == null ? "" : title(course, quiz.id(), language, BundleTexts::text);
  }

  /**
   * The title of a quiz by its id, with words in the writer's language (pages outside Faces, PDFs);
   * the module's title in the language, or in English when it has none yet.
   */
  public static String title(CoursePackage course, String quizId, Human words) {
    return title(course, quizId, words.language(), words::text);
  }

  private static String title(
      CoursePackage course,
      String quizId,
      Language language,
      BiFunction<String, Object[], String> words) {
    if (quizId == null) {
      return "";
    }
    if (course.preTest() != null && course.preTest().id().equals(quizId)) {
      return words.apply("quiz.pre_test", new Object[0]);
    }
    if (course.finalTest() != null && course.finalTest().id().equals(quizId)) {
      return words.apply("quiz.final_test", new Object[0]);
    }
    for (Module module : course.modules()) {
      if (module.quiz() != null && module.quiz().id().equals(quizId)) {
        return words.apply(
            "quiz.module",
            new Object[] {
              java.util.Optional.ofNullable(module.titles().get(language))
                  .orElse(module.titles().get(Language.DEFAULT))
            });
      }
    }
    return quizId;
  }
}

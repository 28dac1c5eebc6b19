package org.rightsacademy.assessment;

import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.Module;
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.platform.BundleTexts;
import org.rightsacademy.platform.Language;

/** What a quiz is called: "Pre-test", "Final test", or "Quiz: " and its module's title. */
public final class QuizTitles {

  private QuizTitles() {}

  public static String title(CoursePackage course, Quiz quiz, Language language) {
    if (quiz == null) {
      return "";
    }
    if (course.preTest() != null && course.preTest().id().equals(quiz.id())) {
      return BundleTexts.text("quiz.pre_test");
    }
    if (course.finalTest() != null && course.finalTest().id().equals(quiz.id())) {
      return BundleTexts.text("quiz.final_test");
    }
    for (Module module : course.modules()) {
      if (module.quiz() != null && module.quiz().id().equals(quiz.id())) {
        return BundleTexts.text(
            "quiz.module",
            java.util.Optional.ofNullable(module.titles().get(language))
                .orElse(module.titles().get(Language.DEFAULT)));
      }
    }
    return quiz.id();
  }
}

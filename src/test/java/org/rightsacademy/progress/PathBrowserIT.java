package org.rightsacademy.progress;

import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;

/**
 * The learner's path on the ICRMW course: in French on a phone, the last lesson of module 1 leads
 * to the module 1 quiz, a blank answer is warned about with the count, a failed quiz offers
 * "Réessayer"; and the course page and a lesson's end in Arabic on a phone and English on a
 * desktop, photographed. The browser steps are in {@link PathJourney}.
 */
@ExtendWith(ArquillianExtension.class)
class PathBrowserIT {

  static final String PASSWORD = "one step after the other";

  @ArquillianResource private URL base;

  @Test
  @RunAsClient
  void inFrenchOnAPhoneTheLastLessonLeadsToTheModuleQuizAndAFailedQuizOffersTryAgain() {
    Fixtures.learner(base, "it-path-fr", "Path fr", Language.FR, PASSWORD);
    PathJourney.lessonsQuizAndTryAgain(Deployments.local(base).toString(), "it-path-fr", PASSWORD);
  }

  @Test
  @RunAsClient
  void theCoursePageAndALessonsEndInArabicOnAPhoneAndEnglishOnADesktop() {
    Fixtures.learner(base, "it-path-ar", "Path ar", Language.AR, PASSWORD);
    Fixtures.learner(base, "it-path-en", "Path en", Language.EN, PASSWORD);
    PathJourney.look(Deployments.local(base).toString(), "it-path-ar", PASSWORD, Language.AR, true);
    PathJourney.look(
        Deployments.local(base).toString(), "it-path-en", PASSWORD, Language.EN, false);
  }
}

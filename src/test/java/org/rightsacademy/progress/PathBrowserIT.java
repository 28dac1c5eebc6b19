package org.rightsacademy.progress;

import jakarta.ejb.EJB;
import java.net.URL;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Language;

/**
 * The learner's path on the ICRMW course: in French on a phone, the last lesson of module 1 leads
 * to the module 1 quiz, a blank answer is warned about with the count, a failed quiz offers
 * "Réessayer"; and the course page and a lesson's end in Arabic on a phone and English on a
 * desktop, photographed. The browser steps are in {@link PathJourney}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PathBrowserIT {

  static final String PASSWORD = "one step after the other";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shippedWar().addClass(PathBrowserIT.class);
  }

  @EJB private AccountService accounts;

  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void learnersExist() {
    for (Language language : new Language[] {Language.FR, Language.AR, Language.EN}) {
      String username = "it-path-" + language.code();
      if (accounts.findByUsername(username).isEmpty()) {
        accounts.createWithPassword(
            new AccountDraft(username, "Path " + language.code(), null, null, null, null, language, EnumSet.of(Role.LEARNER), Scope.NONE),
            PASSWORD,
            false);
      }
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void inFrenchOnAPhoneTheLastLessonLeadsToTheModuleQuizAndAFailedQuizOffersTryAgain() {
    PathJourney.lessonsQuizAndTryAgain(Deployments.local(base).toString(), "it-path-fr", PASSWORD);
  }

  @Test
  @Order(3)
  @RunAsClient
  void theCoursePageAndALessonsEndInArabicOnAPhoneAndEnglishOnADesktop() {
    PathJourney.look(Deployments.local(base).toString(), "it-path-ar", PASSWORD, Language.AR, true);
    PathJourney.look(Deployments.local(base).toString(), "it-path-en", PASSWORD, Language.EN, false);
  }
}

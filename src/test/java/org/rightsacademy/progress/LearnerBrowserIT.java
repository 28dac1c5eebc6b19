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
 * A learner enrols in the Migrant Workers Convention course, reads, leaves, comes back and
 * continues where they stopped, watching the progress bar move: in French on a desktop, and in
 * Arabic on a phone, right to left. The browser steps live in {@link LearnerJourney}, so that this
 * class loads inside the server (which has no Selenium); each test makes its own reader through
 * {@link Fixtures}.
 */
@ExtendWith(ArquillianExtension.class)
class LearnerBrowserIT {

  static final String PASSWORD = "reading by the window";

  @ArquillianResource private URL base;

  @Test
  @RunAsClient
  void aFrenchLearnerReadsLeavesAndContinues() {
    Fixtures.learner(base, "it-reader-fr", "Reader fr", Language.FR, PASSWORD);
    LearnerJourney.readLeaveAndContinue(Deployments.local(base).toString(), Language.FR, false);
  }

  @Test
  @RunAsClient
  void anArabicLearnerOnAPhoneDoesTheSameRightToLeft() {
    Fixtures.learner(base, "it-reader-ar", "Reader ar", Language.AR, PASSWORD);
    LearnerJourney.readLeaveAndContinue(Deployments.local(base).toString(), Language.AR, true);
  }
}

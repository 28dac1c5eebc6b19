package org.rightsacademy.workshops;

import java.net.URL;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;

/**
 * A trainer opens a workshop; a newcomer joins with its code on a phone, registers, and finishes a
 * lesson; the trainer's grid shows it and the coordinator's dashboard counts it. The browser steps
 * are in {@link WorkshopJourney}; the trainer, the coordinator and the workshop's other four
 * participants (the dashboard hides a group of fewer than five) are made by the test through {@link
 * Fixtures}, in a country no other test uses, so that it runs alone or after any other.
 */
@ExtendWith(ArquillianExtension.class)
class WorkshopBrowserIT {

  static final String TRAINER = "it-wb-trainer";
  static final String COORDINATOR = "it-wb-coordinator";
  static final String PASSWORD = "a room full of officials";

  /** The Gambia: no other test has a workshop or a scope there. */
  static final String COUNTRY = "GM";

  @ArquillianResource private URL base;

  @Test
  @RunAsClient
  void aWorkshopFromCreationToTheDashboard() {
    Fixtures.account(
        base,
        new AccountDraft(
            TRAINER,
            "Fatou Trainer",
            null,
            COUNTRY,
            null,
            null,
            Language.EN,
            EnumSet.of(Role.TRAINER),
            Scope.NONE),
        PASSWORD);
    Fixtures.account(
        base,
        new AccountDraft(
            COORDINATOR,
            "Coordinator Gambia",
            null,
            COUNTRY,
            null,
            null,
            Language.EN,
            EnumSet.of(Role.COORDINATOR),
            Scope.of(COUNTRY)),
        PASSWORD);
    WorkshopJourney.fromCreationToDashboard(
        Deployments.local(base).toString(),
        COUNTRY,
        TRAINER,
        COORDINATOR,
        PASSWORD,
        code -> Fixtures.participants(base, code, "it-wb-participant", 4, COUNTRY));
  }
}

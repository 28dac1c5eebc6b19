package org.rightsacademy.workshops;

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
 * A trainer opens a workshop; a newcomer joins with its code on a phone, registers, and finishes
 * a lesson; the trainer's grid shows it and the coordinator's dashboard counts it. The browser
 * steps are in {@link WorkshopJourney}.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkshopBrowserIT {

  static final String TRAINER = "it-wb-trainer";
  static final String COORDINATOR = "it-wb-coordinator";
  static final String PASSWORD = "a room full of officials";

  @Deployment
  static WebArchive deployment() {
    return Deployments.shippedWar().addClass(WorkshopBrowserIT.class);
  }

  @EJB private AccountService accounts;

  @ArquillianResource private URL base;

  @Test
  @Order(1)
  void trainerAndCoordinatorExist() {
    if (accounts.findByUsername(TRAINER).isEmpty()) {
      accounts.createWithPassword(new AccountDraft(TRAINER, "Fatou Trainer", null, "SN", null, null, Language.EN, EnumSet.of(Role.TRAINER), Scope.NONE), PASSWORD, false);
    }
    if (accounts.findByUsername(COORDINATOR).isEmpty()) {
      accounts.createWithPassword(new AccountDraft(COORDINATOR, "Coordinator Senegal", null, "SN", null, null, Language.EN, EnumSet.of(Role.COORDINATOR), Scope.of("SN")), PASSWORD, false);
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void aWorkshopFromCreationToTheDashboard() {
    WorkshopJourney.fromCreationToDashboard(Deployments.local(base).toString(), TRAINER, COORDINATOR, PASSWORD);
  }
}

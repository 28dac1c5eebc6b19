package org.rightsacademy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.rightsacademy.platform.ApplicationStart;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.MessageBundlesTest;

/** The audit page shows each action by name, in every language: none may be missing. */
class AuditActionNamesTest {

  static final List<String> ACTIONS =
      List.of(
          ApplicationStart.STARTED,
          LoginService.LOGIN_SUCCEEDED,
          LoginService.LOGIN_FAILED,
          LoginService.LOGIN_REFUSED_LOCKED,
          LoginService.LOCKOUT,
          LoginService.LOGIN_REFUSED_SLOWED,
          LoginService.SLOWED_DOWN,
          LoginService.PAUSE_LIFTED,
          SignOut.LOGOUT,
          AccountService.CREATED,
          AccountService.UPDATED,
          AccountService.ROLES_CHANGED,
          AccountService.DEACTIVATED,
          AccountService.REACTIVATED,
          AccountService.PASSWORD_RESET,
          AccountService.PASSWORD_CHANGED,
          AccountService.IMPORTED,
          org.rightsacademy.assessment.GradingService.GRADE_CHANGED,
          org.rightsacademy.authoring.DraftService.COURSE_CREATED,
          org.rightsacademy.authoring.DraftService.COURSE_PUBLISHED,
          org.rightsacademy.authoring.DraftService.COURSE_IMPORTED,
          org.rightsacademy.authoring.DraftService.DRAFT_DISCARDED,
          org.rightsacademy.authoring.DraftService.DRAFT_ITEM_DELETED,
          org.rightsacademy.progress.CompletionTracker.REBUILT,
          AccountService.REGISTERED,
          org.rightsacademy.workshops.WorkshopService.CREATED,
          org.rightsacademy.workshops.WorkshopService.UPDATED,
          org.rightsacademy.workshops.WorkshopService.CODE_RENEWED,
          org.rightsacademy.workshops.WorkshopService.JOINED,
          org.rightsacademy.workshops.WorkshopService.ATTENDANCE,
          org.rightsacademy.credentials.CertificateService.ISSUED,
          org.rightsacademy.credentials.CertificateService.REISSUED,
          org.rightsacademy.credentials.CertificateService.REVOKED,
          org.rightsacademy.platform.PublicAddress.CHANGED,
          org.rightsacademy.workshops.ListEnrolment.LIST_STARTED,
          org.rightsacademy.workshops.ListEnrolment.LIST_DONE,
          org.rightsacademy.workshops.ListEnrolment.LIST_INTERRUPTED);

  @Test
  void everyAuditedActionHasANameInEveryLanguage() {
    List<String> missing = new ArrayList<>();
    for (Language language : Language.values()) {
      Properties bundle = MessageBundlesTest.bundle(language);
      for (String action : ACTIONS) {
        String key = "audit.action." + action.toLowerCase(Locale.ROOT);
        if (bundle.getProperty(key) == null) {
          missing.add(language.code() + ": " + key);
        }
      }
    }
    assertEquals(List.of(), missing);
  }
}

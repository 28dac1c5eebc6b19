package org.rightsacademy.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;

/**
 * Certificates in real browsers: an Arabic-speaking learner finds hers from the course page on a
 * phone, right to left; an employer types the number into the public form (any case, any spacing)
 * and switches language without losing the answer; the coordinator revokes it with a reason, and
 * the public page says so. Screenshots go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class CertificatesBrowserIT {

  static final String PASSWORD = "a certificate worth checking";
  static final String LEARNER = "it-cb-leila";
  static final String NAME = "ليلى حداد (Leila Haddad)";
  static final String COORDINATOR = "it-cb-coordinator";

  @ArquillianResource private URL base;

  private static AccountDraft account(
      String username, String name, Language language, Role role, Scope scope) {
    return new AccountDraft(
        username, name, null, "JO", null, null, language, EnumSet.of(role), scope);
  }

  @Test
  @RunAsClient
  void fromTheCoursePageToAPublicCheckAndARevocation() {
    Fixtures.account(
        base,
        account(COORDINATOR, "Coordinator Jordan", Language.EN, Role.COORDINATOR, Scope.of("JO")),
        PASSWORD);
    Fixtures.account(base, account(LEARNER, NAME, Language.AR, Role.LEARNER, Scope.NONE), PASSWORD);
    Fixtures.completed(
        base,
        LEARNER,
        "sample",
        List.of("basics/definition", "basics/categories"),
        List.of("basics", "final-test"));
    String site = Deployments.local(base).toString();
    String number;
    WebDriver phone = Browsers.phone(Language.AR);
    try {
      phone.get(site + "learn/course.xhtml?code=sample");
      Browsers.signIn(phone, LEARNER, PASSWORD);
      assertEquals("rtl", phone.findElement(By.tagName("html")).getAttribute("dir"));
      Browsers.clickAndWait(phone, By.id("certificate"));
      number = phone.findElement(By.cssSelector(".certificate-number")).getText();
      assertTrue(number.matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}"), number);
      assertTrue(
          phone.findElement(By.id("certificates")).getText().contains("من هو العامل المهاجر؟"));
      Browsers.screenshot(phone, "certificates-ar-phone");
      Browsers.clickAndWait(phone, By.linkText("صفحة التحقق"));
      assertEquals(
          "شهادة سارية", phone.findElement(By.cssSelector(".check-result__headline")).getText());
      assertEquals(NAME, phone.findElement(By.id("holder")).getText());
      Browsers.screenshot(phone, "verify-ar-phone");
    } finally {
      phone.quit();
    }

    WebDriver employer = Browsers.open(Language.EN);
    try {
      employer.get(site + "verify");
      employer.findElement(By.id("code")).sendKeys(number.toLowerCase().replace("-", " "));
      Browsers.clickAndWait(employer, By.id("check"));
      assertTrue(employer.getCurrentUrl().endsWith("/verify/" + number), employer.getCurrentUrl());
      assertEquals(
          "Valid certificate",
          employer.findElement(By.cssSelector(".check-result__headline")).getText());
      assertEquals(NAME, employer.findElement(By.id("holder")).getText());
      Browsers.screenshot(employer, "verify-en-desktop");
      Browsers.clickAndWait(employer, By.cssSelector("#language [data-lang='ar']"));
      assertEquals(
          "شهادة سارية",
          employer.findElement(By.cssSelector(".check-result__headline")).getText(),
          "the answer survives a language switch");
      assertEquals(number, employer.findElement(By.id("number")).getText());
      Browsers.screenshot(employer, "verify-ar-desktop");
    } finally {
      employer.quit();
    }

    WebDriver coordinator = Browsers.open(Language.EN);
    try {
      coordinator.get(site + "coordinate/certificates.xhtml");
      Browsers.signIn(coordinator, COORDINATOR, PASSWORD);
      Browsers.clickAndWait(coordinator, By.linkText(number));
      coordinator
          .findElement(By.id("manage:reason"))
          .sendKeys("Issued in error: the final test is being reviewed");
      Browsers.screenshot(coordinator, "certificate-manage-en-desktop");
      Browsers.clickAndWait(coordinator, By.id("manage:revoke"));
      assertEquals("Revoked", coordinator.findElement(By.id("state")).getText().strip());
      coordinator.get(site + "coordinate/certificates.xhtml");
      assertTrue(
          coordinator
              .findElement(By.cssSelector("tr[data-certificate='" + number.replace("-", "") + "']"))
              .getText()
              .contains("Revoked"));
      Browsers.screenshot(coordinator, "certificates-list-en-desktop");
    } finally {
      coordinator.quit();
    }

    WebDriver check = Browsers.phone(Language.EN);
    try {
      check.get(site + "verify/" + number);
      assertEquals(
          "This certificate has been revoked",
          check.findElement(By.cssSelector(".check-result__headline")).getText());
      assertTrue(
          check
              .findElement(By.id("reason"))
              .getText()
              .contains("the final test is being reviewed"));
      Browsers.screenshot(check, "verify-revoked-en-phone");
    } finally {
      check.quit();
    }
  }
}

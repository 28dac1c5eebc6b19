package org.rightsacademy.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Language;

/**
 * An admin creates an account in the browser; its owner signs in with the one-time password, must
 * choose their own, and reaches their profile. In Arabic for the owner, right to left.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountsBrowserIT {

  @ArquillianResource private URL base;

  @Test
  void anAdminCreatesAnAccountAndItsOwnerSignsInAndChoosesAPassword() {
    String username = "layla." + UUID.randomUUID().toString().substring(0, 6);
    String oneTimePassword;
    WebDriver admin = Browsers.open(Language.EN);
    try {
      admin.get(Deployments.local(base) + "admin/users.xhtml");
      assertTrue(admin.getCurrentUrl().contains("login.xhtml"), "sent to sign in first");
      Browsers.signIn(
          admin, System.getProperty("it.admin.user"), System.getProperty("it.admin.password"));
      assertTrue(
          admin.getCurrentUrl().contains("admin/users.xhtml"),
          "and back where they were going: " + admin.getCurrentUrl());
      Browsers.screenshot(admin, "accounts-en-desktop");

      Browsers.clickAndWait(admin, By.linkText("New account"));
      admin.findElement(By.id("form:username")).sendKeys(username);
      admin.findElement(By.id("form:display_name")).sendKeys("ليلى حداد");
      new Select(admin.findElement(By.id("form:country"))).selectByValue("JO");
      new Select(admin.findElement(By.id("form:institution"))).selectByValue("JUDICIARY");
      new Select(admin.findElement(By.id("form:language"))).selectByValue("AR");
      Browsers.clickAndWait(admin, By.id("form:save"));
      oneTimePassword = admin.findElement(By.id("one-time-password")).getText();
      assertEquals(14, oneTimePassword.length());
      Browsers.screenshot(admin, "account-created-en-desktop");

      Browsers.clickAndWait(admin, By.linkText("Back to accounts"));
      admin.findElement(By.id("filters:text")).sendKeys(username);
      WebElement table = admin.findElement(By.id("list:accounts"));
      admin.findElement(By.id("filters:apply")).click();
      new WebDriverWait(admin, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(table));
      List<WebElement> rows = admin.findElements(By.cssSelector("#list\\:accounts tbody tr"));
      assertEquals(1, rows.size(), "the search finds exactly the new account");
      assertTrue(rows.get(0).getText().contains(username));
      assertNoScriptErrors(admin);
    } finally {
      admin.quit();
    }

    WebDriver owner = Browsers.phone(Language.AR);
    try {
      owner.get(Deployments.local(base) + "login.xhtml");
      assertEquals("rtl", owner.findElement(By.tagName("html")).getAttribute("dir"));
      Browsers.screenshot(owner, "login-ar-phone");
      Browsers.signIn(owner, username, oneTimePassword);
      assertTrue(
          owner.getCurrentUrl().contains("account/password.xhtml"),
          "a one-time password must be replaced first");
      owner.get(Deployments.local(base) + "account/profile.xhtml");
      assertTrue(owner.getCurrentUrl().contains("account/password.xhtml"), "no way around it");
      Browsers.screenshot(owner, "password-ar-phone");

      owner.findElement(By.id("form:current")).sendKeys(oneTimePassword);
      owner.findElement(By.id("form:chosen")).sendKeys("1234567890");
      owner.findElement(By.id("form:repeated")).sendKeys("1234567890");
      Browsers.clickAndWait(owner, By.id("form:submit"));
      assertTrue(
          owner.getCurrentUrl().contains("account/password.xhtml"), "a common password is refused");
      assertTrue(owner.findElement(By.id("form:chosen")).isDisplayed());

      String chosen = "شجرة زيتون في عمّان";
      owner.findElement(By.id("form:current")).sendKeys(oneTimePassword);
      owner.findElement(By.id("form:chosen")).sendKeys(chosen);
      owner.findElement(By.id("form:repeated")).sendKeys(chosen);
      Browsers.clickAndWait(owner, By.id("form:submit"));
      assertTrue(owner.getCurrentUrl().contains("account/profile.xhtml"), owner.getCurrentUrl());
      assertEquals("ليلى حداد", owner.findElement(By.cssSelector(".user-area__name")).getText());
      Browsers.screenshot(owner, "profile-ar-phone");
      assertNoScriptErrors(owner);
    } finally {
      owner.quit();
    }
  }

  /**
   * Scripts blocked by the Content-Security-Policy, or failing, show up in the browser's console.
   */
  private static void assertNoScriptErrors(WebDriver browser) {
    List<String> severe =
        browser.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(
                entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
            .map(LogEntry::getMessage)
            .toList();
    assertEquals(List.of(), severe);
  }
}

package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;

/**
 * The quiz editor's GIFT import preview and the question editor's weights, in a browser, in English
 * and Arabic, on a phone and a desktop: a trainer uploads a Moodle bank, reads the preview, imports
 * it leniently, then types a wrong weight and sees the error beside it. Screenshots go to
 * target/screenshots (gift-preview-*, gift-weights-*).
 */
@ExtendWith(ArquillianExtension.class)
class GiftBrowserIT {

  private static final String PASSWORD = "a bank brought from Moodle";

  @ArquillianResource private URL base;

  @Test
  @RunAsClient
  void aTrainerPreviewsAMoodleBankAndWeighsOptionsInEnglishAndArabicOnPhoneAndDesktop()
      throws Exception {
    String site = Deployments.local(base).toString();
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String code = "gift-browser-" + suffix;
    java.nio.file.Files.write(
        Path.of("target", code + ".zip"),
        java.nio.file.Files.readAllBytes(AuthoringJourney.samplePackageAs(code)));
    boolean imported = false;
    for (Language language : new Language[] {Language.EN, Language.AR}) {
      String trainer = "it-gift-" + language.code() + "-" + suffix;
      Fixtures.account(
          base,
          new AccountDraft(
              trainer,
              "Trainer " + language.code(),
              null,
              null,
              null,
              null,
              language,
              EnumSet.of(Role.TRAINER),
              Scope.NONE),
          PASSWORD);
      for (boolean phone : new boolean[] {false, true}) {
        WebDriver browser =
            phone ? Browsers.open(language, 390, 844) : Browsers.open(language, 1280, 900);
        String name = language.code() + "-" + (phone ? "phone" : "desktop");
        try {
          browser.get(site + "author/courses.xhtml");
          Browsers.signIn(browser, trainer, PASSWORD);
          if (!imported) {
            browser
                .findElement(By.id("import:file"))
                .sendKeys(Path.of("target", code + ".zip").toAbsolutePath().toString());
            Browsers.clickAndWait(browser, By.id("import:upload"));
            imported = true;
          }
          preview(browser, site, code, name, language == Language.EN && !phone);
          weights(browser, site, code, name);
          shortAnswers(browser, site, code, name, language);
        } finally {
          browser.quit();
        }
      }
    }
  }

  private static void preview(
      WebDriver browser, String site, String code, String name, boolean thenImport) {
    browser.get(site + "author/quiz.xhtml?code=" + code + "&quiz=basics&lang=en");
    browser
        .findElement(By.id("gift:file"))
        .sendKeys(Path.of("src/test/resources/gift/trainer-bank.gift").toAbsolutePath().toString());
    Browsers.clickAndWait(browser, By.id("gift:preview"));
    WebElement preview = browser.findElement(By.id("gift-preview"));
    assertEquals(
        8, preview.findElements(By.cssSelector(".gift-question")).size(), "eight importable");
    assertEquals(1, preview.findElements(By.cssSelector("#gift-problems tr[data-line]")).size());
    assertFalse(preview.getText().contains("<p>"), "no tag shown as text");
    scrollTo(browser, preview);
    Browsers.screenshot(browser, "gift-preview-" + name);
    scrollTo(browser, browser.findElement(By.id("gift-problems")));
    Browsers.screenshot(browser, "gift-preview-problems-" + name);
    if (thenImport) {
      browser
          .findElement(By.cssSelector("input[name='gift-confirm:mode'][value='lenient']"))
          .click();
      Browsers.clickAndWait(browser, By.id("gift-confirm:import"));
      assertTrue(
          browser.findElement(By.id("messages")).getText().contains("8 question(s) imported"),
          browser.findElement(By.id("messages")).getText());
      assertEquals(
          1, browser.findElements(By.cssSelector("#gift-left-out-table tr[data-line]")).size());
    }
  }

  private static void weights(WebDriver browser, String site, String code, String name) {
    browser.get(
        site
            + "author/question.xhtml?code="
            + code
            + "&quiz=basics&q=rights-at-checkpoint&lang=en");
    type(browser, "interpreter", "60");
    type(browser, "consul-asked", "forty");
    type(browser, "deport-now", "-100");
    type(browser, "keep-passport", "");
    Browsers.clickAndWait(browser, By.id("question:save"));
    WebElement error = browser.findElement(By.id("weight-error-consul-asked"));
    assertTrue(error.isDisplayed(), "the error stands beside the wrong weight");
    scrollTo(browser, browser.findElement(By.cssSelector("[data-option='interpreter']")));
    Browsers.screenshot(browser, "gift-weights-" + name);
    type(browser, "consul-asked", "40");
    Browsers.clickAndWait(browser, By.id("question:save"));
    assertTrue(browser.findElements(By.id("weight-error-consul-asked")).isEmpty());
    assertEquals(
        "40",
        browser
            .findElement(By.cssSelector("input[data-weight='consul-asked']"))
            .getAttribute("value"),
        "saved and shown again");
    assertTrue(browser.findElement(By.id("weights-sum")).getText().contains("100"));
    scrollTo(browser, browser.findElement(By.cssSelector("[data-option='keep-passport']")));
    Browsers.screenshot(browser, "gift-weights-saved-" + name);
  }

  /**
   * A new short answer with a weighted alternative and a catch-all: a weight out of range is named
   * beside its field; saved, the rows come back; the Arabic translation shows the catch-all as
   * {@code *} with only its feedback to translate.
   */
  private static void shortAnswers(
      WebDriver browser, String site, String code, String name, Language language) {
    browser.get(site + "author/question.xhtml?code=" + code + "&quiz=basics&type=short&lang=en");
    browser.findElement(By.id("question:text")).sendKeys("Which article protects consular help?");
    browser.findElement(By.id("question:source")).sendKeys("ICRMW art. 16(7)");
    browser.findElement(By.cssSelector("input[data-text='s1']")).sendKeys("16(7)");
    Browsers.clickAndWait(browser, By.id("question:add-option"));
    browser.findElement(By.cssSelector("input[data-text='s2']")).sendKeys("*");
    browser
        .findElement(By.cssSelector("input[data-feedback='s2']"))
        .sendKeys("Look at article 16 again.");
    type(browser, "s2", "150");
    Browsers.clickAndWait(browser, By.id("question:save"));
    assertTrue(
        browser.findElement(By.id("weight-error-s2")).isDisplayed(),
        "the error stands beside the weight out of range");
    scrollTo(browser, browser.findElement(By.cssSelector("[data-option='s1']")));
    Browsers.screenshot(browser, "short-answers-" + name);
    type(browser, "s2", "0");
    Browsers.clickAndWait(browser, By.id("question:save"));
    assertTrue(browser.findElements(By.id("weight-error-s2")).isEmpty());
    assertEquals(
        "0",
        browser.findElement(By.cssSelector("input[data-weight='s2']")).getAttribute("value"),
        "saved and shown again");
    if (language == Language.AR) {
      Browsers.clickAndWait(browser, By.cssSelector("a[data-lang='ar']"));
      assertEquals(
          "*", browser.findElement(By.cssSelector("[data-option='s2'] code[title]")).getText());
      assertTrue(
          browser.findElements(By.cssSelector("input[data-text='s2']")).isEmpty(),
          "the catch-all's words are * in every language");
      assertEquals(1, browser.findElements(By.cssSelector("input[data-feedback='s2']")).size());
    }
    scrollTo(browser, browser.findElement(By.cssSelector("[data-option='s1']")));
    Browsers.screenshot(browser, "short-answers-saved-" + name);
  }

  private static void type(WebDriver browser, String option, String weight) {
    WebElement field = browser.findElement(By.cssSelector("input[data-weight='" + option + "']"));
    field.clear();
    field.sendKeys(weight);
  }

  private static void scrollTo(WebDriver browser, WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", element);
  }
}

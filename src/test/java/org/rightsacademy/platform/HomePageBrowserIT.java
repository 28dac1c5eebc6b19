package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Properties;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A visitor's first minutes: the home page in their language, the switcher, right to left. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomePageBrowserIT {

  @ArquillianResource private URL base;

  @Test
  void theHomePageOpensInTheLanguageTheBrowserAsksFor() {
    for (Language language : Language.values()) {
      WebDriver browser = Browsers.open(language);
      try {
        browser.get(Deployments.local(base).toString());
        assertShownIn(language, browser);
      } finally {
        browser.quit();
      }
    }
  }

  @Test
  void theSwitcherChangesTheLanguageAndTheChoiceIsRemembered() {
    WebDriver browser = Browsers.open(Language.EN);
    try {
      browser.get(Deployments.local(base).toString());
      assertShownIn(Language.EN, browser);

      choose(Language.FR, browser);
      assertShownIn(Language.FR, browser);

      browser.get(
          Deployments.local(base).toString()); // a later visit, browser still asking for English
      assertShownIn(Language.FR, browser);

      choose(Language.AR, browser);
      assertShownIn(Language.AR, browser);
      // Mirrored layout: the brand sits at the right edge, the language choices to its left.
      WebElement brand = browser.findElement(By.cssSelector(".brand"));
      WebElement switcher = browser.findElement(By.id("language"));
      assertTrue(
          brand.getRect().getX() > switcher.getRect().getX(),
          "brand right of the switcher in Arabic: "
              + brand.getRect().getX()
              + " vs "
              + switcher.getRect().getX());
      assertEquals("rtl", computed(browser, "document.body", "direction"));

      choose(Language.EN, browser);
      assertShownIn(Language.EN, browser);
      assertTrue(
          browser.findElement(By.cssSelector(".brand")).getRect().getX()
              < switcher(browser).getRect().getX());
    } finally {
      browser.quit();
    }
  }

  @Test
  void keyboardUsersCanSkipStraightToTheContent() {
    WebDriver browser = Browsers.open(Language.RU);
    try {
      browser.get(Deployments.local(base).toString());
      browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
      WebElement focused = browser.switchTo().activeElement();
      assertEquals("skip-link", focused.getAttribute("class"));
      assertEquals(bundle(Language.RU).getProperty("nav.skip"), focused.getText());
      focused.sendKeys(Keys.ENTER);
      assertEquals("main", browser.switchTo().activeElement().getAttribute("id"));
    } finally {
      browser.quit();
    }
  }

  private static void choose(Language language, WebDriver browser) {
    Browsers.clickAndWait(
        browser, By.cssSelector("#language [data-lang='" + language.code() + "']"));
  }

  private static WebElement switcher(WebDriver browser) {
    return browser.findElement(By.id("language"));
  }

  private static void assertShownIn(Language language, WebDriver browser) {
    WebElement html = browser.findElement(By.tagName("html"));
    Properties messages = bundle(language);
    assertAll(
        language.code(),
        () -> assertEquals(language.code(), html.getAttribute("lang")),
        () -> assertEquals(language.direction(), html.getAttribute("dir")),
        () ->
            assertEquals(
                messages.getProperty("home.hero.title"),
                browser.findElement(By.tagName("h1")).getText()),
        () ->
            assertEquals(
                "true",
                browser
                    .findElement(By.cssSelector("#language [data-lang='" + language.code() + "']"))
                    .getAttribute("aria-pressed")));
  }

  private static String computed(WebDriver browser, String element, String property) {
    return (String)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return getComputedStyle(" + element + ").getPropertyValue(arguments[0]);",
                property);
  }

  private static Properties bundle(Language language) {
    return MessageBundlesTest.bundle(language);
  }
}

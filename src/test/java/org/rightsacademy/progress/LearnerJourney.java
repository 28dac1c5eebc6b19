package org.rightsacademy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Language;

/** The learner's journey through the sample course, in a real browser. */
final class LearnerJourney {

  private LearnerJourney() {}

  static void readLeaveAndContinue(String site, Language language, boolean phone, boolean expectFallback) {
    WebDriver browser = phone ? Browsers.phone(language) : Browsers.open(language);
    try {
      browser.get(site + "learn/courses.xhtml");
      signIn(browser, "it-reader-" + language.code());
      assertTrue(browser.getCurrentUrl().contains("learn/courses.xhtml"), browser.getCurrentUrl());
      assertEquals(language.code(), browser.findElement(By.tagName("html")).getAttribute("lang"));
      assertEquals(language.direction(), browser.findElement(By.tagName("html")).getAttribute("dir"));
      assertEquals(expectFallback, !browser.findElements(By.cssSelector(".card--course .hint")).isEmpty(), "note when shown in English");

      Browsers.clickAndWait(browser, By.cssSelector(".card--course a.button[href*='code=sample']"));
      assertEquals("0", bar(browser));
      Browsers.clickAndWait(browser, By.id("start:go"));
      assertTrue(browser.getCurrentUrl().contains("basics%2Fdefinition"), browser.getCurrentUrl());
      assertTrue(browser.findElement(By.cssSelector(".lesson-text")).getText().contains(language == Language.AR ? "المادة 2(1)" : "article 2(1)"));
      Browsers.screenshot(browser, "lesson-" + language.code());
      Browsers.clickAndWait(browser, By.id("lesson:done"));
      assertTrue(browser.getCurrentUrl().contains("basics%2Fcategories"), "on to the next lesson: " + browser.getCurrentUrl());

      // Leave, and come back another time.
      Browsers.clickAndWait(browser, By.id("signout:submit"));
      browser.get(site + "learn/course.xhtml?code=sample");
      signIn(browser, "it-reader-" + language.code());
      assertEquals("50", bar(browser), "one lesson of two done");
      Browsers.clickAndWait(browser, By.id("start:go"));
      assertTrue(browser.getCurrentUrl().contains("basics%2Fcategories"), "continues where they left off: " + browser.getCurrentUrl());
      Browsers.clickAndWait(browser, By.id("lesson:done"));
      assertTrue(browser.getCurrentUrl().contains("learn/course.xhtml"), browser.getCurrentUrl());
      assertEquals("100", bar(browser));
      Browsers.screenshot(browser, "course-done-" + language.code());
    } finally {
      browser.quit();
    }
  }

  private static String bar(WebDriver browser) {
    return browser.findElement(By.cssSelector("[role=progressbar]")).getAttribute("aria-valuenow");
  }

  private static void signIn(WebDriver browser, String username) {
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(LearnerBrowserIT.PASSWORD);
    Browsers.clickAndWait(browser, By.id("login:submit"));
  }

}

package org.rightsacademy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Language;

/** The learner's journey through a real course, in a real browser. */
final class LearnerJourney {

  private LearnerJourney() {}

  /**
   * On the Migrant Workers Convention course, in the learner's language: enrol (the path starts
   * with the pre-test, which they skip), read, leave, come back, continue where they stopped, and
   * watch the bar move (1 and then 2 lessons of 13). The catalogue also shows the sample course,
   * which has no French, with its "shown in English" note.
   */
  static void readLeaveAndContinue(String site, Language language, boolean phone) {
    WebDriver browser = phone ? Browsers.phone(language) : Browsers.open(language);
    try {
      browser.get(site + "learn/courses.xhtml");
      Browsers.signIn(browser, "it-reader-" + language.code(), LearnerBrowserIT.PASSWORD);
      assertTrue(browser.getCurrentUrl().contains("learn/courses.xhtml"), browser.getCurrentUrl());
      assertEquals(language.code(), browser.findElement(By.tagName("html")).getAttribute("lang"));
      assertEquals(
          language.direction(), browser.findElement(By.tagName("html")).getAttribute("dir"));
      assertEquals(
          language == Language.FR,
          !card(browser, "sample").findElements(By.cssSelector(".hint")).isEmpty(),
          "the sample course is shown in English with a note in French only");
      assertTrue(
          card(browser, "icrmw").findElements(By.cssSelector(".hint")).isEmpty(),
          "the ICRMW course is in " + language.code());

      Browsers.clickAndWait(browser, By.cssSelector(".card--course a.button[href*='code=icrmw']"));
      assertEquals("0", bar(browser));
      Browsers.clickAndWait(browser, By.id("start:go"));
      assertTrue(
          browser.getCurrentUrl().contains("quiz=pre-test"),
          "the path starts with the pre-test: " + browser.getCurrentUrl());
      browser.get(site + "learn/course.xhtml?code=icrmw");
      Browsers.clickAndWait(browser, By.cssSelector(".lessons a"));
      assertTrue(browser.getCurrentUrl().contains("scope%2Fat-a-glance"), browser.getCurrentUrl());
      assertTrue(
          browser.findElement(By.cssSelector(".lesson-text")).getText().contains("1990"),
          "the lesson, with the year of adoption");
      assertEquals(
          language.code(),
          browser.findElement(By.cssSelector(".lesson-text")).getAttribute("lang"));
      Browsers.screenshot(browser, "lesson-" + language.code() + (phone ? "-phone" : "-desktop"));
      Browsers.clickAndWait(browser, By.id("lesson:done"));
      assertTrue(
          browser.getCurrentUrl().contains("scope%2Fwho-is-covered"),
          "on to the next lesson: " + browser.getCurrentUrl());

      // Leave, and come back another time.
      Browsers.clickAndWait(browser, By.id("signout:submit"));
      browser.get(site + "learn/course.xhtml?code=icrmw");
      Browsers.signIn(browser, "it-reader-" + language.code(), LearnerBrowserIT.PASSWORD);
      assertEquals("7", bar(browser), "one lesson of thirteen done");
      Browsers.clickAndWait(browser, By.id("start:go"));
      assertTrue(
          browser.getCurrentUrl().contains("scope%2Fwho-is-covered"),
          "continues where they left off: " + browser.getCurrentUrl());
      Browsers.clickAndWait(browser, By.id("lesson:done"));
      assertTrue(
          browser.getCurrentUrl().contains("scope%2Fregular-irregular"), browser.getCurrentUrl());
      browser.get(site + "learn/course.xhtml?code=icrmw");
      assertEquals("15", bar(browser), "two lessons of thirteen done");
      Browsers.screenshot(
          browser, "course-progress-" + language.code() + (phone ? "-phone" : "-desktop"));
    } finally {
      browser.quit();
    }
  }

  private static WebElement card(WebDriver browser, String code) {
    return browser.findElement(
        By.xpath(
            "//li[contains(@class,'card--course')][.//a[contains(@href,'code=" + code + "')]]"));
  }

  private static String bar(WebDriver browser) {
    return browser.findElement(By.cssSelector("[role=progressbar]")).getAttribute("aria-valuenow");
  }
}

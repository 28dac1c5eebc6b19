package org.rightsacademy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.PageWeight;

/** A real lesson in a real browser: what it weighs on first and repeat visits, and how it looks. */
final class LessonReading {

  /**
   * Measured 16.3 KB in English and 17.1 KB in Arabic (the page, our stylesheet, omnifaces.js, the
   * icon) once PrimeFaces' theme left the learner's pages; 45.5 / 46.9 KB with it. A little
   * headroom for longer text, none for a stylesheet or script the page does not use.
   */
  static final long FIRST_LOAD_BUDGET = 20 * 1024;

  static final long REPEAT_LOAD_BUDGET = 30 * 1024;

  private LessonReading() {}

  static void weighAndPhotograph(
      String site, String user, String password, Language language, boolean phone)
      throws IOException {
    WebDriver browser = phone ? Browsers.phone(language) : Browsers.open(language);
    String name = "icrmw-lesson-" + language.code() + (phone ? "-phone" : "-desktop");
    try {
      browser.get(site + "login.xhtml");
      Browsers.signIn(browser, user, password);
      browser.get(site + "learn/course.xhtml?code=icrmw");
      if (!language.code().equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
        Browsers.clickAndWait(
            browser, By.cssSelector("#language [data-lang='" + language.code() + "']"));
      }
      String firstLesson =
          browser.findElements(By.cssSelector(".lessons a")).get(0).getAttribute("href");
      String secondLesson =
          browser.findElements(By.cssSelector(".lessons a")).get(1).getAttribute("href");

      PageWeight.clearCache(browser);
      browser.get(firstLesson);
      assertEquals(language.code(), browser.findElement(By.tagName("html")).getAttribute("lang"));
      assertTrue(
          browser.findElements(By.cssSelector(".notice")).isEmpty(),
          "shown in " + language.code() + ", not in English");
      PageWeight first = PageWeight.of(browser);
      Browsers.screenshot(browser, name);

      browser.get(secondLesson);
      PageWeight repeat = PageWeight.of(browser);

      String line =
          name + ": first load " + first + "; repeat load " + repeat + System.lineSeparator();
      System.out.print(line);
      Files.writeString(
          Path.of("target", "page-weight.txt"),
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      assertTrue(first.total() < FIRST_LOAD_BUDGET, "first load within budget: " + first);
      assertTrue(repeat.total() < REPEAT_LOAD_BUDGET, "repeat load within budget: " + repeat);
      assertTrue(
          repeat.fromCache() == repeat.resources(),
          "every resource from the cache on a repeat visit: " + repeat);
    } finally {
      browser.quit();
    }
  }
}

package org.rightsacademy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Language;

/**
 * The sample course's module quiz in a real browser, in Arabic: a single choice, a true/false, a
 * matching, an ordering under a shared case, a short answer and a multiple choice.
 */
final class QuizJourney {

  private QuizJourney() {}

  static void offlineAndBack(String site, String user, String password) {
    WebDriver browser = Browsers.phone(Language.AR);
    try {
      browser.get(site + "learn/quiz.xhtml?code=sample&quiz=basics");
      Browsers.signIn(browser, user, password);
      assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
      Browsers.clickAndWait(browser, By.id("quiz:start"));
      assertTrue(browser.getCurrentUrl().contains("learn/attempt.xhtml"), browser.getCurrentUrl());

      pick(browser, 1, "non-nationals");
      waitFor(browser, 1, "saved");
      pick(browser, 2, "true");
      waitFor(browser, 2, "saved");
      browser.findElement(By.cssSelector("[data-check='2']")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(b -> !b.findElements(By.cssSelector("[data-feedback='2'] .verdict")).isEmpty());
      assertEquals(
          "صحيح",
          browser.findElement(By.cssSelector("[data-feedback='2'] .verdict")).getText(),
          "immediate feedback: right");
      assertTrue(
          browser
              .findElement(By.cssSelector("[data-feedback='2'] .source"))
              .getText()
              .contains("8-35"),
          "with its legal source");
      assertTrue(!radio(browser, 2, "false").isEnabled(), "a checked answer is final");

      offline(browser, true);
      choose(browser, 3, "consul", "art-16-7");
      choose(browser, 3, "expulsion", "art-22");
      choose(browser, 3, "care", "art-28");
      waitFor(browser, 3, "offline");
      Browsers.screenshot(browser, "quiz-offline-ar-phone");
      offline(browser, false);
      waitFor(browser, 3, "saved");
    } finally {
      browser.quit();
    }

    // Another day, another browser: the same attempt, with every answer that was saved.
    browser = Browsers.phone(Language.AR);
    try {
      browser.get(site + "learn/quiz.xhtml?code=sample&quiz=basics");
      Browsers.signIn(browser, user, password);
      Browsers.clickAndWait(browser, By.id("quiz:start"));
      assertTrue(radio(browser, 1, "non-nationals").isSelected(), "answer 1 is still there");
      assertTrue(radio(browser, 2, "true").isSelected(), "answer 2 is still there");
      assertTrue(!radio(browser, 2, "true").isEnabled(), "and still final, with its feedback");
      assertEquals(
          "صحيح", browser.findElement(By.cssSelector("[data-feedback='2'] .verdict")).getText());
      assertEquals(
          "art-22",
          new Select(browser.findElement(By.name("q3-expulsion")))
              .getFirstSelectedOption()
              .getAttribute("value"),
          "the answer given offline arrived");

      choose(browser, 4, "reasons", "1");
      choose(browser, 4, "consul", "2");
      choose(browser, 4, "judge", "3");
      waitFor(browser, 4, "saved");
      browser.findElement(By.name("q5")).sendKeys("المادة 16(7)");
      waitFor(browser, 5, "saved");
      pick(browser, 6, "interpreter");
      pick(browser, 6, "consul-asked");
      waitFor(browser, 6, "saved");
      Browsers.screenshot(browser, "quiz-attempt-ar-phone");

      Browsers.clickAndWait(browser, By.id("attempt:submit"));
      assertTrue(browser.getCurrentUrl().contains("learn/review.xhtml"), browser.getCurrentUrl());
      assertTrue(
          browser.findElement(By.id("result")).getText().contains("100"),
          browser.findElement(By.id("result")).getText());
      assertEquals(6, browser.findElements(By.cssSelector(".review .question--right")).size());
      assertTrue(
          browser
              .findElement(By.cssSelector(".review .source"))
              .getText()
              .contains("الاتفاقية، المادة 2(1)"),
          "every answer cites its source");
      Browsers.screenshot(browser, "quiz-review-ar-phone");
    } finally {
      browser.quit();
    }
  }

  /**
   * A trainer's view of the quiz afterwards: one row per question, the learner's attempt listed.
   */
  static void resultsForTheTrainer(String site, String user, String password, Language language) {
    WebDriver browser = Browsers.open(language);
    try {
      browser.get(site + "teach/quiz.xhtml?code=sample&quiz=basics");
      Browsers.signIn(browser, user, password);
      assertEquals(
          6,
          browser.findElements(By.cssSelector("#items tbody tr")).size(),
          "every question of the quiz has its statistics");
      assertTrue(
          browser.findElement(By.id("attempts")).getText().contains(QuizBrowserIT.LEARNER_NAME),
          "the learner's attempt is listed");
      Browsers.screenshot(browser, "teach-quiz-" + language.code() + "-desktop");
      if (language == Language.EN) {
        Browsers.clickAndWait(
            browser,
            By.linkText(QuizBrowserIT.LEARNER_NAME)); // other tests' attempts may be listed too
        assertTrue(browser.findElement(By.id("result")).getText().contains("100"));
        new Select(browser.findElement(By.id("grade:position"))).selectByValue("5");
        browser.findElement(By.id("grade:percent")).sendKeys("0");
        browser
            .findElement(By.id("grade:reason"))
            .sendKeys("Accepted only with the paragraph number");
        Browsers.clickAndWait(browser, By.id("grade:change"));
        assertTrue(
            browser.findElement(By.id("result")).getText().contains("83.3%"),
            "the attempt's score is worked out again: "
                + browser.findElement(By.id("result")).getText());
        Browsers.screenshot(browser, "teach-attempt-en-desktop");
      }
    } finally {
      browser.quit();
    }
  }

  private static WebElement radio(WebDriver browser, int position, String value) {
    return browser.findElement(
        By.cssSelector("input[name='q" + position + "'][value='" + value + "']"));
  }

  private static void pick(WebDriver browser, int position, String value) {
    WebElement input = radio(browser, position, value);
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.click();
  }

  private static void choose(WebDriver browser, int position, String item, String value) {
    WebElement select = browser.findElement(By.name("q" + position + "-" + item));
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
    new Select(select).selectByValue(value);
  }

  /** Waits until the question's save indicator shows the state (saves are retried every 5 s). */
  private static void waitFor(WebDriver browser, int position, String state) {
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .withMessage(() -> "question " + position + " never showed " + state)
        .until(
            b ->
                state.equals(
                    b.findElement(By.cssSelector("[data-status='" + position + "']"))
                        .getAttribute("data-state")));
  }

  private static void offline(WebDriver browser, boolean offline) {
    ChromiumDriver chromium = (ChromiumDriver) browser;
    chromium.executeCdpCommand("Network.enable", Map.of());
    chromium.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }
}

package org.rightsacademy.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Language;

/** The learner's path through the ICRMW course, in a real browser. */
final class PathJourney {

  private PathJourney() {}

  static void lessonsQuizAndTryAgain(String site, String user, String password) {
    WebDriver browser = Browsers.phone(Language.FR);
    try {
      browser.get(site + "learn/course.xhtml?code=icrmw");
      Browsers.signIn(browser, user, password);
      assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
      assertTrue(
          browser.findElement(By.id("next-what")).getText().contains("test initial"),
          "a new learner starts with the pre-test");
      assertEquals(
          "Passer le test initial", browser.findElement(By.id("start:go")).getAttribute("value"));
      Browsers.screenshot(browser, "path-course-new-fr-phone");

      // The lessons of module 1, each "Terminé" leading to the next, the last one to the quiz.
      Browsers.clickAndWait(browser, By.cssSelector(".lessons a"));
      assertTrue(browser.getCurrentUrl().contains("scope%2Fat-a-glance"), browser.getCurrentUrl());
      assertEquals("Terminé — leçon suivante", button(browser).getAttribute("value"));
      Browsers.clickAndWait(browser, By.id("lesson:done"));
      assertTrue(
          browser.getCurrentUrl().contains("scope%2Fwho-is-covered"), browser.getCurrentUrl());
      Browsers.clickAndWait(browser, By.id("lesson:done"));
      assertTrue(
          browser.getCurrentUrl().contains("scope%2Fregular-irregular"), browser.getCurrentUrl());
      Browsers.clickAndWait(browser, By.id("lesson:done"));
      assertTrue(
          browser.getCurrentUrl().contains("scope%2Fwhere-your-country-stands"),
          browser.getCurrentUrl());
      assertEquals(
          "Terminé — passer le quiz du module",
          button(browser).getAttribute("value"),
          "the last lesson of module 1 leads to its quiz");
      Browsers.screenshot(browser, "path-lesson-end-fr-phone");
      Browsers.clickAndWait(browser, By.id("lesson:done"));
      assertTrue(
          browser.getCurrentUrl().contains("learn/quiz.xhtml")
              && browser.getCurrentUrl().contains("quiz=scope"),
          "the module 1 quiz, not module 2: " + browser.getCurrentUrl());

      // One answer of the quiz, the rest blank: submitting asks first, with the count.
      Browsers.clickAndWait(browser, By.id("quiz:start"));
      int questions = browser.findElements(By.cssSelector("fieldset[data-position]")).size();
      WebElement first = browser.findElement(By.cssSelector("fieldset[data-position='1'] input"));
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
      first.click();
      WebElement submit = browser.findElement(By.id("attempt:submit"));
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
      submit.click();
      Alert warning =
          new WebDriverWait(browser, Duration.ofSeconds(10))
              .until(ExpectedConditions.alertIsPresent());
      assertTrue(
          warning.getText().startsWith("Questions sans réponse : " + (questions - 1) + "."),
          warning.getText());
      warning.dismiss();
      assertTrue(
          browser.getCurrentUrl().contains("learn/attempt.xhtml"),
          "not submitted: " + browser.getCurrentUrl());
      WebElement page = browser.findElement(By.tagName("html"));
      browser.findElement(By.id("attempt:submit")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(ExpectedConditions.alertIsPresent())
          .accept();
      new WebDriverWait(browser, Duration.ofSeconds(15))
          .until(ExpectedConditions.stalenessOf(page));
      assertTrue(browser.getCurrentUrl().contains("learn/review.xhtml"), browser.getCurrentUrl());

      // Failed: the review ends with "Back to the course" and "Réessayer".
      assertEquals("Réessayer", browser.findElement(By.id("next-step")).getText());
      assertEquals(
          "Retour au cours",
          browser.findElement(By.cssSelector("#review-end a.button--secondary")).getText());
      ((JavascriptExecutor) browser)
          .executeScript("window.scrollTo(0, document.body.scrollHeight)");
      Browsers.screenshot(browser, "path-review-failed-fr-phone");
      Browsers.clickAndWait(browser, By.id("next-step"));
      assertTrue(browser.getCurrentUrl().contains("quiz=scope"), browser.getCurrentUrl());

      // The course page: the quiz not passed, "Réessayer" as the next step.
      browser.get(site + "learn/course.xhtml?code=icrmw");
      assertEquals("Réessayer", browser.findElement(By.id("start:go")).getAttribute("value"));
      WebElement line = browser.findElement(By.cssSelector(".quiz-link[data-quiz='scope']"));
      assertTrue(line.getText().contains("Non réussi"), line.getText());
      assertTrue(
          line.getText().contains("Réessayer") && line.getText().contains("Revoir"),
          line.getText());
      Browsers.screenshot(browser, "path-course-failed-fr-phone");
      ((JavascriptExecutor) browser)
          .executeScript("arguments[0].scrollIntoView({block: 'center'})", line);
      Browsers.screenshot(browser, "path-course-quiz-failed-fr-phone");
      Browsers.clickAndWait(browser, By.id("start:go"));
      assertTrue(
          browser.getCurrentUrl().contains("quiz=scope"),
          "the main button opens the quiz again: " + browser.getCurrentUrl());
    } finally {
      browser.quit();
    }
  }

  /**
   * The course page and the end of module 1's last lesson, photographed for a person to look at.
   */
  static void look(String site, String user, String password, Language language, boolean phone) {
    WebDriver browser = phone ? Browsers.phone(language) : Browsers.open(language);
    String suffix = "-" + language.code() + (phone ? "-phone" : "-desktop");
    try {
      browser.get(site + "learn/course.xhtml?code=icrmw");
      Browsers.signIn(browser, user, password);
      assertEquals(
          language.direction(), browser.findElement(By.tagName("html")).getAttribute("dir"));
      Browsers.screenshot(browser, "path-course" + suffix);
      browser.get(site + "learn/lesson.xhtml?code=icrmw&lesson=scope%2Fwhere-your-country-stands");
      ((JavascriptExecutor) browser)
          .executeScript("window.scrollTo(0, document.body.scrollHeight)");
      Browsers.screenshot(browser, "path-lesson-end" + suffix);
      Browsers.clickAndWait(browser, By.id("lesson:done"));
      assertTrue(browser.getCurrentUrl().contains("quiz=scope"), browser.getCurrentUrl());
      browser.get(site + "learn/course.xhtml?code=icrmw");
      Browsers.screenshot(browser, "path-course-started" + suffix);
      ((JavascriptExecutor) browser)
          .executeScript("document.querySelector('.modules').scrollIntoView()");
      Browsers.screenshot(browser, "path-course-modules" + suffix);
    } finally {
      browser.quit();
    }
  }

  private static WebElement button(WebDriver browser) {
    return browser.findElement(By.id("lesson:done"));
  }
}

package org.rightsacademy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;

/**
 * A numerical question and an essay in the browser, in English and in Arabic (right to left), on a
 * desktop and a phone: a number the learner's way ("2,5", Arabic-Indic digits), a word refused
 * beside the field, the essay waiting for a trainer, the trainer's queue and grade, the learner's
 * review with the comment. Screenshots in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class EssayBrowserIT {

  static final String PASSWORD = "numbers and essays in the browser";

  @ArquillianResource private URL base;

  static String learner(Language language) {
    return "it-essay-browser-learner-" + language.code();
  }

  static String trainer(Language language) {
    return "it-essay-browser-trainer-" + language.code();
  }

  @Test
  @RunAsClient
  void anEnglishLearnerAnswersANumberAndAnEssayAndTheTrainerGradesIt() {
    Fixtures.run(base, EssayGradingIT.class, "browserData");
    journey(
        Language.EN, "93", "2,5", "Part III protects every migrant worker, whatever the status.");
  }

  @Test
  @RunAsClient
  void anArabicLearnerDoesTheSameRightToLeft() {
    Fixtures.run(base, EssayGradingIT.class, "browserData");
    journey(
        Language.AR,
        "\u0669\u0663",
        "\u0662\u066b\u0665",
        "يحمي الجزء الثالث جميع العمال المهاجرين أيا كان وضعهم.");
  }

  @Test
  @RunAsClient
  void aTrainerWritesANumericalQuestionAndSeesAnEssaysFieldsInEnglishAndArabic() throws Exception {
    Fixtures.run(base, EssayGradingIT.class, "browserData");
    String site = Deployments.local(base).toString();
    String code = "essay-edit-" + Long.toString(System.nanoTime(), 36);
    java.util.Map<String, byte[]> files =
        new java.util.TreeMap<>(
            org.rightsacademy.catalog.PackageFiles.fromFolder(
                    java.nio.file.Path.of("src/test/resources/open-answers"))
                .contents());
    files.put(
        "course.yaml",
        new String(files.get("course.yaml"), java.nio.charset.StandardCharsets.UTF_8)
            .replaceFirst("(?m)^code: .*$", "code: " + code)
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.nio.file.Path zip = java.nio.file.Files.createTempFile(code, ".zip");
    java.nio.file.Files.write(zip, org.rightsacademy.catalog.PackageFiles.of(files).toZip());
    WebDriver browser = Browsers.open(Language.EN);
    WebDriver phone = null;
    try {
      browser.get(site + "author/courses.xhtml");
      Browsers.signIn(browser, trainer(Language.EN), PASSWORD);
      browser.findElement(By.id("import:file")).sendKeys(zip.toString());
      Browsers.clickAndWait(browser, By.id("import:upload"));
      browser.get(site + "author/quiz.xhtml?code=" + code + "&quiz=basics");
      new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("new:newType")))
          .selectByValue("numerical");
      Browsers.clickAndWait(browser, By.id("new:create"));
      browser.findElement(By.id("question:text")).sendKeys("How many days may the worker be held?");
      browser.findElement(By.id("question:source")).sendKeys("ICRMW art. 16");
      browser.findElement(By.cssSelector("[data-accepts='n1']")).sendKeys("2.5:0.5");
      Browsers.clickAndWait(browser, By.id("question:add-option"));
      browser.findElement(By.cssSelector("[data-accepts='n2']")).sendKeys("ninety");
      Browsers.clickAndWait(browser, By.id("question:save"));
      assertTrue(
          browser.findElement(By.id("messages")).getText().contains("n2"),
          "the wrong answer is named: " + browser.findElement(By.id("messages")).getText());
      WebElement second = browser.findElement(By.cssSelector("[data-accepts='n2']"));
      second.clear();
      second.sendKeys("1..4");
      WebElement weight = browser.findElement(By.cssSelector("[data-weight='n2']"));
      weight.clear();
      weight.sendKeys("50");
      browser
          .findElement(By.cssSelector("[data-option='n2'] input[data-text='n2']"))
          .sendKeys("Close: count the days again.");
      Browsers.clickAndWait(browser, By.id("question:save"));
      assertTrue(
          browser.findElement(By.id("messages")).getText().contains("Saved"),
          browser.findElement(By.id("messages")).getText());
      assertEquals(
          "1..4", browser.findElement(By.cssSelector("[data-accepts='n2']")).getAttribute("value"));
      Browsers.screenshot(browser, "editor-numerical-en-desktop");
      browser.get(
          site + "author/question.xhtml?code=" + code + "&quiz=basics&q=why-part-three&lang=en");
      assertEquals("1500", browser.findElement(By.id("question:max-length")).getAttribute("value"));
      Browsers.screenshot(browser, "editor-essay-en-desktop");
      phone = Browsers.phone(Language.AR);
      phone.get(
          site + "author/question.xhtml?code=" + code + "&quiz=basics&q=how-many-articles&lang=ar");
      Browsers.signIn(phone, trainer(Language.AR), PASSWORD);
      assertEquals("rtl", phone.findElement(By.tagName("html")).getAttribute("dir"));
      assertTrue(
          phone.getPageSource().contains("93 · 100 %"),
          "the accepted numbers, read-only in a translation");
      Browsers.screenshot(phone, "editor-numerical-ar-phone");
    } finally {
      browser.quit();
      if (phone != null) {
        phone.quit();
      }
    }
  }

  private void journey(Language language, String articles, String days, String essay) {
    String site = Deployments.local(base).toString();
    String l = language.code();
    WebDriver learner = Browsers.open(language);
    WebDriver phone = null;
    WebDriver trainer = null;
    try {
      learner.get(site + "learn/quiz.xhtml?code=open-answers&quiz=basics");
      Browsers.signIn(learner, learner(language), PASSWORD);
      Browsers.clickAndWait(learner, By.id("quiz:start"));
      assertTrue(learner.getCurrentUrl().contains("learn/attempt.xhtml"), learner.getCurrentUrl());
      assertEquals(
          language.direction(), learner.findElement(By.tagName("html")).getAttribute("dir"));
      String attempt = learner.getCurrentUrl();

      WebElement articlesSet = numerical(learner, 0);
      WebElement daysSet = numerical(learner, 1);
      type(articlesSet.findElement(By.tagName("input")), "ninety");
      waitFor(learner, articlesSet, "notANumber");
      assertEquals(
          "true", articlesSet.findElement(By.tagName("input")).getAttribute("aria-invalid"));
      Browsers.screenshot(learner, "open-answers-refused-" + l + "-desktop");
      type(articlesSet.findElement(By.tagName("input")), articles);
      waitFor(learner, articlesSet, "saved");
      assertFalse(
          "true".equals(articlesSet.findElement(By.tagName("input")).getAttribute("aria-invalid")));
      type(daysSet.findElement(By.tagName("input")), days);
      waitFor(learner, daysSet, "saved");
      learner
          .findElement(By.cssSelector("fieldset[data-type='single'] input[value='non-nationals']"))
          .click();
      WebElement essaySet = learner.findElement(By.cssSelector("fieldset[data-type='essay']"));
      type(essaySet.findElement(By.tagName("textarea")), essay);
      waitFor(learner, essaySet, "saved");
      Browsers.screenshot(learner, "open-answers-player-" + l + "-desktop");

      phone = Browsers.phone(language);
      phone.get(attempt);
      Browsers.signIn(phone, learner(language), PASSWORD);
      phone.get(attempt);
      assertFalse(
          phone
              .findElement(By.cssSelector("fieldset[data-type='numerical'] input"))
              .getAttribute("value")
              .isEmpty(),
          "the number came back from the server");
      ((org.openqa.selenium.JavascriptExecutor) phone)
          .executeScript(
              "document.querySelector(\"fieldset[data-type='numerical']\").scrollIntoView()");
      Browsers.screenshot(phone, "open-answers-player-" + l + "-phone");

      Browsers.clickAndWait(learner, By.id("attempt:submit"));
      assertTrue(learner.getCurrentUrl().contains("learn/review.xhtml"), learner.getCurrentUrl());
      assertFalse(learner.findElements(By.id("awaiting")).isEmpty(), "awaiting grading");
      assertTrue(learner.findElements(By.id("result")).isEmpty(), "no score yet");
      Browsers.screenshot(learner, "open-answers-awaiting-" + l + "-desktop");

      trainer = Browsers.open(language);
      trainer.get(site + "teach/essays.xhtml");
      Browsers.signIn(trainer, trainer(language), PASSWORD);
      WebElement row = trainer.findElement(By.cssSelector("[data-essay]"));
      assertTrue(row.getText().contains(essay), row.getText());
      Browsers.screenshot(trainer, "essay-queue-" + l + "-desktop");
      phone.manage().deleteAllCookies();
      phone.get(site + "teach/essays.xhtml");
      Browsers.signIn(phone, trainer(language), PASSWORD);
      Browsers.screenshot(phone, "essay-queue-" + l + "-phone");

      Browsers.clickAndWait(trainer, By.cssSelector("[data-essay] input[type='submit']"));
      row = trainer.findElement(By.cssSelector("[data-essay]"));
      assertFalse(
          row.findElements(By.cssSelector(".field__error")).isEmpty(),
          "a grade without a score is refused beside the field");
      Browsers.screenshot(trainer, "essay-queue-refused-" + l + "-desktop");
      WebElement percent = row.findElement(By.cssSelector("input[type='number']"));
      percent.sendKeys("90");
      row.findElement(By.tagName("textarea"))
          .sendKeys(language == Language.AR ? "أحسنت." : "Well argued.");
      Browsers.clickAndWait(trainer, By.cssSelector("[data-essay] input[type='submit']"));
      assertFalse(trainer.findElements(By.cssSelector(".messages__info")).isEmpty(), "grade saved");
      Browsers.screenshot(trainer, "essay-queue-graded-" + l + "-desktop");

      learner.navigate().refresh();
      assertTrue(learner.findElements(By.id("awaiting")).isEmpty(), "graded now");
      assertTrue(
          learner
              .findElement(By.cssSelector(".trainer-comment"))
              .getText()
              .contains(language == Language.AR ? "أحسنت." : "Well argued."));
      Browsers.screenshot(learner, "open-answers-graded-" + l + "-desktop");
    } finally {
      for (WebDriver browser : java.util.Arrays.asList(learner, phone, trainer)) {
        if (browser != null) {
          browser.quit();
        }
      }
    }
  }

  /** The n-th numerical question of the paper. */
  private static WebElement numerical(WebDriver browser, int index) {
    List<WebElement> sets = browser.findElements(By.cssSelector("fieldset[data-type='numerical']"));
    assertEquals(2, sets.size());
    return sets.get(index);
  }

  private static void type(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }

  private static void waitFor(WebDriver browser, WebElement set, String state) {
    String position = set.getAttribute("data-position");
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            b ->
                state.equals(
                    b.findElement(By.cssSelector("[data-status='" + position + "']"))
                        .getAttribute("data-state")));
  }
}

package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Language;

/** The authoring pages in a real browser, as a trainer uses them. */
final class AuthoringJourney {

  static final String CODE = "browser-course";
  static final String CODE_AR = "browser-course-ar";
  static final String MODULE = "screening-at-the-border";
  static final String LESSON = MODULE + "/who-is-screened";

  private AuthoringJourney() {}

  static void writeTranslatePreviewPublish(
      String site, String trainer, String learner, String password) throws IOException {
    WebDriver browser = Browsers.open(Language.EN);
    try {
      browser.get(site + "author/courses.xhtml");
      Browsers.signIn(browser, trainer, password);

      // Bring in a course: the sample package under a code of its own.
      browser.findElement(By.id("import:file")).sendKeys(samplePackageAs(CODE).toString());
      Browsers.clickAndWait(browser, By.id("import:upload"));
      assertTrue(messages(browser).contains("new course " + CODE), messages(browser));
      Browsers.screenshot(browser, "author-courses-en-desktop");

      // A module with a lesson.
      browser.get(site + "author/course.xhtml?code=" + CODE);
      browser.findElement(By.id("outline:newModule")).sendKeys("Screening at the border");
      Browsers.clickAndWait(browser, By.id("outline:add-module"));
      browser
          .findElement(By.cssSelector("[data-new-lesson='" + MODULE + "']"))
          .sendKeys("Who is screened");
      Browsers.clickAndWait(
          browser, By.cssSelector("li[data-id='" + MODULE + "'] input[id$='add-lesson']"));
      Browsers.screenshot(browser, "author-course-en-desktop");
      Browsers.clickAndWait(
          browser, By.cssSelector("li[data-id='" + MODULE + "'] li[data-id='who-is-screened'] a"));

      // Its English text, with the live preview rendering as it is typed.
      WebElement text = browser.findElement(By.id("lesson:markdown"));
      text.clear();
      text.sendKeys(
          "# Who is screened\n\nEvery person who arrives is screened **individually**, whatever their status.");
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .ignoring(
              org.openqa.selenium.StaleElementReferenceException
                  .class) // the preview is replaced as it renders
          .until(
              b ->
                  b.findElement(By.id("lesson:preview"))
                      .getText()
                      .contains("Every person who arrives"));
      assertEquals(
          "individually",
          browser.findElement(By.cssSelector("[id='lesson:preview'] strong")).getText(),
          "Markdown rendered in the preview");
      Browsers.clickAndWait(browser, By.id("lesson:save"));
      assertTrue(messages(browser).contains("Saved to the draft"), messages(browser));
      Browsers.screenshot(browser, "author-lesson-en-desktop");

      // Its quiz: a true/false question with its legal source.
      browser.get(site + "author/quiz.xhtml?code=" + CODE + "&quiz=" + MODULE);
      new Select(browser.findElement(By.id("new:newType"))).selectByValue("true-false");
      Browsers.clickAndWait(browser, By.id("new:create"));
      browser
          .findElement(By.id("question:text"))
          .sendKeys("Screening looks at each person individually.");
      browser.findElement(By.id("question:source")).sendKeys("Border Principles and Guidelines");
      browser.findElement(By.cssSelector("[data-correct='true']")).click(); // nothing is ticked
      Browsers.clickAndWait(browser, By.id("question:save"));
      assertTrue(messages(browser).contains("Saved to the draft"), messages(browser));
      assertTrue(
          browser.getCurrentUrl().contains("q=screening-looks-at-each-person-individually")
              || browser.getPageSource().contains("screening-looks-at-each-person"),
          "the new question has its id");

      // The lesson in French, beside the English.
      browser.get(site + "author/lesson.xhtml?code=" + CODE + "&lesson=" + LESSON + "&lang=fr");
      assertTrue(
          browser.findElement(By.id("source")).getText().contains("Every person who arrives"),
          "the English is shown beside");
      browser.findElement(By.id("lesson:title")).sendKeys("Qui fait l’objet d’un contrôle");
      browser
          .findElement(By.id("lesson:markdown"))
          .sendKeys(
              "# Qui fait l’objet d’un contrôle\n\nChaque personne qui arrive est contrôlée individuellement.");
      Browsers.clickAndWait(browser, By.id("lesson:save"));
      assertEquals("Up to date", browser.findElement(By.id("state")).getText());
      Browsers.screenshot(browser, "author-lesson-fr-desktop");
      assertEquals("UP_TO_DATE", state(browser, site, "fr"));

      // The English changes: the French is now out of date.
      browser.get(site + "author/lesson.xhtml?code=" + CODE + "&lesson=" + LESSON + "&lang=en");
      browser
          .findElement(By.id("lesson:markdown"))
          .sendKeys("\n\nScreening also identifies people who need protection.");
      Browsers.clickAndWait(browser, By.id("lesson:save"));
      assertEquals("OUT_OF_DATE", state(browser, site, "fr"));
      assertEquals("MISSING", state(browser, site, "ar"));
      Browsers.screenshot(browser, "author-translations-en-desktop");

      // Preview as a learner.
      browser.get(site + "author/course.xhtml?code=" + CODE);
      Browsers.clickAndWait(browser, By.id("publish:preview"));
      browser.findElement(By.linkText("Who is screened")).click();
      new WebDriverWait(browser, Duration.ofSeconds(10))
          .until(b -> b.getCurrentUrl().contains("lesson="));
      assertTrue(
          browser
              .findElement(By.id("lesson"))
              .getText()
              .contains("also identifies people who need protection"),
          "the draft as a learner sees it");
      Browsers.screenshot(browser, "author-preview-en-desktop");

      // Publish: the missing translations are shown first and need a confirmation.
      browser.get(site + "author/course.xhtml?code=" + CODE);
      Browsers.clickAndWait(browser, By.id("publish:publish"));
      String gaps = browser.findElement(By.id("gaps")).getText();
      assertTrue(gaps.contains("Français") && gaps.contains("العربية"), gaps);
      Browsers.screenshot(browser, "author-publish-gaps-en-desktop");
      Browsers.clickAndWait(browser, By.id("confirm:publish-anyway"));
      assertTrue(messages(browser).contains("Published as version 2"), messages(browser));
    } finally {
      browser.quit();
    }

    WebDriver learnerBrowser = Browsers.open(Language.EN);
    try {
      learnerBrowser.get(site + "learn/course.xhtml?code=" + CODE);
      Browsers.signIn(learnerBrowser, learner, password);
      String course = learnerBrowser.findElement(By.cssSelector(".modules")).getText();
      assertTrue(
          course.contains("Screening at the border") && course.contains("Who is screened"), course);
      assertFalse(
          learnerBrowser.getPageSource().contains("author/"), "no authoring link for a learner");
    } finally {
      learnerBrowser.quit();
    }
  }

  /**
   * On a course of its own (the sample package under {@link #CODE_AR}), imported first, so that it
   * needs no other test.
   */
  static void arabicOnAPhone(String site, String trainer, String password) throws IOException {
    WebDriver browser = Browsers.phone(Language.AR);
    try {
      browser.get(site + "author/courses.xhtml");
      Browsers.signIn(browser, trainer, password);
      browser.findElement(By.id("import:file")).sendKeys(samplePackageAs(CODE_AR).toString());
      Browsers.clickAndWait(browser, By.id("import:upload"));
      assertTrue(
          messages(browser).contains(CODE_AR), "the course is imported: " + messages(browser));
      browser.get(
          site + "author/lesson.xhtml?code=" + CODE_AR + "&lesson=basics/definition&lang=ar");
      Browsers.clickAndWait(browser, By.cssSelector("#language [data-lang='ar']"));
      assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
      assertEquals(
          "rtl",
          browser.findElement(By.id("lesson:markdown")).getAttribute("dir"),
          "Arabic is written right to left");
      assertEquals(
          "ltr",
          browser.findElement(By.id("source")).findElement(By.xpath("..")).getAttribute("dir"),
          "the English source stays left to right");
      Browsers.screenshot(browser, "author-lesson-ar-phone");
      browser.get(site + "author/translations.xhtml?code=" + CODE_AR);
      Browsers.screenshot(browser, "author-translations-ar-phone");
      browser.get(
          site + "author/question.xhtml?code=" + CODE_AR + "&quiz=basics&q=match-rights&lang=ar");
      Browsers.screenshot(browser, "author-question-ar-phone");
      browser.get(site + "author/course.xhtml?code=" + CODE_AR + "&lang=ar");
      Browsers.screenshot(browser, "author-course-ar-phone");
    } finally {
      browser.quit();
    }
    WebDriver desktop = Browsers.open(Language.AR);
    try {
      desktop.get(site + "author/course.xhtml?code=" + CODE_AR + "&lang=ar");
      Browsers.signIn(desktop, trainer, password);
      Browsers.clickAndWait(desktop, By.cssSelector("#language [data-lang='ar']"));
      Browsers.screenshot(desktop, "author-course-ar-desktop");
      desktop.get(site + "author/preview.xhtml?code=" + CODE_AR + "&lang=ar");
      assertEquals(
          "rtl",
          desktop.findElement(By.id("lesson")).getAttribute("dir"),
          "the Arabic preview reads right to left");
      Browsers.screenshot(desktop, "author-preview-ar-desktop");
      desktop.get(site + "author/quiz.xhtml?code=" + CODE_AR + "&quiz=basics&lang=ar");
      Browsers.screenshot(desktop, "author-quiz-ar-desktop");
    } finally {
      desktop.quit();
    }
  }

  /** The state of the new lesson's translation in the course's translation table. */
  private static String state(WebDriver browser, String site, String language) {
    browser.get(site + "author/translations.xhtml?code=" + CODE);
    return browser
        .findElement(
            By.cssSelector(
                "tr[data-item='lesson:" + LESSON + "'] td[data-lang='" + language + "']"))
        .getAttribute("data-state");
  }

  private static String messages(WebDriver browser) {
    return browser.findElements(By.id("messages")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  /** The sample package, zipped, under another course code. */
  static Path samplePackageAs(String code) throws IOException {
    Map<String, byte[]> files =
        PackageFiles.fromFolder(Path.of("src/test/resources/packages/sample")).contents();
    String manifest =
        new String(files.get("course.yaml"), StandardCharsets.UTF_8)
            .replace("code: sample", "code: " + code);
    files.put("course.yaml", manifest.getBytes(StandardCharsets.UTF_8));
    Path zip = Files.createTempFile(code, ".zip");
    Files.write(zip, PackageFiles.of(files).toZip());
    return zip;
  }
}

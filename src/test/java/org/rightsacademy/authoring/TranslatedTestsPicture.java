package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsacademy.catalog.ImageCheckTest;
import org.rightsacademy.platform.Browsers;

/**
 * The picture step of {@link TranslatedTestsJourney}: the trainer adds a lesson, uploads a picture
 * into it with its alt text in English and Arabic, and translates the lesson into Arabic with the
 * picture in it; the Arabic learner then sees the picture, loaded, with its Arabic alt text.
 */
final class TranslatedTestsPicture {

  static final String LESSON_TITLE = "Crossing the border";
  static final String ALT_EN = "Map of the border crossing";
  static final String ALT_AR = "خريطة معبر الحدود";
  static final String TEXT_AR = "# عبور الحدود\n\nلكل شخص الحق في أن يلتمس اللجوء.";

  private TranslatedTestsPicture() {}

  /** Adds the lesson and its picture; answers the lesson's key (module/lesson). */
  static String add(WebDriver browser, String site) {
    browser.get(site + "author/course.xhtml?code=" + TranslatedTestsJourney.CODE + "&lang=en");
    browser.findElement(By.cssSelector("input[data-new-lesson]")).sendKeys(LESSON_TITLE);
    Browsers.clickAndWait(browser, By.cssSelector("input[data-new-lesson] + input[type=submit]"));
    Browsers.clickAndWait(browser, By.linkText(LESSON_TITLE));
    String lesson = parameter(browser.getCurrentUrl(), "lesson");

    WebElement text = browser.findElement(By.id("lesson:markdown"));
    text.clear();
    text.sendKeys("# Crossing the border\n\nThe map shows where people cross.\n");
    // The picture goes where the caret is: at the end, as a trainer leaves it after typing.
    ((JavascriptExecutor) browser)
        .executeScript(
            "var t = arguments[0]; t.focus(); t.setSelectionRange(t.value.length, t.value.length);"
                + " t.dispatchEvent(new KeyboardEvent('keyup'));",
            text);
    Path png = picture();
    try {
      browser.findElement(By.id("image:file")).sendKeys(png.toString());
      browser.findElement(By.id("image:alt-en")).sendKeys(ALT_EN);
      browser.findElement(By.id("image:alt-ar")).sendKeys(ALT_AR);
      Browsers.clickAndWait(browser, By.id("image:add"));
    } finally {
      delete(png);
    }
    assertTrue(
        messages(browser).contains("The picture was added"),
        "the picture is added: " + messages(browser));
    WebElement preview = loaded(browser, "#lesson\\:preview img");
    assertEquals(ALT_EN, preview.getAttribute("alt"));
    assertTrue(
        browser
            .findElement(By.id("lesson:markdown"))
            .getAttribute("value")
            .strip()
            .endsWith("people cross.\n\n![](../../images/border-map.png)"),
        "the text shows the picture where the caret was: "
            + browser.findElement(By.id("lesson:markdown")).getAttribute("value"));

    // The Arabic translation: the picture's Arabic alt text is already there; the trainer writes
    // the text and puts the picture in it.
    browser.get(
        site
            + "author/lesson.xhtml?code="
            + TranslatedTestsJourney.CODE
            + "&lesson="
            + lesson
            + "&lang=ar");
    assertEquals(
        ALT_AR,
        browser.findElement(By.cssSelector("#images input[type=text]")).getAttribute("value"));
    browser.findElement(By.id("lesson:title")).sendKeys("عبور الحدود");
    browser.findElement(By.id("lesson:markdown")).sendKeys(TEXT_AR);
    browser.findElement(By.cssSelector("[data-insert]")).click();
    assertEquals(ALT_AR, loaded(browser, "#lesson\\:preview img").getAttribute("alt"));
    Browsers.clickAndWait(browser, By.id("lesson:save"));
    assertTrue(messages(browser).contains("Saved to the draft"), messages(browser));
    assertEquals(ALT_AR, loaded(browser, "#lesson\\:preview img").getAttribute("alt"));
    Browsers.screenshot(browser, "author-lesson-picture-ar-desktop");
    return lesson;
  }

  /** The Arabic learner's lesson: the picture loads and says its Arabic alt text. */
  static void seen(WebDriver browser, String site, String lesson) {
    browser.get(
        site + "learn/lesson.xhtml?code=" + TranslatedTestsJourney.CODE + "&lesson=" + lesson);
    WebElement article = browser.findElement(By.cssSelector("article.lesson-text"));
    assertEquals("rtl", article.getAttribute("dir"));
    assertTrue(article.getText().contains("عبور الحدود"), article.getText());
    WebElement shown = loaded(browser, "article.lesson-text img");
    assertEquals(ALT_AR, shown.getAttribute("alt"));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", shown);
    Browsers.screenshot(browser, "learner-lesson-picture-ar-desktop");
  }

  /** The picture, once the browser has loaded it (a broken one has no natural width). */
  private static WebElement loaded(WebDriver browser, String css) {
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            b ->
                (Boolean)
                    ((JavascriptExecutor) b)
                        .executeScript(
                            "var i = document.querySelector(arguments[0]);"
                                + " return i != null && i.complete && i.naturalWidth > 0;",
                            css));
    return browser.findElement(By.cssSelector(css));
  }

  private static String parameter(String url, String name) {
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return java.net.URLDecoder.decode(
            pair.substring(name.length() + 1), java.nio.charset.StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("no " + name + " in " + url);
  }

  private static Path picture() {
    try {
      Path png = Files.createTempDirectory("picture").resolve("border-map.png");
      Files.write(png, ImageCheckTest.picture("png", 320, 160));
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String messages(WebDriver browser) {
    return browser.findElements(By.id("messages")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }
}

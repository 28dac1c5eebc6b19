package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsacademy.catalog.ImageCheckTest;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.WebClient;

/**
 * A picture in a real browser: the lesson editor shows it in its preview, with its alt-text field,
 * and learners see it, loaded, with the alt text of their language, in English and Arabic, on a
 * desktop and on a phone. Screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class LessonImagesBrowserIT {

  static final String TRAINER = "it-pictures-browser";
  static final String LEARNER_EN = "it-pictures-browser-en";
  static final String LEARNER_AR = "it-pictures-browser-ar";
  static final String PASSWORD = LessonImagesIT.PASSWORD;

  @ArquillianResource private URL base;

  @Test
  @RunAsClient
  void theEditorAndTheLearnersLessonShowThePictureWithItsAltTextInEnglishAndArabic() {
    account(TRAINER, Role.TRAINER, Language.EN);
    account(LEARNER_EN, Role.LEARNER, Language.EN);
    account(LEARNER_AR, Role.LEARNER, Language.AR);
    WebClient trainer = new WebClient(base);
    assertEquals(302, trainer.signIn(TRAINER, PASSWORD).statusCode());
    String code = LessonImagesIT.newCourse(trainer, "it-pic-browser");
    LessonImagesIT.addPicture(
        trainer,
        code,
        "route.png",
        ImageCheckTest.picture("png", 480, 200),
        Map.of("en", "Route map", "ar", LessonImagesIT.ARABIC_ALT));
    trainer.submit(
        LessonImagesIT.editor(code, Language.AR),
        "lesson",
        Map.of(
            "lesson:title",
            "التعريف",
            "lesson:markdown",
            "# التعريف\n\nالعامل المهاجر شخص يعمل بأجر في دولة ليس من مواطنيها.\n\n"
                + "![](../../images/route.png)\n"),
        "lesson:save");
    String site = Deployments.local(base).toString();

    for (boolean phone : new boolean[] {false, true}) {
      String size = phone ? "phone" : "desktop";
      for (Language language : new Language[] {Language.EN, Language.AR}) {
        WebDriver browser = open(language, phone);
        try {
          browser.get(site + "login.xhtml");
          Browsers.signIn(browser, TRAINER, PASSWORD);
          // The trainer's choice of page language is kept with the account: choose it each time.
          Browsers.clickAndWait(
              browser, By.cssSelector("#language [data-lang='" + language.code() + "']"));
          browser.get(site + LessonImagesIT.editor(code, language));
          WebElement shown = loaded(browser, "#lesson\\:preview img[src*='route']");
          assertEquals(
              language == Language.EN ? "Route map" : LessonImagesIT.ARABIC_ALT,
              shown.getAttribute("alt"));
          Browsers.screenshot(browser, "lesson-image-editor-" + language.code() + "-" + size);
          scrollTo(browser, browser.findElement(By.id("images")));
          Browsers.screenshot(
              browser, "lesson-image-editor-pictures-" + language.code() + "-" + size);
          scrollTo(browser, shown);
          Browsers.screenshot(
              browser, "lesson-image-editor-preview-" + language.code() + "-" + size);
          scrollTo(browser, browser.findElement(By.id("image")));
          Browsers.screenshot(browser, "lesson-image-upload-" + language.code() + "-" + size);
          if (!phone) {
            refusedUpload(browser, language);
          }
        } finally {
          browser.quit();
        }
      }
    }

    String published = LessonImagesIT.publish(trainer, code);
    assertTrue(published.contains("Published as version 2"), LessonImagesIT.messages(published));

    for (boolean phone : new boolean[] {false, true}) {
      String size = phone ? "phone" : "desktop";
      for (Language language : new Language[] {Language.EN, Language.AR}) {
        WebDriver browser = open(language, phone);
        try {
          browser.get(site + "login.xhtml");
          Browsers.signIn(browser, language == Language.EN ? LEARNER_EN : LEARNER_AR, PASSWORD);
          browser.get(
              site + "learn/lesson.xhtml?code=" + code + "&lesson=" + LessonImagesIT.LESSON);
          WebElement shown = loaded(browser, "article.lesson-text img[src*='route']");
          assertEquals(
              language == Language.EN ? "Route map" : LessonImagesIT.ARABIC_ALT,
              shown.getAttribute("alt"));
          assertEquals(
              language == Language.AR ? "rtl" : "ltr",
              browser.findElement(By.cssSelector("article.lesson-text")).getAttribute("dir"));
          long overflow =
              (Long)
                  ((JavascriptExecutor) browser)
                      .executeScript(
                          "return document.documentElement.scrollWidth"
                              + " - document.documentElement.clientWidth;");
          assertTrue(overflow <= 0, "the picture never makes the page wider than the screen");
          scrollTo(browser, shown);
          Browsers.screenshot(browser, "lesson-image-learner-" + language.code() + "-" + size);
        } finally {
          browser.quit();
        }
      }
    }
  }

  /** An SVG with an event handler, chosen in the file field: refused beside the field. */
  private static void refusedUpload(WebDriver browser, Language language) {
    try {
      java.nio.file.Path svg = java.nio.file.Files.createTempFile("unsafe", ".svg");
      java.nio.file.Files.writeString(
          svg, "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'><rect/></svg>");
      browser.findElement(By.id("image:file")).sendKeys(svg.toString());
      browser.findElement(By.id("image:alt-en")).sendKeys("A square");
      if (language != Language.EN) {
        browser.findElement(By.id("image:alt-" + language.code())).sendKeys("مربع");
      }
      Browsers.clickAndWait(browser, By.id("image:add"));
      WebElement error = browser.findElement(By.cssSelector("#image .field__error"));
      assertTrue(error.getText().contains("onload"), error.getText());
      scrollTo(browser, error);
      Browsers.screenshot(browser, "lesson-image-refused-" + language.code() + "-desktop");
      java.nio.file.Files.delete(svg);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void scrollTo(WebDriver browser, WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private static WebDriver open(Language language, boolean phone) {
    return phone ? Browsers.open(language, 390, 844) : Browsers.open(language);
  }

  /** The picture, once the browser has loaded it (a broken one has no natural width). */
  private static WebElement loaded(WebDriver browser, String css) {
    WebElement image = browser.findElement(By.cssSelector(css));
    new WebDriverWait(browser, Duration.ofSeconds(15))
        .until(
            b ->
                (Boolean)
                    ((JavascriptExecutor) b)
                        .executeScript(
                            "return arguments[0].complete && arguments[0].naturalWidth > 0;",
                            image));
    return image;
  }

  private void account(String username, Role role, Language language) {
    Fixtures.account(
        base,
        Fixtures.person(
            username,
            username,
            "SN",
            language,
            role,
            role == Role.LEARNER ? Scope.NONE : Scope.of("SN")),
        PASSWORD);
  }
}

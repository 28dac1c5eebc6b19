package org.rightsacademy.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Language;

/** The browser steps of {@link TranslatedTestsBrowserIT}. */
final class TranslatedTestsJourney {

  static final String CODE = "tests-in-arabic";
  static final String PRE_AR = "يحق لكل شخص أن يلتمس اللجوء في بلدان أخرى.";
  static final String FINAL_AR = "ما الذي يحظره مبدأ عدم الإعادة القسرية؟";
  static final String MODULE_AR = "من يحق له التماس اللجوء؟";

  private TranslatedTestsJourney() {}

  static void run(String site, String password) {
    WebDriver browser = Browsers.open(Language.EN);
    String pictured;
    try {
      browser.get(site + "author/courses.xhtml");
      Browsers.signIn(browser, TranslatedTestsBrowserIT.TRAINER, password);
      createCourse(browser);
      writeLesson(browser, site);
      pictured = TranslatedTestsPicture.add(browser, site);
      writeQuestions(browser, site);
      wrongSetting(browser, site);
      translateTests(browser, site);
      Browsers.screenshot(browser, "author-final-test-translation-en-desktop");
      publishWithGaps(browser, site);
    } finally {
      browser.quit();
    }
    screenshots(site, password);
    learnerInArabic(site, password, pictured);
  }

  private static void createCourse(WebDriver browser) {
    browser.findElement(By.id("create:title")).sendKeys("Asylum at the border");
    browser.findElement(By.id("create:code")).sendKeys(CODE);
    Browsers.clickAndWait(browser, By.id("create:submit"));
    assertTrue(browser.getCurrentUrl().contains("code=" + CODE), browser.getCurrentUrl());
  }

  private static void writeLesson(WebDriver browser, String site) {
    browser.get(
        site + "author/lesson.xhtml?code=" + CODE + "&lesson=module-1/introduction&lang=en");
    WebElement text = browser.findElement(By.id("lesson:markdown"));
    text.clear();
    text.sendKeys(
        "# Introduction\n\nEveryone has the right to seek asylum from persecution in other"
            + " countries.");
    Browsers.clickAndWait(browser, By.id("lesson:save"));
    assertTrue(messages(browser).contains("Saved to the draft"), messages(browser));
  }

  /** A module question the tests draw, a true/false pre-test question, a final-test question. */
  private static void writeQuestions(WebDriver browser, String site) {
    newQuestion(browser, site, "module-1", "single");
    fillEnglish(
        browser,
        "Who may seek asylum?",
        "UDHR art. 14",
        new String[] {"Only citizens", "Everyone", "Only people with a visa"});
    tick(browser, "b");
    save(browser);

    newQuestion(browser, site, "module-1", "matching");
    WebElement match = browser.findElement(By.cssSelector("select[data-match='a']"));
    assertTrue(
        match.getAttribute("size") == null || "1".equals(match.getAttribute("size")),
        "the match is chosen from a dropdown, not a list box: size " + match.getAttribute("size"));
    assertTrue(match.getSize().getHeight() < 60, "one line high: " + match.getSize());

    newQuestion(browser, site, "pre-test", "true-false");
    assertFalse(
        browser.findElement(By.cssSelector("[data-correct='true']")).isSelected(),
        "a new true/false question starts with nothing ticked");
    assertFalse(browser.findElement(By.cssSelector("[data-correct='false']")).isSelected());
    browser
        .findElement(By.id("question:text"))
        .sendKeys("Everyone may seek asylum in other countries.");
    browser.findElement(By.id("question:source")).sendKeys("UDHR art. 14");
    tick(browser, "false");
    tick(browser, "true");
    assertFalse(
        browser.findElement(By.cssSelector("[data-correct='false']")).isSelected(),
        "ticking the other answer unticks the first");
    save(browser);
    assertTrue(
        browser.findElement(By.tagName("h1")).getText().contains("Everyone may seek asylum"),
        "the page is titled by the question's words: "
            + browser.findElement(By.tagName("h1")).getText());

    newQuestion(browser, site, "final-test", "single");
    fillEnglish(
        browser,
        "What does non-refoulement forbid?",
        "1951 Convention art. 33",
        new String[] {
          "Any border check", "Return to a risk of persecution", "Asking for papers at a border"
        });
    tick(browser, "b");
    save(browser);
  }

  private static void wrongSetting(WebDriver browser, String site) {
    browser.get(site + "author/quiz.xhtml?code=" + CODE + "&quiz=final-test&lang=en");
    WebElement passMark = browser.findElement(By.id("setting-pass_mark"));
    assertEquals("number", passMark.getAttribute("type"), "a number field, not free text");
    assertEquals(
        "select", browser.findElement(By.id("setting-feedback")).getTagName().toLowerCase());
    passMark.sendKeys("150");
    Browsers.screenshot(browser, "author-quiz-settings-before-en-desktop");
    Browsers.clickAndWait(browser, By.id("settings:save"));
    assertEquals(
        "Enter a whole number from 0 to 100.",
        browser.findElement(By.id("setting-pass_mark-error")).getText(),
        "the message is beside the field");
    assertTrue(messages(browser).contains("Nothing was saved"), messages(browser));
    Browsers.screenshot(browser, "author-quiz-settings-en-desktop");
    // A value no list offers (a forged form) is refused at its field too.
    ((JavascriptExecutor) browser)
        .executeScript(
            "var s = document.getElementById('setting-feedback');"
                + " s.options[1].value = 'sometimes'; s.selectedIndex = 1;"
                + " document.getElementById('setting-pass_mark').value = '';");
    Browsers.clickAndWait(browser, By.id("settings:save"));
    assertEquals(
        "Choose one of the values in the list.",
        browser.findElement(By.id("setting-feedback-error")).getText());
    browser.get(site + "author/quiz.xhtml?code=" + CODE + "&quiz=final-test&lang=en");
    assertEquals(
        "",
        browser.findElement(By.id("setting-pass_mark")).getAttribute("value"),
        "nothing was saved");
    browser.findElement(By.id("setting-pass_mark")).sendKeys("80");
    new Select(browser.findElement(By.id("setting-reveal"))).selectByValue("after-pass");
    Browsers.clickAndWait(browser, By.id("settings:save"));
    assertTrue(messages(browser).contains("Saved to the draft"), messages(browser));
    assertEquals("80", browser.findElement(By.id("setting-pass_mark")).getAttribute("value"));
    assertEquals(
        "after-pass",
        new Select(browser.findElement(By.id("setting-reveal")))
            .getFirstSelectedOption()
            .getAttribute("value"));
  }

  private static void translateTests(WebDriver browser, String site) {
    // The final test: its own question, then the module question it draws, from its list.
    browser.get(site + "author/quiz.xhtml?code=" + CODE + "&quiz=final-test&lang=ar");
    String drawn = browser.findElement(By.id("draws")).getText();
    assertTrue(drawn.contains("Who may seek asylum?") && drawn.contains("Missing"), drawn);
    Browsers.clickAndWait(browser, By.cssSelector("#bank tbody tr a"));
    fillArabic(
        browser,
        FINAL_AR,
        "اتفاقية 1951، المادة 33",
        new String[] {"أي تفتيش على الحدود", "الإعادة إلى خطر الاضطهاد", "طلب الوثائق على الحدود"});
    assertEquals("rtl", browser.findElement(By.id("question:text")).getAttribute("dir"));
    save(browser);
    browser.get(site + "author/quiz.xhtml?code=" + CODE + "&quiz=final-test&lang=ar");
    Browsers.clickAndWait(browser, By.cssSelector("#draws li a"));
    fillArabic(
        browser,
        MODULE_AR,
        "الإعلان العالمي لحقوق الإنسان، المادة 14",
        new String[] {"المواطنون فقط", "كل شخص", "حاملو التأشيرات فقط"});
    save(browser);
    browser.get(site + "author/quiz.xhtml?code=" + CODE + "&quiz=final-test&lang=ar");
    assertFalse(
        browser.findElement(By.id("draws")).getText().contains("Missing"),
        browser.findElement(By.id("draws")).getText());
    // The pre-test's true/false question.
    browser.get(site + "author/quiz.xhtml?code=" + CODE + "&quiz=pre-test&lang=ar");
    Browsers.clickAndWait(browser, By.cssSelector("#bank tbody tr a"));
    fillArabic(
        browser, PRE_AR, "الإعلان العالمي لحقوق الإنسان، المادة 14", new String[] {"صحيح", "خطأ"});
    save(browser);
    // Both tests are translated: the table says so.
    browser.get(site + "author/translations.xhtml?code=" + CODE);
    for (WebElement cell :
        browser.findElements(By.cssSelector("tr[data-item^='question:'] td[data-lang='ar']"))) {
      assertEquals("UP_TO_DATE", cell.getAttribute("data-state"));
    }
    assertEquals(
        3,
        browser
            .findElements(By.cssSelector("tr[data-item^='question:'] td[data-lang='ar']"))
            .size());
    browser.get(
        site
            + "author/question.xhtml?code="
            + CODE
            + "&quiz=final-test&q="
            + finalQuestionId(browser, site)
            + "&lang=ar");
  }

  private static String finalQuestionId(WebDriver browser, String site) {
    browser.get(site + "author/quiz.xhtml?code=" + CODE + "&quiz=final-test&lang=ar");
    return browser.findElement(By.cssSelector("#bank tbody tr")).getAttribute("data-question");
  }

  private static void publishWithGaps(WebDriver browser, String site) {
    browser.get(site + "author/course.xhtml?code=" + CODE);
    Browsers.clickAndWait(browser, By.id("publish:publish"));
    String gaps = browser.findElement(By.id("gaps")).getText();
    assertTrue(gaps.contains("العربية"), gaps);
    Browsers.clickAndWait(browser, By.id("confirm:publish-anyway"));
    assertTrue(messages(browser).contains("Published as version 1"), messages(browser));
    WebElement published = browser.findElement(By.id("published-gaps"));
    assertFalse(
        published
            .findElements(
                By.cssSelector("ul[data-lang='ar'] li[data-item='lesson:module-1/introduction']"))
            .isEmpty(),
        "the trainer is told the untranslated lesson went out in English: " + published.getText());
    assertTrue(
        published.findElements(By.cssSelector("li[data-item^='question:']")).isEmpty(),
        "the tests are translated: " + published.getText());
    Browsers.screenshot(browser, "author-published-gaps-en-desktop");
  }

  /** The settings and the final test's translation, in English and Arabic, desktop and phone. */
  private static void screenshots(String site, String password) {
    for (Language ui : new Language[] {Language.EN, Language.AR}) {
      for (boolean phone : new boolean[] {false, true}) {
        WebDriver browser = phone ? Browsers.open(ui, 390, 844) : Browsers.open(ui);
        String size = phone ? "phone" : "desktop";
        try {
          browser.get(site + "author/quiz.xhtml?code=" + CODE + "&quiz=final-test&lang=en");
          Browsers.signIn(
              browser,
              ui == Language.AR
                  ? TranslatedTestsBrowserIT.TRAINER_AR
                  : TranslatedTestsBrowserIT.TRAINER,
              password);
          if (ui == Language.AR) {
            assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
          }
          WebElement passMark = browser.findElement(By.id("setting-pass_mark"));
          passMark.clear();
          passMark.sendKeys("abc1000");
          Browsers.clickAndWait(browser, By.id("settings:save"));
          String error = browser.findElement(By.id("setting-pass_mark-error")).getText();
          assertTrue(
              ui == Language.AR ? error.contains("أدخل عددًا صحيحًا") : error.startsWith("Enter"),
              error);
          ((JavascriptExecutor) browser)
              .executeScript(
                  "document.getElementById('settings').scrollIntoView({block: 'start'});");
          Browsers.screenshot(browser, "author-quiz-settings-" + ui.code() + "-" + size);
          String id = finalQuestionId(browser, site);
          browser.get(
              site
                  + "author/question.xhtml?code="
                  + CODE
                  + "&quiz=final-test&q="
                  + id
                  + "&lang=ar");
          assertTrue(
              browser.findElement(By.tagName("h1")).getText().contains(FINAL_AR),
              browser.findElement(By.tagName("h1")).getText());
          Browsers.screenshot(browser, "author-final-test-translation-" + ui.code() + "-" + size);
        } finally {
          browser.quit();
        }
      }
    }
  }

  private static void learnerInArabic(String site, String password, String pictured) {
    WebDriver browser = Browsers.open(Language.AR);
    try {
      browser.get(site + "learn/quiz.xhtml?code=" + CODE + "&quiz=pre-test");
      Browsers.signIn(browser, TranslatedTestsBrowserIT.LEARNER_AR, password);
      assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
      Browsers.clickAndWait(browser, By.id("quiz:start"));
      String pre = questions(browser);
      assertTrue(pre.contains(PRE_AR) && pre.contains(MODULE_AR), pre);
      assertFalse(pre.contains("Everyone may seek asylum"), "no English in the pre-test: " + pre);
      Browsers.screenshot(browser, "learner-pre-test-ar-desktop");
      browser.get(site + "learn/quiz.xhtml?code=" + CODE + "&quiz=final-test");
      Browsers.clickAndWait(browser, By.id("quiz:start"));
      String exam = questions(browser);
      assertTrue(exam.contains(FINAL_AR) && exam.contains(MODULE_AR), exam);
      assertTrue(exam.contains("الإعادة إلى خطر الاضطهاد"), "its options in Arabic: " + exam);
      Browsers.screenshot(browser, "learner-final-test-ar-desktop");
      TranslatedTestsPicture.seen(browser, site, pictured);
    } finally {
      browser.quit();
    }
  }

  private static String questions(WebDriver browser) {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(b -> !b.findElements(By.cssSelector(".question__text")).isEmpty());
    return browser.findElement(By.tagName("main")).getText();
  }

  private static void newQuestion(WebDriver browser, String site, String quiz, String type) {
    browser.get(site + "author/quiz.xhtml?code=" + CODE + "&quiz=" + quiz + "&lang=en");
    new Select(browser.findElement(By.id("new:newType"))).selectByValue(type);
    Browsers.clickAndWait(browser, By.id("new:create"));
  }

  private static void fillEnglish(WebDriver browser, String text, String source, String[] options) {
    browser.findElement(By.id("question:text")).sendKeys(text);
    browser.findElement(By.id("question:source")).sendKeys(source);
    for (int i = 0; i < options.length; i++) {
      browser
          .findElement(By.cssSelector("[data-text='" + (char) ('a' + i) + "']"))
          .sendKeys(options[i]);
    }
  }

  private static void fillArabic(WebDriver browser, String text, String source, String[] options) {
    browser.findElement(By.id("question:text")).sendKeys(text);
    browser.findElement(By.id("question:source")).sendKeys(source);
    java.util.List<WebElement> fields = browser.findElements(By.cssSelector("[data-text]"));
    assertEquals(options.length, fields.size());
    for (int i = 0; i < options.length; i++) {
      fields.get(i).clear();
      fields.get(i).sendKeys(options[i]);
    }
  }

  private static void tick(WebDriver browser, String option) {
    browser.findElement(By.cssSelector("[data-correct='" + option + "']")).click();
  }

  private static void save(WebDriver browser) {
    Browsers.clickAndWait(browser, By.id("question:save"));
    assertTrue(messages(browser).contains("Saved to the draft"), messages(browser));
  }

  private static String messages(WebDriver browser) {
    return browser.findElements(By.id("messages")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }
}

package org.rightsacademy.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Language;

/**
 * The client-side steps of {@link ReportsIT}'s checks of what a person reads: a real browser and an
 * independent PDF reader. Kept out of the test class, which is also loaded in the server, where
 * Selenium and PDFBox are not.
 */
final class HumanJourney {

  private HumanJourney() {}

  /** A PDF's text as PDFBox reads it, Arabic presentation forms folded back to letters. */
  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }
  }

  /**
   * The workshop page and the transcript in English and Arabic, on a phone (390 × 844) and a
   * desktop (1280 × 900): the country's name and human dates in the language, Arabic right to left.
   * Screenshots under target/screenshots, for a person to look at.
   */
  static void screens(String root, String trainer, String password, String workshopTitle) {
    for (Language language : List.of(Language.EN, Language.AR)) {
      for (int[] size : new int[][] {{390, 844}, {1280, 900}}) {
        WebDriver browser = Browsers.open(language, size[0], size[1]);
        try {
          String name = language.code() + "-" + size[0];
          browser.get(root + "login.xhtml");
          Browsers.signIn(browser, trainer, password);
          // The trainer's account speaks English: switch the way a person does, in the header.
          Browsers.clickAndWait(browser, By.cssSelector("[data-lang='" + language.code() + "']"));
          browser.get(root + "teach/workshops.xhtml");
          String link = browser.findElement(By.linkText(workshopTitle)).getAttribute("href");
          browser.get(link);
          String text = browser.findElement(By.tagName("main")).getText();
          assertTrue(
              text.contains(language == Language.AR ? "تونس" : "Tunisia"), name + ": " + text);
          ReportsIT.readsLikeAPerson("workshop " + name, text);
          assertEquals(
              language.direction(), browser.findElement(By.tagName("html")).getAttribute("dir"));
          Browsers.screenshot(browser, "human-workshop-" + name);
          assertEquals("", overflowing(browser), name + ": the page fits the screen's width");

          browser.get(root + "teach/grid.xhtml?id=" + link.replaceAll(".*[?&]id=(\\d+).*", "$1"));
          browser.findElement(By.cssSelector("a[href*='transcript.xhtml']")).click();
          new WebDriverWait(browser, Duration.ofSeconds(15))
              .until(b -> b.getCurrentUrl().contains("transcript.xhtml"));
          text = browser.findElement(By.tagName("main")).getText();
          ReportsIT.readsLikeAPerson("transcript " + name, text);
          assertTrue(
              text.contains(language == Language.AR ? "الاختبار النهائي" : "Final test"),
              name + ": " + text);
          Browsers.screenshot(browser, "human-transcript-" + name);
        } finally {
          browser.quit();
        }
      }
    }
  }

  /**
   * What reaches past the screen's sides, widest first ("89 px: code#link +89, …"); empty when the
   * page is no wider than the screen. What a scrolling box (a wide table) holds does not count.
   */
  static String overflowing(WebDriver browser) {
    return (String)
        ((org.openqa.selenium.JavascriptExecutor) browser)
            .executeScript(
                "var w = document.documentElement.clientWidth, out = [];"
                    + " var wider = document.documentElement.scrollWidth - w;"
                    + " if (wider <= 0) { return ''; }"
                    + " var clipped = function (e) { for (var p = e.parentElement; p; p ="
                    + " p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') {"
                    + " return true; } } return false; };"
                    + " document.querySelectorAll('body *').forEach(function (e) {"
                    + " var r = e.getBoundingClientRect(); var past = Math.max(r.right - w, -r.left);"
                    + " if (past > 1 && !clipped(e)) { out.push([Math.round(past),"
                    + " e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                    + " + (typeof e.className === 'string' && e.className"
                    + " ? '.' + e.className.trim().split(/\\s+/).join('.') : '')]); } });"
                    + " out.sort(function (a, b) { return b[0] - a[0]; });"
                    + " return wider + ' px: ' + out.slice(0, 8).map(function (o) {"
                    + " return o[1] + ' +' + o[0]; }).join(', ');");
  }
}

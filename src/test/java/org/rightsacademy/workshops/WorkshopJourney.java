package org.rightsacademy.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Language;

/** A workshop in real browsers: the trainer's, the participant's phone, the coordinator's. */
final class WorkshopJourney {

  static final String TITLE = "Atelier de Banjul";
  static final String NEWCOMER = "it-wb-awa";

  private WorkshopJourney() {}

  /**
   * {@code othersJoin} is given the new workshop's code: the dashboard shows a workshop only with
   * enough people in it ({@code RA_REPORT_MIN_GROUP}), so the test brings the others itself.
   */
  static void fromCreationToDashboard(
      String site,
      String country,
      String trainer,
      String coordinator,
      String password,
      Consumer<String> othersJoin) {
    String code;
    String workshopPage;
    WebDriver browser = Browsers.open(Language.EN);
    try {
      browser.get(site + "teach/workshop.xhtml");
      Browsers.signIn(browser, trainer, password);
      browser.findElement(By.id("form:title")).sendKeys(TITLE);
      new Select(browser.findElement(By.id("form:country"))).selectByValue(country);
      browser.findElement(By.id("form:city")).sendKeys("Banjul");
      setDate(browser, "form:startsOn", "2026-12-01");
      setDate(browser, "form:endsOn", "2026-12-03");
      new Select(browser.findElement(By.id("form:language"))).selectByValue("FR");
      browser.findElement(By.cssSelector("input[name='form:courses'][value='sample']")).click();
      Browsers.clickAndWait(browser, By.id("form:save"));
      code = browser.findElement(By.id("code")).getText();
      assertTrue(code.matches("[A-Z0-9]{4}-[A-Z0-9]{4}"), code);
      workshopPage = browser.getCurrentUrl();
      Browsers.screenshot(browser, "workshop-en-desktop");
    } finally {
      browser.quit();
    }
    othersJoin.accept(code);

    WebDriver phone = Browsers.phone(Language.FR);
    try {
      phone.get(site + "join.xhtml");
      phone.findElement(By.id("code:typed")).sendKeys(code.toLowerCase().replace("-", " "));
      Browsers.clickAndWait(phone, By.id("code:check"));
      assertTrue(phone.findElement(By.id("workshop")).getText().contains(TITLE));
      phone.findElement(By.id("form:username")).sendKeys(NEWCOMER);
      phone.findElement(By.id("form:password")).sendKeys("une phrase que je retiens");
      phone.findElement(By.id("form:display_name")).sendKeys("Awa Sarr");
      new Select(phone.findElement(By.id("form:institution"))).selectByValue("GENDARMERIE");
      new Select(phone.findElement(By.id("form:gender"))).selectByValue("FEMALE");
      Browsers.screenshot(phone, "join-fr-phone");
      Browsers.clickAndWait(phone, By.id("form:submit"));
      assertTrue(
          phone.getCurrentUrl().contains("learn/courses.xhtml"),
          "registered and signed in, no sign-in page: " + phone.getCurrentUrl());
      assertTrue(
          phone.getPageSource().contains("vous êtes connecté"), "the note says they are signed in");
      phone.get(site + "learn/lesson.xhtml?code=sample&lesson=basics/definition");
      Browsers.clickAndWait(phone, By.id("lesson:done"));
    } finally {
      phone.quit();
    }

    browser = Browsers.open(Language.EN);
    try {
      browser.get(workshopPage);
      Browsers.signIn(browser, trainer, password);
      Browsers.clickAndWait(browser, By.id("grid"));
      WebElement row =
          browser.findElement(By.cssSelector("tr[data-participant='" + NEWCOMER + "']"));
      assertEquals(
          "IN_PROGRESS",
          row.findElement(By.cssSelector("td[data-state]")).getAttribute("data-state"),
          "one lesson done");
      Browsers.screenshot(browser, "grid-en-desktop");
    } finally {
      browser.quit();
    }

    for (Language language : new Language[] {Language.EN, Language.AR}) {
      WebDriver coordinatorBrowser =
          language == Language.AR ? Browsers.phone(language) : Browsers.open(language);
      try {
        coordinatorBrowser.get(site + "coordinate/dashboard.xhtml");
        Browsers.signIn(coordinatorBrowser, coordinator, password);
        if (language == Language.AR) {
          Browsers.clickAndWait(coordinatorBrowser, By.cssSelector("#language [data-lang='ar']"));
          assertEquals(
              "rtl", coordinatorBrowser.findElement(By.tagName("html")).getAttribute("dir"));
        }
        new Select(coordinatorBrowser.findElement(By.id("filters:dimension")))
            .selectByValue("WORKSHOP");
        Browsers.clickAndWait(coordinatorBrowser, By.id("filters:apply"));
        String table = coordinatorBrowser.findElement(By.id("table")).getText();
        assertTrue(table.contains(TITLE), "the new workshop is counted: " + table);
        long enrolled =
            Long.parseLong(
                coordinatorBrowser
                    .findElement(By.cssSelector("[data-figure='enrolled']"))
                    .getText()
                    .strip());
        assertTrue(enrolled >= 5, "the newcomer and the others: " + enrolled);
        Browsers.screenshot(
            coordinatorBrowser,
            "dashboard-" + language.code() + (language == Language.AR ? "-phone" : "-desktop"));
      } finally {
        coordinatorBrowser.quit();
      }
    }
  }

  /** Date inputs take the date as the browser shows it; setting the value works in every locale. */
  private static void setDate(WebDriver browser, String id, String isoDate) {
    ((org.openqa.selenium.JavascriptExecutor) browser)
        .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
  }
}

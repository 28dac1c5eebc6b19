package org.rightsacademy.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.rightsacademy.catalog.CoursePackage.Lesson;
import org.rightsacademy.catalog.CoursePackage.Module;
import org.rightsacademy.platform.Browsers;
import org.rightsacademy.platform.Deployments;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.WebClient;

/**
 * The three real packages in {@code courses/}, as the running application has them: published at
 * start-up exactly as they are on disk, and every lesson served to a learner in each of the four
 * languages, with no fallback to English.
 */
@ExtendWith(ArquillianExtension.class)
class ShippedCoursesIT {

  @EJB private CourseCatalog catalog;

  @ArquillianResource private URL base;

  private static Path shipped() {
    return CourseCatalog.folders(System.getenv("RA_COURSES_DIR")).stream()
        .filter(folder -> folder.endsWith("courses"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void allThreeArePublishedAtStartUpExactlyAsOnDiskInFourLanguages() {
    for (String code : ShippedCoursesTest.SHIPPED) {
      CoursePackage onDisk =
          PackageReader.read(PackageFiles.fromFolder(shipped().resolve(code)))
              .course()
              .orElseThrow();
      CoursePackage published =
          catalog
              .latest(code)
              .orElseThrow(() -> new AssertionError(code + " not published"))
              .course();
      assertEquals(
          onDisk.checksum(),
          published.checksum(),
          code + ": the published revision is the package on disk");
      assertEquals(List.of(Language.values()), published.languages());
      for (Module module : published.modules()) {
        assertEquals(
            4,
            module.quiz().questions().get(0).texts().size(),
            code + "/" + module.quiz().id() + " in four languages");
      }
    }
  }

  @Test
  @RunAsClient
  void everyLessonIsServedToALearnerInEachLanguage() {
    WebClient client = new WebClient(base);
    assertEquals(
        302, client.signIn(setting("it.admin.user"), setting("it.admin.password")).statusCode());
    List<String> problems = new ArrayList<>();
    int pages = 0;
    for (String code : ShippedCoursesTest.SHIPPED) {
      CoursePackage course = ShippedCoursesTest.read(code);
      for (Language language : Language.values()) {
        client.chooseLanguage(language);
        for (Module module : course.modules()) {
          for (Lesson lesson : module.lessons()) {
            String key = module.id() + "/" + lesson.id();
            HttpResponse<String> page =
                client.get(
                    "learn/lesson.xhtml?code="
                        + code
                        + "&lesson="
                        + URLEncoder.encode(key, StandardCharsets.UTF_8));
            pages++;
            String where = code + " " + key + " in " + language.code();
            if (page.statusCode() != 200) {
              problems.add(where + ": HTTP " + page.statusCode());
            } else if (!java.util.regex.Pattern.compile(
                    "<html[^>]*\\slang=\""
                        + language.code()
                        + "\" dir=\""
                        + language.direction()
                        + "\"")
                .matcher(page.body())
                .find()) {
              problems.add(where + ": not a " + language.code() + " page");
            } else if (!page.body().contains(lesson.html().get(language))) {
              problems.add(where + ": the lesson text is not the " + language.code() + " one");
            } else if (page.body().contains("class=\"notice\"")) {
              problems.add(where + ": shown with the missing-translation note");
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(pages >= 3 * 4 * 8, "every lesson of the three courses in four languages: " + pages);
  }

  @Test
  @RunAsClient
  void aLessonIsLightOnFirstLoadAndLighterOnRepeatInEnglishAndArabicOnPhoneAndDesktop()
      throws java.io.IOException {
    String site = Deployments.local(base).toString();
    for (Language language : new Language[] {Language.EN, Language.AR}) {
      for (boolean phone : new boolean[] {false, true}) {
        LessonReading.weighAndPhotograph(
            site, setting("it.admin.user"), setting("it.admin.password"), language, phone);
      }
    }
  }

  /**
   * On a phone, in Arabic (right to left) and Russian: each course's "Where your country stands"
   * lesson and the borders lessons with the widest tables fit the screen (the page never scrolls
   * sideways), and a table shows each row as a card of cells labelled with their column.
   */
  @Test
  @RunAsClient
  void theCountryLessonsAndTheWidestTablesFitAPhoneInArabicAndRussian() {
    String site = Deployments.local(base).toString();
    List<String> lessons =
        List.of(
            "icrmw|scope/where-your-country-stands",
            "trafficking-principles|primacy/where-your-country-stands",
            "borders|borders-and-rights/where-your-country-stands",
            "borders|borders-and-rights/three-groups",
            "borders|non-refoulement-return/non-refoulement");
    for (Language language : new Language[] {Language.AR, Language.RU}) {
      WebDriver browser = Browsers.phone(language);
      try {
        browser.get(site + "learn/courses.xhtml");
        Browsers.signIn(browser, setting("it.admin.user"), setting("it.admin.password"));
        if (!language.code().equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
          Browsers.clickAndWait(
              browser, By.cssSelector("#language [data-lang='" + language.code() + "']"));
        }
        for (String entry : lessons) {
          String[] parts = entry.split("\\|");
          browser.get(
              site
                  + "learn/lesson.xhtml?code="
                  + parts[0]
                  + "&lesson="
                  + URLEncoder.encode(parts[1], StandardCharsets.UTF_8));
          String where = entry + " in " + language.code();
          assertEquals(
              language.direction(),
              browser.findElement(By.tagName("html")).getAttribute("dir"),
              where);
          JavascriptExecutor page = (JavascriptExecutor) browser;
          Number overflow =
              (Number)
                  page.executeScript(
                      "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
          assertEquals(
              0, overflow.intValue(), where + ": the page scrolls sideways by " + overflow + " px");
          List<WebElement> cells =
              browser.findElements(By.cssSelector(".lesson-text td[data-label]"));
          if (parts[1].endsWith("three-groups") || parts[1].endsWith("/non-refoulement")) {
            assertTrue(!cells.isEmpty(), where + ": table cells labelled with their column");
            assertEquals(
                "block",
                cells.get(0).getCssValue("display"),
                where + ": a row shows as a card of labelled cells");
          }
          Browsers.screenshot(
              browser, "lesson-" + parts[1].replace('/', '-') + "-" + language.code() + "-phone");
        }
      } finally {
        browser.quit();
      }
    }
  }

  private static String setting(String property) {
    return System.getProperty(property);
  }
}

package org.rightsacademy.platform;

import java.io.File;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. Both paths are given so that Selenium Manager never
 * tries to download a browser; override them with -Dra.chromium=... and -Dra.chromedriver=...
 */
public final class Browsers {

  private static final String CHROMIUM = System.getProperty("ra.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("ra.chromedriver", "/usr/bin/chromedriver");

  private Browsers() {}

  /** A desktop-sized browser whose Accept-Language asks for the given language. */
  public static WebDriver open(Language language) {
    return open(language, 1280, 900);
  }

  /** A phone-sized browser (360 × 780 CSS pixels). */
  public static WebDriver phone(Language language) {
    return open(language, 360, 780);
  }

  /** Clicks and waits for the next page, so that assertions never read the page being left. */
  public static void clickAndWait(WebDriver browser, By target) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(target).click();
    new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> isGone(page));
  }

  /**
   * Whether the page an element belongs to has been replaced. While Chromium swaps documents it may
   * answer "node does not belong to the document" instead of "stale": both mean gone.
   */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Fills in the sign-in page the browser shows and waits for the page after it. */
  public static void signIn(WebDriver browser, String username, String password) {
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(password);
    clickAndWait(browser, By.id("login:submit"));
  }

  /** Saves a screenshot under target/screenshots, for a person to look at. */
  public static void screenshot(WebDriver browser, String name) {
    try {
      java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
      java.nio.file.Files.createDirectories(dir);
      byte[] png =
          ((org.openqa.selenium.TakesScreenshot) browser)
              .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
      java.nio.file.Files.write(dir.resolve(name + ".png"), png);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A browser of this window size whose Accept-Language asks for the given language. */
  public static WebDriver open(Language language, int width, int height) {
    File driver = new File(CHROMEDRIVER);
    if (!new File(CHROMIUM).canExecute() || !driver.canExecute()) {
      throw new IllegalStateException(
          "Browser tests need Chromium and its driver at "
              + CHROMIUM
              + " and "
              + CHROMEDRIVER
              + " (Debian: apt-get install chromium chromium-driver; see README).");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=" + width + "," + height,
        "--lang=" + language.code());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.code()));
    // Lets tests read the console: scripts blocked by the Content-Security-Policy are reported
    // there.
    options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(driver).build();
    ChromeDriver browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return browser;
  }
}

package org.rightsacademy.platform;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * What a page cost to load, as the browser itself counts it (Navigation and Resource Timing): bytes
 * on the wire, compressed, headers included; a resource served from the cache counts 0.
 */
public record PageWeight(long documentBytes, long resourceBytes, int resources, int fromCache) {

  public long total() {
    return documentBytes + resourceBytes;
  }

  /** Empties the browser's cache, so that the next page is a first visit. */
  public static void clearCache(WebDriver browser) {
    ((ChromiumDriver) browser).executeCdpCommand("Network.clearBrowserCache", Map.of());
  }

  /** The weight of the page the browser shows now. */
  public static PageWeight of(WebDriver browser) {
    @SuppressWarnings("unchecked")
    List<Number> figures =
        (List<Number>)
            ((JavascriptExecutor) browser)
                .executeScript(
                    "const nav = performance.getEntriesByType('navigation')[0];"
                        + "const res = performance.getEntriesByType('resource');"
                        + "return [nav.transferSize, res.reduce((sum, r) => sum + r.transferSize, 0),"
                        + " res.length, res.filter(r => r.transferSize === 0).length];");
    return new PageWeight(
        figures.get(0).longValue(),
        figures.get(1).longValue(),
        figures.get(2).intValue(),
        figures.get(3).intValue());
  }

  @Override
  public String toString() {
    return String.format(
        "%.1f KB (document %.1f KB + %d resources %.1f KB, %d from cache)",
        total() / 1024.0, documentBytes / 1024.0, resources, resourceBytes / 1024.0, fromCache);
  }
}

package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameSiteFormsTest {

  @Test
  void aFormFromThisSiteIsLetThrough() {
    assertFalse(
        SameSiteForms.crossSite("same-origin", "https://academy.example", "academy.example"));
    assertFalse(SameSiteForms.crossSite(null, "http://localhost:8080", "localhost"));
    assertFalse(
        SameSiteForms.crossSite(null, "https://Academy.Example:8443", "academy.example"),
        "behind a TLS proxy the port and scheme differ, the name does not");
  }

  @Test
  void requestsWithoutBrowserHeadersAreLetThrough() {
    assertFalse(SameSiteForms.crossSite(null, null, "academy.example"));
    assertFalse(SameSiteForms.crossSite("none", null, "academy.example"), "typed or bookmarked");
  }

  @Test
  void aFormFromAnotherSiteIsRefused() {
    assertTrue(SameSiteForms.crossSite("cross-site", null, "academy.example"));
    assertTrue(SameSiteForms.crossSite(null, "https://evil.example", "academy.example"));
    assertTrue(
        SameSiteForms.crossSite(null, "https://academy.example.evil.example", "academy.example"));
    assertTrue(SameSiteForms.crossSite(null, "not a url at all", "academy.example"));
  }
}

package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageNegotiationTest {

  /** A request with the given cookie (or none) and Accept-Language header (or none). */
  private static HttpServletRequest request(
      String cookie, String acceptLanguage, Locale... sorted) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            LanguageNegotiationTest.class.getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getCookies" ->
                      cookie == null
                          ? null
                          : new Cookie[] {
                            new Cookie("other", "x"), new Cookie(LanguageNegotiation.COOKIE, cookie)
                          };
                  case "getHeader" -> "Accept-Language".equals(args[0]) ? acceptLanguage : null;
                  // Like a servlet container: without the header, the server's own locale.
                  case "getLocales" ->
                      Collections.enumeration(
                          sorted.length == 0 ? List.of(Locale.FRENCH) : List.of(sorted));
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void theVisitorsChoiceBeatsTheBrowser() {
    assertEquals(Language.AR, LanguageNegotiation.resolve(request("ar", "fr", Locale.FRENCH)));
  }

  @Test
  void theBrowsersFirstSupportedLanguageIsUsedWithoutAChoice() {
    assertEquals(
        Language.RU,
        LanguageNegotiation.resolve(request(null, "de,ru;q=0.8", Locale.GERMAN, Locale.of("ru"))));
  }

  @Test
  void englishWhenTheBrowserSaysNothingWhateverTheServersLocale() {
    assertEquals(Language.EN, LanguageNegotiation.resolve(request(null, null)));
  }

  @Test
  void englishWhenNothingAskedForIsSupported() {
    assertEquals(Language.EN, LanguageNegotiation.resolve(request(null, "de", Locale.GERMAN)));
  }

  @Test
  void aTamperedCookieFallsBackToTheBrowser() {
    assertEquals(
        Language.FR,
        LanguageNegotiation.resolve(request("xx<script>", "fr-SN", Locale.of("fr", "SN"))));
  }
}

package org.rightsacademy.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Optional;

/**
 * Decides the language of a request: the visitor's own choice (remembered in a cookie), else the
 * browser's {@code Accept-Language}, else English. Stateless, so it works the same on every node of
 * a cluster and for visitors without a session.
 */
public final class LanguageNegotiation {

  static final String COOKIE = "ra-lang";
  private static final Duration REMEMBER_FOR = Duration.ofDays(365);

  private LanguageNegotiation() {}

  public static Language resolve(HttpServletRequest request) {
    return chosen(request).or(() -> browserPreference(request)).orElse(Language.DEFAULT);
  }

  /** Remembers the visitor's choice for a year; the cookie is only a preference, not a secret. */
  public static void remember(
      Language language, HttpServletRequest request, HttpServletResponse response) {
    Cookie cookie = new Cookie(COOKIE, language.code());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge((int) REMEMBER_FOR.toSeconds());
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }

  private static Optional<Language> chosen(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (COOKIE.equals(cookie.getName())) {
        return Language.fromCode(cookie.getValue());
      }
    }
    return Optional.empty();
  }

  private static Optional<Language> browserPreference(HttpServletRequest request) {
    // Without the header the container reports its own default locale, which is the server's, not
    // the visitor's.
    if (request.getHeader("Accept-Language") == null) {
      return Optional.empty();
    }
    return Language.firstSupported(Collections.list(request.getLocales()));
  }
}

package org.rightsacademy.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a form or API write that a page of another site sent (403): the browser says so in {@code
 * Sec-Fetch-Site}, or names the other site in {@code Origin}. Faces' view state is the usual guard
 * against such requests; the sign-in page keeps no view state (so that a sign-in form sent to
 * another node of a cluster, before its fresh session has reached the data grid, still signs in),
 * and this check is what keeps a foreign page from signing a visitor in to somebody else's account.
 * Requests without either header (scripts, older browsers) are let through, as before.
 */
@WebFilter(filterName = "sameSiteForms", urlPatterns = "/*")
public class SameSiteForms extends HttpFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!SAFE.contains(request.getMethod())
        && crossSite(
            request.getHeader("Sec-Fetch-Site"),
            request.getHeader("Origin"),
            request.getServerName())) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * True when a browser sent this request from another site's page. The server's name is the one
   * the request was addressed to (the Host header, which a balancer passes on), so no address needs
   * configuring; schemes and ports are left aside, as a TLS proxy changes them.
   */
  static boolean crossSite(String fetchSite, String origin, String serverName) {
    if ("cross-site".equalsIgnoreCase(fetchSite)) {
      return true;
    }
    if (origin == null || origin.isBlank() || "null".equals(origin)) {
      return false;
    }
    String host;
    try {
      host = URI.create(origin.trim()).getHost();
    } catch (IllegalArgumentException unreadable) {
      return true;
    }
    return host == null
        || serverName == null
        || !host.toLowerCase(Locale.ROOT).equals(serverName.toLowerCase(Locale.ROOT));
  }
}

package org.rightsacademy.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the server's name and version out of every response that reaches the application, however
 * the server was started. Payara Micro writes {@code Server: Payara Micro} into the response while
 * it parses the request, before the application sees it, and the Servlet API cannot remove a header
 * ({@code setHeader(name, null)} is ignored). So this filter, first in the chain (web.xml), notes
 * every header already on the response, resets the response (which clears them), and puts back all
 * but {@code Server} and {@code X-Powered-By}; the status too, since it also runs for error pages.
 * When the server was told not to send the header (the pre-boot commands), there is nothing to do
 * and the response is left alone.
 */
public class ServerHeaders extends HttpFilter {

  /** Headers that only advertise the server, lower case. */
  static final Set<String> HIDDEN = Set.of("server", "x-powered-by");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    hide(response);
    chain.doFilter(request, response);
  }

  static void hide(HttpServletResponse response) {
    if (response.isCommitted() || HIDDEN.stream().noneMatch(response::containsHeader)) {
      return;
    }
    int status = response.getStatus();
    List<String[]> kept = new ArrayList<>();
    for (String name : response.getHeaderNames()) {
      if (!HIDDEN.contains(name.toLowerCase(Locale.ROOT))) {
        for (String value : response.getHeaders(name)) {
          kept.add(new String[] {name, value});
        }
      }
    }
    response.reset();
    response.setStatus(status);
    for (String[] header : kept) {
      response.addHeader(header[0], header[1]);
    }
  }
}

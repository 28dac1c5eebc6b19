package org.rightsacademy.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Opens the session before a page renders, not while it does. In a cluster, a session that Faces
 * creates in the middle of rendering a form (server state saving) reaches the data grid without the
 * form's state: the first form a visitor sends — most often the sign-in page they landed on — was
 * answered "page expired", on any node. Every page with a form needs a session anyway; the header's
 * language switcher is one on every page, so this creates none that would not exist.
 */
@WebFilter(filterName = "sessionFirst", urlPatterns = "*.xhtml")
public class SessionFirst extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("GET".equals(request.getMethod())
        && !request.getServletPath().startsWith("/jakarta.faces.resource/")) {
      request.getSession(true);
    }
    chain.doFilter(request, response);
  }
}

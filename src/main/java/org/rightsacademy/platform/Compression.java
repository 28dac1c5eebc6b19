package org.rightsacademy.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.omnifaces.filter.CompressedResponseFilter;

/**
 * Compresses text responses in the application (OmniFaces' filter, configured in web.xml), so that
 * they are compressed however the server was started. Adds {@code Vary: Accept-Encoding} to every
 * response it sees, compressed or not, so that a cache between the server and a browser never hands
 * a compressed copy to a client that did not ask for one, nor the plain copy to all others.
 */
public class Compression extends CompressedResponseFilter {

  @Override
  public void doFilter(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpSession session,
      FilterChain chain)
      throws ServletException, IOException {
    if (!response.isCommitted()) {
      response.addHeader("Vary", "Accept-Encoding");
    }
    super.doFilter(request, response, session, chain);
  }
}

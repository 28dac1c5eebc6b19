package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/**
 * Ends a signed-in session as soon as its account is deactivated or its password reset, on
 * whichever node the next request lands (the state is read from the database), and keeps a person
 * with a one-time password on the password page until they choose their own.
 */
@WebFilter(filterName = "sessionGuard", urlPatterns = "/*")
public class SessionGuard extends HttpFilter {

  /** Session attribute: the account's session epoch when this session signed in. */
  public static final String EPOCH = "org.rightsacademy.people.epoch";

  static final String PASSWORD_PAGE = "/account/password.xhtml";

  @EJB private AccountService accounts;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = request.getUserPrincipal();
    HttpSession session = request.getSession(false);
    if (principal == null) {
      chain.doFilter(request, response);
      return;
    }
    AccountService.SessionState state = accounts.sessionState(principal.getName());
    Object epoch = session == null ? null : session.getAttribute(EPOCH);
    // A signed-in request without the stamp of our sign-in page is not trusted either.
    if (!state.active() || !Integer.valueOf(state.epoch()).equals(epoch)) {
      if (session != null) {
        session.invalidate();
      }
      request.logout();
      response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
      return;
    }
    String path = request.getServletPath();
    if (state.mustChangePassword() && !exempt(path)) {
      response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean exempt(String path) {
    return path.equals(PASSWORD_PAGE)
        || path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/errors/")
        || path.equals("/login.xhtml");
  }
}

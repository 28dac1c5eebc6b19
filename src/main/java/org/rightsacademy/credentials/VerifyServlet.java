package org.rightsacademy.credentials;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public verification address: {@code /verify/KD7R-MXQ4-…} (what the QR code carries) shows
 * the verification page for that number; {@code /verify?code=…} (the page's own form, which works
 * without JavaScript) moves to that address; {@code /verify} alone shows the empty form.
 */
@WebServlet("/verify/*")
public class VerifyServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  /** The number from the path, handed to the page (a query string on the forward would re-parse the parameters). */
  static final String NUMBER = "org.rightsacademy.credentials.number";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
    if (!path.isEmpty()) {
      request.setAttribute(NUMBER, path);
      request.getRequestDispatcher("/verify.xhtml").forward(request, response);
      return;
    }
    String typed = request.getParameter("code");
    if (typed != null && !typed.isBlank()) {
      String number = Certificate.CODE.normalize(typed).map(Certificate.CODE::display).orElse(typed.strip());
      response.sendRedirect(request.getContextPath() + "/verify/" + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20"));
      return;
    }
    request.getRequestDispatcher("/verify.xhtml").forward(request, response);
  }
}

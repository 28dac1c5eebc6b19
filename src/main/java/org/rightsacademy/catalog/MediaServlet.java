package org.rightsacademy.catalog;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Images of learning packages: {@code /learn/media/<version id>/<path in the package>}. Signed-in
 * people only (the /learn/ constraint), and only of a version whose lessons the caller may see (see
 * {@code LearnerView#mayShow}; any other is not found); cached for a year, since a version never
 * changes; and served so that an SVG opened on its own cannot run script (and only an SVG {@link
 * SvgCheck} passes is served at all).
 */
@WebServlet("/learn/media/*")
public class MediaServlet extends HttpServlet {

  private static final Map<String, String> TYPES =
      Map.of(
          "png",
          "image/png",
          "jpg",
          "image/jpeg",
          "jpeg",
          "image/jpeg",
          "gif",
          "image/gif",
          "webp",
          "image/webp",
          "svg",
          "image/svg+xml");

  @EJB private CourseCatalog catalog;
  @jakarta.inject.Inject private org.rightsacademy.progress.LearnerView view;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = Optional.ofNullable(request.getPathInfo()).orElse("");
    int slash = path.indexOf('/', 1);
    String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    if (slash < 0
        || !path.substring(1, slash).matches("\\d{1,18}")
        || !TYPES.containsKey(extension)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    long versionId = Long.parseLong(path.substring(1, slash));
    // Only a version the caller's lesson pages show: the current one, or the one they are in.
    Optional<byte[]> bytes =
        view.mayShow(versionId)
            ? catalog.file(versionId, path.substring(slash + 1))
            : Optional.empty();
    // A version stored before SVGs were parsed on load is checked again as it is served.
    if (bytes.isEmpty() || (extension.equals("svg") && SvgCheck.problem(bytes.get()).isPresent())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(TYPES.get(extension));
    response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    response.setContentLength(bytes.get().length);
    response.getOutputStream().write(bytes.get());
  }
}

package org.rightsacademy.authoring;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.rightsacademy.catalog.ImageCheck;

/**
 * {@code GET /author/media/<course code>/<path in the draft>}: a picture of a course's draft, for
 * the editor's preview and the course preview. Under /author/*, so only trainers and admins reach
 * it (web.xml); {@link DraftService#image} serves only a picture the named draft holds, in the
 * format its bytes are. A draft changes, so the browser asks again each time and gets "not
 * modified" while the picture is the same.
 */
@WebServlet("/author/media/*")
public class DraftMediaServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private DraftService drafts;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = Optional.ofNullable(request.getPathInfo()).orElse("");
    int slash = path.indexOf('/', 1);
    String code = slash < 0 ? "" : path.substring(1, slash);
    String file = slash < 0 ? "" : path.substring(slash + 1);
    Optional<byte[]> bytes =
        code.matches("[a-z0-9][a-z0-9-]{0,59}") ? drafts.image(code, file) : Optional.empty();
    Optional<ImageCheck.Format> format = bytes.flatMap(b -> ImageCheck.servable(file, b));
    if (format.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String etag = "\"" + digest(bytes.get()) + "\"";
    response.setHeader("Cache-Control", "private, no-cache");
    response.setHeader("ETag", etag);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(format.get().contentType());
    response.setHeader(
        "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    response.setContentLength(bytes.get().length);
    response.getOutputStream().write(bytes.get());
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
          .substring(0, 24);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

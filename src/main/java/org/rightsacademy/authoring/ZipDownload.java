package org.rightsacademy.authoring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/** A course's zip sent as a download: the {@code code} parameter checked, never cached. */
final class ZipDownload {

  private ZipDownload() {}

  /**
   * Sends the zip {@code zipOf} gives for the request's course code as {@code <code><suffix>}; not
   * found (with {@code missing} and the code) for a malformed code or when there is none.
   */
  static void send(
      HttpServletRequest request,
      HttpServletResponse response,
      Function<String, Optional<byte[]>> zipOf,
      String suffix,
      String missing)
      throws IOException {
    String code = request.getParameter("code");
    Optional<byte[]> zip =
        code == null || !code.matches("[a-z0-9][a-z0-9-]{0,59}")
            ? Optional.empty()
            : zipOf.apply(code);
    if (zip.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, missing + code);
      return;
    }
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + code + suffix + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(zip.get().length);
    response.getOutputStream().write(zip.get());
  }
}

package org.rightsacademy.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers with generated content (a PDF, a credential, a JSON answer): never cached, as it may hold
 * personal data.
 */
public final class Downloads {

  private Downloads() {}

  /**
   * Sends the bytes with their type; with a file name, as that file — saved ({@code attachment}) or
   * shown ({@code inline}).
   */
  public static void send(
      HttpServletResponse response,
      byte[] body,
      String contentType,
      String fileName,
      boolean attachment)
      throws IOException {
    response.setContentType(contentType);
    if (fileName != null) {
      response.setHeader(
          "Content-Disposition",
          (attachment ? "attachment" : "inline") + "; filename=\"" + fileName + "\"");
    }
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** Instead of the file: why it cannot be had now, as plain text in the reader's language. */
  public static void refuse(HttpServletResponse response, int status, String reason)
      throws IOException {
    byte[] text = reason.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(text.length);
    response.getOutputStream().write(text);
  }
}

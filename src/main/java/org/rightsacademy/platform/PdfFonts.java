package org.rightsacademy.platform;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled fonts (see resources/fonts/README.md), embedded in every PDF: four scripts, one family. */
public final class PdfFonts {

  private static final BaseFont REGULAR = load("fonts/DejaVuSans.ttf");
  private static final BaseFont BOLD = load("fonts/DejaVuSans-Bold.ttf");

  private PdfFonts() {}

  public static BaseFont regular() {
    return REGULAR;
  }

  public static BaseFont bold() {
    return BOLD;
  }

  /** Answers with a generated PDF: never cached (it holds personal data), shown or downloaded. */
  public static void send(jakarta.servlet.http.HttpServletResponse response, byte[] pdf, String fileName, boolean download) throws IOException {
    response.setContentType("application/pdf");
    response.setHeader("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\"" + fileName + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(pdf.length);
    response.getOutputStream().write(pdf);
  }

  private static BaseFont load(String resource) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is not in the application");
      }
      return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException(e);
    }
  }
}

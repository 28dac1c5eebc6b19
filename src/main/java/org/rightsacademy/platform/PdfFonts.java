package org.rightsacademy.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The bundled fonts (see resources/fonts/README.md), embedded in every PDF: four scripts, one
 * family.
 */
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

  /**
   * Writes text in the band between {@code left} and {@code right} below {@code top}, wrapped and
   * aligned (an {@link org.openpdf.text.Element} alignment); right to left when asked, which also
   * joins Arabic letters and keeps embedded Latin words in reading order. Returns where the next
   * line may start.
   */
  public static float write(
      org.openpdf.text.pdf.PdfContentByte canvas,
      String text,
      org.openpdf.text.Font font,
      float top,
      float left,
      float right,
      int alignment,
      boolean rtl) {
    return write(canvas, text, font, top, left, right, alignment, rtl, false);
  }

  /** As {@link #write}, or, when {@code measureOnly}, only where the next line would start. */
  public static float write(
      org.openpdf.text.pdf.PdfContentByte canvas,
      String text,
      org.openpdf.text.Font font,
      float top,
      float left,
      float right,
      int alignment,
      boolean rtl,
      boolean measureOnly) {
    org.openpdf.text.pdf.ColumnText column = new org.openpdf.text.pdf.ColumnText(canvas);
    column.setRunDirection(
        rtl
            ? org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_RTL
            : org.openpdf.text.pdf.PdfWriter.RUN_DIRECTION_LTR);
    column.setSimpleColumn(
        new org.openpdf.text.Phrase(text, font),
        left,
        top - 400,
        right,
        top,
        font.getSize() * 1.3f,
        alignment);
    try {
      column.go(measureOnly);
    } catch (org.openpdf.text.DocumentException e) {
      throw new IllegalStateException(e);
    }
    return column.getYLine();
  }

  private static BaseFont load(String resource) {
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font " + resource + " is not in the application");
      }
      return BaseFont.createFont(
          resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (org.openpdf.text.DocumentException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.rightsacademy.workshops;

import java.io.ByteArrayOutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.rightsacademy.platform.Human;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.PdfFonts;
import org.rightsacademy.platform.PdfQr;

/**
 * A printable A4 poster for the room: the workshop, the join code in large letters, the join link,
 * and a QR code of the link drawn as vector squares (sharp at any size). Written in the workshop's
 * language, right to left in Arabic with its letters joined.
 */
public final class JoinPoster {

  /** The poster's words, in the workshop's language. */
  public record Words(String heading, String scan, String orType) {}

  private JoinPoster() {}

  public static byte[] pdf(Workshop workshop, String link, Words words) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, bytes);
      document.addTitle(workshop.getTitle());
      document.open();
      PdfContentByte canvas = writer.getDirectContent();
      float width = PageSize.A4.getWidth();
      float top = PageSize.A4.getHeight() - 60;
      boolean rtl = workshop.getLanguage() == Language.AR;
      top = line(canvas, words.heading(), new Font(PdfFonts.bold(), 30), top, width, rtl);
      top = line(canvas, workshop.getTitle(), new Font(PdfFonts.bold(), 20), top - 10, width, rtl);
      top =
          line(
              canvas,
              workshop.getCity()
                  + " · "
                  + words(workshop).country(workshop.getCountry())
                  + " · "
                  + words(workshop).period(workshop.getStartsOn(), workshop.getEndsOn()),
              new Font(PdfFonts.regular(), 14),
              top - 4,
              width,
              rtl);
      top = line(canvas, words.scan(), new Font(PdfFonts.regular(), 16), top - 24, width, rtl);
      float size = 300;
      float bottom = top - 16 - size;
      PdfQr.draw(canvas, link, (width - size) / 2, bottom, size);
      top = line(canvas, words.orType(), new Font(PdfFonts.regular(), 16), bottom - 20, width, rtl);
      top = line(canvas, link, new Font(PdfFonts.regular(), 12), top - 4, width, false);
      line(
          canvas, workshop.getDisplayCode(), new Font(PdfFonts.bold(), 64), top - 20, width, false);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  /** Dates and the country as the workshop's language writes them. */
  private static Human words(Workshop workshop) {
    return Human.in(workshop.getLanguage());
  }

  /** One centred line (wrapped if long); returns where the next line starts. */
  private static float line(
      PdfContentByte canvas, String text, Font font, float top, float width, boolean rtl) {
    return PdfFonts.write(canvas, text, font, top, 48, width - 48, Element.ALIGN_CENTER, rtl);
  }
}

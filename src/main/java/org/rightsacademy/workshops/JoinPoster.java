package org.rightsacademy.workshops;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.PdfFonts;

/**
 * A printable A4 poster for the room: the workshop, the join code in large letters, the join
 * link, and a QR code of the link drawn as vector squares (sharp at any size). Written in the
 * workshop's language, right to left in Arabic with its letters joined.
 */
public final class JoinPoster {

  /** The poster's words, in the workshop's language. */
  public record Words(String heading, String scan, String orType) {}

  private JoinPoster() {}

  /** The QR code of a link, with a quiet zone, medium error correction (survives a crease). */
  static BitMatrix qr(String link) {
    try {
      return new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("link too long for a QR code: " + link.length() + " characters", e);
    }
  }

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
      top = line(canvas, workshop.getCity() + " · " + workshop.getStartsOn() + " – " + workshop.getEndsOn(), new Font(PdfFonts.regular(), 14), top - 4, width, rtl);
      top = line(canvas, words.scan(), new Font(PdfFonts.regular(), 16), top - 24, width, rtl);
      BitMatrix matrix = qr(link);
      float size = 300;
      float cell = size / matrix.getWidth();
      float left = (width - size) / 2;
      float bottom = top - 16 - size;
      canvas.setRGBColorFill(0, 0, 0);
      for (int y = 0; y < matrix.getHeight(); y++) {
        for (int x = 0; x < matrix.getWidth(); x++) {
          if (matrix.get(x, y)) {
            canvas.rectangle(left + x * cell, bottom + (matrix.getHeight() - 1 - y) * cell, cell, cell);
          }
        }
      }
      canvas.fill();
      top = line(canvas, words.orType(), new Font(PdfFonts.regular(), 16), bottom - 20, width, rtl);
      top = line(canvas, link, new Font(PdfFonts.regular(), 12), top - 4, width, false);
      line(canvas, workshop.getDisplayCode(), new Font(PdfFonts.bold(), 64), top - 20, width, false);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  /** One centred line (wrapped if long); returns where the next line starts. */
  private static float line(PdfContentByte canvas, String text, Font font, float top, float width, boolean rtl) {
    ColumnText column = new ColumnText(canvas);
    column.setRunDirection(rtl ? com.lowagie.text.pdf.PdfWriter.RUN_DIRECTION_RTL : com.lowagie.text.pdf.PdfWriter.RUN_DIRECTION_LTR);
    column.setSimpleColumn(new Phrase(text, font), 48, top - 200, width - 48, top, font.getSize() * 1.25f, Element.ALIGN_CENTER);
    try {
      column.go();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return column.getYLine();
  }
}

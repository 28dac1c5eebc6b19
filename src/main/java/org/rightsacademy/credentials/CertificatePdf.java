package org.rightsacademy.credentials;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.rightsacademy.people.Countries;
import org.rightsacademy.platform.PdfFonts;
import org.rightsacademy.platform.PdfQr;

/**
 * A certificate as an A4 landscape PDF in its own language: right to left in Arabic, with letters
 * joined and Latin words (a name, a city) kept in reading order; the number, and a QR code of the
 * verification link, at the foot. Fonts are embedded, so it prints the same anywhere.
 */
public final class CertificatePdf {

  private static final Rectangle PAGE = PageSize.A4.rotate();
  private static final Color INK = new Color(0x1f, 0x2a, 0x44);
  private static final Color ACCENT = new Color(0x0b, 0x5c, 0x8a);
  private static final Color MUTED = new Color(0x4a, 0x55, 0x68);
  private static final float MARGIN = 56;

  private CertificatePdf() {}

  /** The certificate, with words from the bundle of its language and the link its QR code carries. */
  public static byte[] pdf(Certificate certificate, String verifyLink, ResourceBundle words) {
    Locale locale = certificate.getLanguage().locale();
    boolean rtl = certificate.getLanguage().rightToLeft();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document(PAGE, MARGIN, MARGIN, MARGIN, MARGIN);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, bytes);
      document.addTitle(words.getString("certificate.pdf.title") + " — " + certificate.getHolderName());
      // Screen readers and text extraction learn the language (and so the direction) of the text.
      writer.getExtraCatalog().put(com.lowagie.text.pdf.PdfName.LANG, new com.lowagie.text.pdf.PdfString(certificate.getLanguage().code()));
      document.open();
      PdfContentByte canvas = writer.getDirectContent();
      frame(canvas);
      float left = MARGIN + 30;
      float right = PAGE.getWidth() - MARGIN - 30;
      float top = PAGE.getHeight() - MARGIN - 34;

      top = PdfFonts.write(canvas, certificate.getIssuer(), font(PdfFonts.bold(), 13, ACCENT), top, left, right, Element.ALIGN_CENTER, rtl);
      top = PdfFonts.write(canvas, words.getString("certificate.pdf.title"), font(PdfFonts.bold(), 30, INK), top - 14, left, right, Element.ALIGN_CENTER, rtl);
      top = PdfFonts.write(canvas, words.getString("certificate.pdf.certifies"), font(PdfFonts.regular(), 14, MUTED), top - 18, left, right, Element.ALIGN_CENTER, rtl);
      top = PdfFonts.write(canvas, certificate.getHolderName(), font(PdfFonts.bold(), 26, INK), top - 8, left, right, Element.ALIGN_CENTER, rtl);
      top = PdfFonts.write(canvas, words.getString("certificate.pdf.completed"), font(PdfFonts.regular(), 14, MUTED), top - 10, left, right, Element.ALIGN_CENTER, rtl);
      top = PdfFonts.write(canvas, certificate.getCourseTitle(), font(PdfFonts.bold(), 19, ACCENT), top - 6, left, right, Element.ALIGN_CENTER, rtl);
      Font detail = font(PdfFonts.regular(), 12.5f, INK);
      if (certificate.workshop().isPresent()) {
        Certificate.Workshop w = certificate.workshop().get();
        String where = MessageFormat.format(words.getString("certificate.pdf.workshop"), w.title(), w.city(), Countries.name(w.country(), locale),
            date(w.startsOn(), locale), date(w.endsOn(), locale));
        top = PdfFonts.write(canvas, where, detail, top - 12, left, right, Element.ALIGN_CENTER, rtl);
      }
      String when = MessageFormat.format(words.getString("certificate.pdf.completed_on"), date(certificate.getCompletedAt(), locale));
      if (certificate.finalScore().isPresent()) {
        NumberFormat percent = NumberFormat.getIntegerInstance(locale);
        when += " · " + MessageFormat.format(words.getString("certificate.pdf.score"), percent.format(Math.round(certificate.finalScore().get())));
      }
      PdfFonts.write(canvas, when, detail, top - 8, left, right, Element.ALIGN_CENTER, rtl);

      foot(canvas, certificate, verifyLink, words, locale, rtl, left, right);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  /** The number and issuer on the reading side, the QR code and the link on the other. */
  private static void foot(PdfContentByte canvas, Certificate certificate, String link, ResourceBundle words, Locale locale, boolean rtl,
      float left, float right) {
    float qrSize = 92;
    float bottom = MARGIN + 22;
    float qrLeft = rtl ? left : right - qrSize;
    PdfQr.draw(canvas, link, qrLeft, bottom, qrSize);
    float textLeft = rtl ? left + qrSize + 16 : left;
    float textRight = rtl ? right : right - qrSize - 16;
    // Text set right to left aligns LEFT to its start (the right edge); the number and the link
    // are always set left to right, so they are aligned to the page's reading side explicitly.
    int start = Element.ALIGN_LEFT;
    int latinStart = rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    float top = bottom + qrSize;
    Font small = font(PdfFonts.regular(), 10, MUTED);
    top = PdfFonts.write(canvas, words.getString("certificate.pdf.number"), small, top, textLeft, textRight, start, rtl);
    top = PdfFonts.write(canvas, certificate.getDisplayCode(), font(PdfFonts.bold(), 15, INK), top - 1, textLeft, textRight, latinStart, false);
    String issued = MessageFormat.format(words.getString("certificate.pdf.issued"), certificate.getIssuer(), date(certificate.getIssuedAt(), locale));
    top = PdfFonts.write(canvas, issued, small, top - 6, textLeft, textRight, start, rtl);
    top = PdfFonts.write(canvas, words.getString("certificate.pdf.verify"), small, top - 4, textLeft, textRight, start, rtl);
    PdfFonts.write(canvas, link, font(PdfFonts.regular(), 9, ACCENT), top - 1, textLeft, textRight, latinStart, false);
  }

  private static void frame(PdfContentByte canvas) {
    canvas.saveState();
    canvas.setColorStroke(ACCENT);
    canvas.setLineWidth(2.5f);
    canvas.rectangle(MARGIN - 20, MARGIN - 20, PAGE.getWidth() - 2 * (MARGIN - 20), PAGE.getHeight() - 2 * (MARGIN - 20));
    canvas.stroke();
    canvas.setLineWidth(0.75f);
    canvas.rectangle(MARGIN - 13, MARGIN - 13, PAGE.getWidth() - 2 * (MARGIN - 13), PAGE.getHeight() - 2 * (MARGIN - 13));
    canvas.stroke();
    canvas.restoreState();
  }

  private static Font font(com.lowagie.text.pdf.BaseFont base, float size, Color color) {
    Font font = new Font(base, size);
    font.setColor(color);
    return font;
  }

  static String date(Instant at, Locale locale) {
    return date(LocalDate.ofInstant(at, ZoneOffset.UTC), locale);
  }

  static String date(LocalDate day, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
  }
}

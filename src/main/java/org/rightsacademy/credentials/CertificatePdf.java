package org.rightsacademy.credentials;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.rightsacademy.people.Countries;
import org.rightsacademy.platform.Dates;
import org.rightsacademy.platform.GradeFormat;
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
  private static final float QR_SIZE = 92;
  private static final float FOOT_BOTTOM = MARGIN + 22;

  /** The foot (number, issue date, link, QR code) sits below this line; the body stays above it. */
  private static final float FOOT_TOP = FOOT_BOTTOM + QR_SIZE + 14;

  private static final float MIN_SCALE = 0.55f;

  private CertificatePdf() {}

  /**
   * The certificate, with words from the bundle of its language and the link its QR code carries.
   * Without a link (no public address is set) the foot has no QR code and no address: it names the
   * number and the issuer to ask. A guessed address on paper that lasts years could send whoever
   * checks it to someone else's site; the PDF is made at each download, so it gains its QR code as
   * soon as an administrator sets the address.
   */
  public static byte[] pdf(
      Certificate certificate, Optional<String> verifyLink, ResourceBundle words) {
    return pdf(certificate, verifyLink, words, org.rightsacademy.platform.Human.zone());
  }

  /**
   * The certificate with its dates (completed, issued) on the days they were in the given time
   * zone: the platform's ({@code RA_TIME_ZONE}), as pages show them.
   */
  static byte[] pdf(
      Certificate certificate,
      Optional<String> verifyLink,
      ResourceBundle words,
      java.time.ZoneId zone) {
    Locale locale = certificate.getLanguage().locale();
    boolean rtl = certificate.getLanguage().rightToLeft();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document(PAGE, MARGIN, MARGIN, MARGIN, MARGIN);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, bytes);
      document.addTitle(
          words.getString("certificate.pdf.title") + " — " + certificate.getHolderName());
      // Screen readers and text extraction learn the language (and so the direction) of the text.
      writer
          .getExtraCatalog()
          .put(
              org.openpdf.text.pdf.PdfName.LANG,
              new org.openpdf.text.pdf.PdfString(certificate.getLanguage().code()));
      document.open();
      PdfContentByte canvas = writer.getDirectContent();
      frame(canvas);
      float left = MARGIN + 30;
      float right = PAGE.getWidth() - MARGIN - 30;
      float top = PAGE.getHeight() - MARGIN - 34;
      // Long names, titles or workshop lines must never run into the foot: shrink the body to fit.
      List<Line> lines = body(certificate, words, locale, zone);
      float scale = 1f;
      while (scale > MIN_SCALE
          && write(canvas, lines, scale, top, left, right, rtl, true) < FOOT_TOP + 10) {
        scale -= 0.05f;
      }
      write(canvas, lines, scale, top, left, right, rtl, false);
      foot(canvas, certificate, verifyLink, words, locale, zone, rtl, left, right);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  /** One centred line of the body: its text, face, size and colour, and the space above it. */
  private record Line(String text, BaseFont face, float size, Color color, float gap) {}

  private static List<Line> body(
      Certificate certificate, ResourceBundle words, Locale locale, java.time.ZoneId zone) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(certificate.getIssuer(), PdfFonts.bold(), 13, ACCENT, 0));
    lines.add(new Line(words.getString("certificate.pdf.title"), PdfFonts.bold(), 30, INK, 14));
    lines.add(
        new Line(words.getString("certificate.pdf.certifies"), PdfFonts.regular(), 14, MUTED, 18));
    lines.add(new Line(certificate.getHolderName(), PdfFonts.bold(), 26, INK, 8));
    lines.add(
        new Line(words.getString("certificate.pdf.completed"), PdfFonts.regular(), 14, MUTED, 10));
    lines.add(new Line(certificate.getCourseTitle(), PdfFonts.bold(), 19, ACCENT, 6));
    if (certificate.workshop().isPresent()) {
      Certificate.Workshop w = certificate.workshop().get();
      String where =
          MessageFormat.format(
              words.getString("certificate.pdf.workshop"),
              w.title(),
              w.city(),
              Countries.name(w.country(), locale),
              Dates.longDate(w.startsOn(), locale),
              Dates.longDate(w.endsOn(), locale));
      lines.add(new Line(where, PdfFonts.regular(), 12.5f, INK, 12));
    }
    String when =
        MessageFormat.format(
            words.getString("certificate.pdf.completed_on"),
            Dates.longDate(certificate.getCompletedAt(), locale, zone));
    if (certificate.finalScore().isPresent()) {
      when +=
          " · "
              + MessageFormat.format(
                  words.getString("certificate.pdf.score"),
                  GradeFormat.percent(certificate.finalScore().get(), locale));
    }
    lines.add(new Line(when, PdfFonts.regular(), 12.5f, INK, 8));
    return lines;
  }

  /** Writes (or only measures) the body at a scale; returns where it ends. */
  private static float write(
      PdfContentByte canvas,
      List<Line> lines,
      float scale,
      float top,
      float left,
      float right,
      boolean rtl,
      boolean measureOnly) {
    float y = top;
    for (Line line : lines) {
      y =
          PdfFonts.write(
              canvas,
              line.text(),
              font(line.face(), line.size() * scale, line.color()),
              y - line.gap() * scale,
              left,
              right,
              Element.ALIGN_CENTER,
              rtl,
              measureOnly);
    }
    return y;
  }

  /** The number and issuer on the reading side, the QR code and the link on the other. */
  private static void foot(
      PdfContentByte canvas,
      Certificate certificate,
      Optional<String> link,
      ResourceBundle words,
      Locale locale,
      java.time.ZoneId zone,
      boolean rtl,
      float left,
      float right) {
    float qrSize = link.isPresent() ? QR_SIZE : -16;
    float bottom = FOOT_BOTTOM;
    float qrLeft = rtl ? left : right - qrSize;
    link.ifPresent(l -> PdfQr.draw(canvas, l, qrLeft, bottom, QR_SIZE));
    float textLeft = rtl ? left + qrSize + 16 : left;
    float textRight = rtl ? right : right - qrSize - 16;
    // Text set right to left aligns LEFT to its start (the right edge); the number and the link
    // are always set left to right, so they are aligned to the page's reading side explicitly.
    int start = Element.ALIGN_LEFT;
    int latinStart = rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
    float top = FOOT_TOP - 4;
    Font small = font(PdfFonts.regular(), 10, MUTED);
    top =
        PdfFonts.write(
            canvas,
            words.getString("certificate.pdf.number"),
            small,
            top,
            textLeft,
            textRight,
            start,
            rtl);
    top =
        PdfFonts.write(
            canvas,
            certificate.getDisplayCode(),
            font(PdfFonts.bold(), 15, INK),
            top - 1,
            textLeft,
            textRight,
            latinStart,
            false);
    String issued =
        MessageFormat.format(
            words.getString("certificate.pdf.issued"),
            Dates.longDate(certificate.getIssuedAt(), locale, zone));
    top = PdfFonts.write(canvas, issued, small, top - 6, textLeft, textRight, start, rtl);
    if (link.isEmpty()) {
      String ask =
          MessageFormat.format(
              words.getString("certificate.pdf.verify_number"), certificate.getIssuer());
      PdfFonts.write(canvas, ask, small, top - 4, textLeft, textRight, start, rtl);
      return;
    }
    top =
        PdfFonts.write(
            canvas,
            words.getString("certificate.pdf.verify"),
            small,
            top - 4,
            textLeft,
            textRight,
            start,
            rtl);
    PdfFonts.write(
        canvas,
        link.get(),
        font(PdfFonts.regular(), 9, ACCENT),
        top - 1,
        textLeft,
        textRight,
        latinStart,
        false);
  }

  private static void frame(PdfContentByte canvas) {
    canvas.saveState();
    canvas.setColorStroke(ACCENT);
    canvas.setLineWidth(2.5f);
    canvas.rectangle(
        MARGIN - 20,
        MARGIN - 20,
        PAGE.getWidth() - 2 * (MARGIN - 20),
        PAGE.getHeight() - 2 * (MARGIN - 20));
    canvas.stroke();
    canvas.setLineWidth(0.75f);
    canvas.rectangle(
        MARGIN - 13,
        MARGIN - 13,
        PAGE.getWidth() - 2 * (MARGIN - 13),
        PAGE.getHeight() - 2 * (MARGIN - 13));
    canvas.stroke();
    canvas.restoreState();
  }

  private static Font font(org.openpdf.text.pdf.BaseFont base, float size, Color color) {
    Font font = new Font(base, size);
    font.setColor(color);
    return font;
  }
}

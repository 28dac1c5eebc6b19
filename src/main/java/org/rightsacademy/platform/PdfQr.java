package org.rightsacademy.platform;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * QR codes of links, drawn into PDFs as vector squares: sharp at any size, in print and on screen.
 */
public final class PdfQr {

  private PdfQr() {}

  /** The QR code of a link, with a quiet zone, medium error correction (survives a crease). */
  public static BitMatrix of(String link) {
    try {
      return new QRCodeWriter()
          .encode(
              link,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  2,
                  EncodeHintType.CHARACTER_SET,
                  "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException(
          "link too long for a QR code: " + link.length() + " characters", e);
    }
  }

  /**
   * Draws the link's QR code as a black square of {@code size} points whose lower left corner is at
   * (left, bottom).
   */
  public static void draw(
      PdfContentByte canvas, String link, float left, float bottom, float size) {
    BitMatrix matrix = of(link);
    float cell = size / matrix.getWidth();
    canvas.saveState();
    canvas.setRGBColorFill(0, 0, 0);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          canvas.rectangle(
              left + x * cell, bottom + (matrix.getHeight() - 1 - y) * cell, cell, cell);
        }
      }
    }
    canvas.fill();
    canvas.restoreState();
  }
}

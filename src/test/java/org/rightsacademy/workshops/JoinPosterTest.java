package org.rightsacademy.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.rightsacademy.platform.Language;

/** The join poster: a QR code that a phone reads back as the link, and the code in print. */
class JoinPosterTest {

  static final String LINK = "https://academy.example.org/join.xhtml?code=KD7RMXQ4";

  private static Workshop workshop(Language language, String title) {
    return new Workshop(
        new Workshop.Details(
            title,
            "JO",
            "Amman",
            null,
            LocalDate.of(2026, 12, 7),
            LocalDate.of(2026, 12, 9),
            language,
            20,
            Workshop.Status.PLANNED,
            false,
            Set.of("borders"),
            Set.of(1L)),
        "KD7RMXQ4",
        Instant.parse("2026-11-28T00:00:00Z"));
  }

  @Test
  void theQrCodeReadsBackAsTheJoinLink() throws Exception {
    BitMatrix matrix = org.rightsacademy.platform.PdfQr.of(LINK);
    int scale = 4;
    int size = matrix.getWidth() * scale;
    int[] pixels = new int[size * size];
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        pixels[y * size + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    BinaryBitmap image =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
    assertEquals(LINK, new QRCodeReader().decode(image).getText());
  }

  @Test
  void thePosterIsAnA4PageWithTheCodeAndTheLink() throws Exception {
    byte[] pdf =
        JoinPoster.pdf(
            workshop(Language.FR, "Atelier de Saint-Louis"),
            LINK,
            new JoinPoster.Words(
                "Rejoignez l’atelier",
                "Scannez le code",
                "ou ouvrez cette adresse et saisissez le code :"));
    PdfReader reader = new PdfReader(pdf);
    assertEquals(1, reader.getNumberOfPages());
    assertEquals(PageSize.A4.getWidth(), reader.getPageSize(1).getWidth(), 0.5);
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    assertTrue(text.contains("KD7R-MXQ4"), text);
    assertTrue(text.contains("Atelier de Saint-Louis"), text);
    assertTrue(text.contains(LINK), text);
    assertTrue(
        text.contains("Amman · Jordanie · 7 déc. 2026 – 9 déc. 2026"),
        "the place and dates as French writes them, not ISO: " + text);
    assertTrue(!text.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), text);
  }

  @Test
  void anArabicPosterIsWrittenWithTheEmbeddedFont() throws Exception {
    byte[] pdf =
        JoinPoster.pdf(
            workshop(Language.AR, "ورشة عمّان"),
            LINK,
            new JoinPoster.Words("انضم إلى الورشة", "امسح الرمز", "أو افتح هذا العنوان"));
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "posters"));
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "posters", "poster-ar.pdf"),
        pdf); // for a person to look at
    PdfReader reader = new PdfReader(pdf);
    String text = new PdfTextExtractor(reader).getTextFromPage(1);
    assertTrue(text.contains("KD7R-MXQ4"), text);
    assertTrue(
        new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("DejaVuSans"),
        "the font travels with the file");
  }
}

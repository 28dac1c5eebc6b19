package org.rightsacademy.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.rightsacademy.platform.Language;

/**
 * Certificates read back by an independent PDF reader (PDFBox) say what they should, in reading
 * order: Arabic words in logical order with a Latin name inside them, Cyrillic intact, the number
 * and the verification link. The PDFs are also kept under target/certificates for a look.
 */
class CertificatePdfTest {

  static final String LINK = "https://academy.example.org/verify/KD7R-MXQ4-TC3W-9PAE";

  static Certificate certificate(Language language, String holder, String title, Double score) {
    Certificate.Contents contents =
        new Certificate.Contents(
            7,
            "borders",
            3,
            language,
            holder,
            title,
            "JO",
            new Certificate.Workshop(
                50,
                "ورشة عمّان",
                "Amman",
                "JO",
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 9)),
            Instant.parse("2026-12-09T14:30:00Z"),
            score,
            "Rights Academy");
    return new Certificate(
        contents, 1, "KD7RMXQ4TC3W9PAE", Instant.parse("2026-12-09T14:30:01Z"), null, null);
  }

  static String text(Certificate certificate, String file) throws IOException {
    byte[] pdf =
        CertificatePdf.pdf(
            certificate,
            java.util.Optional.of(LINK),
            ResourceBundle.getBundle("i18n.messages", certificate.getLanguage().locale()));
    Path out = Path.of("target", "certificates", file);
    Files.createDirectories(out.getParent());
    Files.write(out, pdf);
    return read(pdf);
  }

  /**
   * The text of a one-page PDF as PDFBox reads it, Arabic presentation forms folded back to
   * letters.
   */
  static String read(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertEquals(1, document.getNumberOfPages());
      return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
    }
  }

  @Test
  void anArabicCertificateReadsInArabicOrderWithTheLatinNameInsideIt() throws IOException {
    String text =
        text(
            certificate(
                Language.AR, "ليلى حداد (Leila Haddad)", "حقوق الإنسان على الحدود الدولية", 85.0),
            "certificate-ar.pdf");
    assertTrue(text.contains("شهادة إتمام"), text);
    assertTrue(text.contains("ليلى حداد"), text);
    assertTrue(text.contains("Leila Haddad"), text);
    assertTrue(text.contains("حقوق الإنسان على الحدود الدولية"), text);
    assertTrue(text.contains("KD7R-MXQ4-TC3W-9PAE"), text);
    assertTrue(text.contains(LINK), text);
  }

  @Test
  void aRussianCertificateKeepsItsCyrillic() throws IOException {
    String text =
        text(
            certificate(
                Language.RU, "Анна Ковальчук", "Права человека на международных границах", null),
            "certificate-ru.pdf");
    assertTrue(text.contains("Сертификат о прохождении курса"), text);
    assertTrue(text.contains("Анна Ковальчук"), text);
    assertTrue(text.contains("Права человека на международных границах"), text);
    assertFalse(text.contains("%"), "no score when the course does not print it: " + text);
  }

  @Test
  void theQrCodeAsPrintedOpensTheVerificationPage() throws Exception {
    byte[] pdf =
        CertificatePdf.pdf(
            certificate(Language.AR, "ليلى حداد", "حقوق الإنسان على الحدود الدولية", null),
            java.util.Optional.of(LINK),
            ResourceBundle.getBundle("i18n.messages", Language.AR.locale()));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      java.awt.image.BufferedImage page =
          new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      com.google.zxing.BinaryBitmap image =
          new com.google.zxing.BinaryBitmap(
              new com.google.zxing.common.HybridBinarizer(
                  new com.google.zxing.RGBLuminanceSource(
                      page.getWidth(), page.getHeight(), pixels)));
      assertEquals(
          LINK,
          new com.google.zxing.qrcode.QRCodeReader()
              .decode(
                  image, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
              .getText());
    }
  }

  @Test
  void withoutAPublicAddressTheCertificateCarriesNoLinkAndNoQrCodeButItsNumberAndIssuer()
      throws Exception {
    Certificate certificate =
        certificate(
            Language.FR, "Awa Ndiaye", "Les droits humains aux frontières internationales", null);
    byte[] pdf =
        CertificatePdf.pdf(
            certificate,
            java.util.Optional.empty(),
            ResourceBundle.getBundle("i18n.messages", Language.FR.locale()));
    String text = read(pdf);
    assertTrue(text.contains("KD7R-MXQ4-TC3W-9PAE"), text);
    assertTrue(text.contains("Rights Academy"), text);
    assertFalse(text.contains("http"), "no address: " + text);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      java.awt.image.BufferedImage page =
          new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      com.google.zxing.BinaryBitmap image =
          new com.google.zxing.BinaryBitmap(
              new com.google.zxing.common.HybridBinarizer(
                  new com.google.zxing.RGBLuminanceSource(
                      page.getWidth(), page.getHeight(), pixels)));
      org.junit.jupiter.api.Assertions.assertThrows(
          com.google.zxing.NotFoundException.class,
          () ->
              new com.google.zxing.qrcode.QRCodeReader()
                  .decode(
                      image,
                      java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)),
          "no QR code");
    }
  }

  @Test
  void theLongestTextsShrinkToStayClearOfTheNumberAndTheQrCode() throws IOException {
    Certificate.Contents contents =
        new Certificate.Contents(
            7,
            "icrmw",
            3,
            Language.FR,
            "Marie-Christine Ndèye Fatou Diallo-Sarr épouse Ba Gueye",
            "La Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille (1990)"
                + " dans la pratique quotidienne des forces de défense et de sécurité, des magistrats et des greffiers",
            "SN",
            new Certificate.Workshop(
                50,
                "Atelier national de renforcement des capacités des forces de défense et de sécurité sur les droits"
                    + " des personnes en mouvement",
                "Saint-Louis",
                "SN",
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 9)),
            Instant.parse("2026-12-09T14:30:00Z"),
            92.5,
            "Haut-Commissariat des Nations Unies aux droits de l’homme, Bureau régional pour l’Afrique de l’Ouest");
    byte[] pdf =
        CertificatePdf.pdf(
            new Certificate(
                contents, 1, "KD7RMXQ4TC3W9PAE", Instant.parse("2026-12-09T14:30:01Z"), null, null),
            java.util.Optional.of(LINK),
            ResourceBundle.getBundle("i18n.messages", Language.FR.locale()));
    Files.write(Path.of("target", "certificates", "certificate-long-fr.pdf"), pdf);
    java.util.Map<String, Float> lines = new java.util.LinkedHashMap<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void writeString(
            String text, List<org.apache.pdfbox.text.TextPosition> positions) {
          float bottom = 0;
          for (org.apache.pdfbox.text.TextPosition p : positions) {
            bottom = Math.max(bottom, p.getYDirAdj());
          }
          lines.put(text, bottom);
        }
      }.getText(document);
    }
    float lastBodyLine =
        lines.entrySet().stream()
            .filter(e -> e.getKey().startsWith("Terminé le"))
            .findFirst()
            .orElseThrow()
            .getValue();
    float footStarts =
        lines.entrySet().stream()
            .filter(e -> e.getKey().startsWith("Numéro du certificat"))
            .findFirst()
            .orElseThrow()
            .getValue();
    assertTrue(
        lastBodyLine + 10 < footStarts,
        "the body ends (" + lastBodyLine + ") above the foot (" + footStarts + "): " + lines);
  }

  @Test
  void anEnglishCertificateNamesTheWorkshopTheDateAndTheScore() throws IOException {
    String text =
        text(
            certificate(Language.EN, "Moussa Diop", "Human rights at international borders", 85.0),
            "certificate-en.pdf");
    assertTrue(text.contains("Moussa Diop"), text);
    assertTrue(text.contains("Amman"), text);
    assertTrue(text.contains("December 9, 2026"), text);
    assertTrue(text.contains("final test score 85%"), text);
  }

  @Test
  void itsDatesAreTheDaysTheyWereInThePlatformsTimeZoneInTheCertificatesLanguage()
      throws IOException {
    // Completed and issued at 22:30 UTC on 9 December: already the 10th in Amman (UTC+3).
    Certificate.Contents contents =
        new Certificate.Contents(
            7,
            "borders",
            3,
            Language.FR,
            "Moussa Diop",
            "Les droits humains aux frontières",
            "JO",
            null,
            Instant.parse("2026-12-09T22:30:00Z"),
            null,
            "Rights Academy");
    Certificate late =
        new Certificate(
            contents, 1, "KD7RMXQ4TC3W9PAE", Instant.parse("2026-12-09T22:30:01Z"), null, null);
    ResourceBundle french = ResourceBundle.getBundle("i18n.messages", Language.FR.locale());
    String amman =
        read(
            CertificatePdf.pdf(
                late, java.util.Optional.of(LINK), french, java.time.ZoneId.of("Asia/Amman")));
    assertTrue(amman.contains("Terminé le 10 décembre 2026"), amman);
    assertTrue(amman.contains("Délivré le 10 décembre 2026"), amman);
    String dakar =
        read(
            CertificatePdf.pdf(
                late, java.util.Optional.of(LINK), french, java.time.ZoneId.of("Africa/Dakar")));
    assertTrue(dakar.contains("Terminé le 9 décembre 2026"), dakar);
    assertEquals(
        "10 décembre 2026",
        org.rightsacademy.platform.Dates.longDate(
            Instant.parse("2026-12-09T22:30:00Z"),
            Language.FR.locale(),
            java.time.ZoneId.of("Asia/Amman")));
  }
}

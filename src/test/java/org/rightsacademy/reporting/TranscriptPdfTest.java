package org.rightsacademy.reporting;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.rightsacademy.platform.Human;
import org.rightsacademy.platform.Language;

/**
 * Transcripts read back by an independent PDF reader (PDFBox) in the reader's language: dates as
 * the language writes them and never ISO stamps, the country's name, translated statuses and quiz
 * titles instead of codes, Arabic joined and in reading order, and the attempts table clear of the
 * lines above it. The PDFs and a picture of their first page are kept under target/transcripts.
 */
class TranscriptPdfTest {

  static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T|\\b)");
  static final Pattern CODES =
      Pattern.compile("\\b(COMPLETED|IN_PROGRESS|NOT_STARTED|FINAL_TEST|PRE_TEST|MODULE)\\b");

  static Transcript transcript(Language language) {
    Human words = Human.in(language);
    String moduleTitle =
        switch (language) {
          case FR -> "Définitions";
          case RU -> "Определения";
          case AR -> "التعريفات";
          case EN -> "Definitions";
        };
    List<Transcript.Attempt> attempts =
        List.of(
            new Transcript.Attempt(
                "pre-test",
                words.text("quiz.pre_test"),
                "PRE_TEST",
                1,
                Instant.parse("2026-12-05T09:12:00Z"),
                40.0,
                false),
            new Transcript.Attempt(
                "module-1",
                words.text("quiz.module", moduleTitle),
                "MODULE",
                1,
                Instant.parse("2026-12-05T10:30:00Z"),
                100.0,
                true),
            new Transcript.Attempt(
                "final-test",
                words.text("quiz.final_test"),
                "FINAL_TEST",
                2,
                Instant.parse("2026-12-05T21:42:08.117868Z"),
                91.7,
                true));
    return new Transcript(
        42,
        language == Language.AR ? "ليلى حداد" : "Awa Diop",
        "it-awa",
        "SN",
        "institution.gendarmerie",
        null,
        List.of(
            new Transcript.Course(
                "borders",
                language == Language.AR ? "حقوق الإنسان على الحدود" : "Human rights at borders",
                3,
                Instant.parse("2026-12-04T08:00:00Z"),
                "COMPLETED",
                Instant.parse("2026-12-05T21:42:08.117868Z"),
                4,
                4,
                2,
                2,
                40.0,
                91.7,
                51.7,
                attempts,
                new Transcript.Certificate("KD7R-MXQ4-TC3W-9PAE", "KD7RMXQ4TC3W9PAE", false)),
            new Transcript.Course(
                "labour",
                language == Language.AR ? "حقوق العمال المهاجرين" : "Migrant workers' rights",
                1,
                Instant.parse("2026-12-05T08:00:00Z"),
                "IN_PROGRESS",
                null,
                1,
                4,
                0,
                2,
                null,
                null,
                null,
                List.of(),
                null)));
  }

  /** The PDF's text as PDFBox reads it; the PDF and its first page as PNG kept for a look. */
  static String text(Language language) throws IOException {
    byte[] pdf = TranscriptPdf.render(transcript(language), language);
    Path folder = Path.of("target", "transcripts");
    Files.createDirectories(folder);
    Files.write(folder.resolve("transcript-" + language.code() + ".pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
      ImageIO.write(page, "png", folder.resolve("transcript-" + language.code() + ".png").toFile());
      return new PDFTextStripper().getText(document);
    }
  }

  static String folded(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  @Test
  void aFrenchTranscriptSpeaksFrenchWithoutCodesOrIsoStamps() throws IOException {
    String text = folded(text(Language.FR));
    assertFalse(ISO.matcher(text).find(), "no ISO stamp: " + text);
    assertFalse(CODES.matcher(text).find(), "no status or quiz code: " + text);
    assertFalse(text.contains("module-1"), "no quiz id: " + text);
    assertTrue(text.contains("Pays : Sénégal"), text);
    assertTrue(text.contains("Terminé le 5 déc. 2026"), "completed, on the day: " + text);
    assertTrue(text.contains("En cours"), "the status, translated: " + text);
    assertTrue(text.contains("test initial 40 % · test final 91,7 %"), "scores: " + text);
    assertTrue(text.contains("Quiz : Définitions"), "the module quiz's title: " + text);
    assertTrue(text.contains("Test final"), text);
    assertTrue(text.contains("5 déc. 2026"), "the day as French writes it: " + text);
    assertTrue(text.contains("Gendarmerie"), text);
    assertTrue(text.contains("Réussi"), text);
  }

  @Test
  void anEnglishTranscriptNamesTheCountryAndTheQuizzes() throws IOException {
    String text = folded(text(Language.EN));
    assertFalse(ISO.matcher(text).find(), text);
    assertFalse(CODES.matcher(text).find(), text);
    assertTrue(text.contains("Country: Senegal"), text);
    assertTrue(text.contains("Completed on Dec 5, 2026"), text);
    assertTrue(text.contains("In progress"), text);
    assertTrue(text.contains("Final test"), text);
    assertTrue(text.contains("Dec 5, 2026"), text);
  }

  /**
   * Arabic is set right to left: the letters are shaped (presentation forms in the PDF, which
   * reading folds back) and a reader extracts the words in their logical order; the lines start at
   * the right margin.
   */
  @Test
  void anArabicTranscriptIsJoinedAndReadsRightToLeft() throws IOException {
    String text = folded(text(Language.AR));
    assertFalse(ISO.matcher(text).find(), text);
    assertFalse(CODES.matcher(text).find(), text);
    assertTrue(text.contains("السنغال"), "Senegal in Arabic: " + text);
    assertTrue(text.contains("الاختبار النهائي"), "the final test, in reading order: " + text);
    assertTrue(text.contains("اختبار: التعريفات"), "the module quiz's title: " + text);
    assertTrue(text.contains("قيد التقدم"), "the status: " + text);
    assertTrue(text.contains("تاريخ الإكمال: 5 ديسمبر 2026"), text);
    assertTrue(text.contains("ليلى حداد"), text);
    assertTrue(text.contains("5 ديسمبر 2026"), "the day as Arabic writes it: " + text);
  }

  /**
   * Shaped, not merely drawn: Arabic writes lam followed by alef as one glyph (the ligature ﻻ), so
   * a shaped PDF has a glyph that reads as the two letters; letters set one by one never do.
   */
  @Test
  void arabicLettersAreJoined() throws IOException {
    byte[] pdf = TranscriptPdf.render(transcript(Language.AR), Language.AR);
    List<String> glyphs = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          positions.forEach(p -> glyphs.add(folded(p.getUnicode())));
        }
      }.getText(document);
    }
    assertTrue(glyphs.contains("لا"), "lam-alef is one glyph (الاختبار): " + glyphs);
  }

  @Test
  void inArabicTheTitleStartsAtTheRightMargin() throws IOException {
    byte[] pdf = TranscriptPdf.render(transcript(Language.AR), Language.AR);
    List<TextPosition> first = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      float width = document.getPage(0).getMediaBox().getWidth();
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          if (first.isEmpty()) {
            first.addAll(positions);
          }
        }
      }.getText(document);
      float rightmost =
          (float)
              first.stream().mapToDouble(p -> p.getXDirAdj() + p.getWidthDirAdj()).max().orElse(0);
      assertTrue(
          rightmost > width - 40 - 2,
          "the title ends at the right margin: " + rightmost + "/" + width);
    }
  }

  /** No line of text runs into the table below it: the table's top rule sits under every letter. */
  @Test
  void theAttemptsTableKeepsClearOfTheLinesAboveIt() throws IOException {
    byte[] pdf = TranscriptPdf.render(transcript(Language.FR), Language.FR);
    List<float[]> lines = new ArrayList<>();
    float[] headerTop = {Float.NaN};
    try (PDDocument document = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          float top =
              (float)
                  positions.stream()
                      .mapToDouble(p -> p.getYDirAdj() - p.getHeightDir())
                      .min()
                      .orElse(0);
          float bottom =
              (float) positions.stream().mapToDouble(TextPosition::getYDirAdj).max().orElse(0);
          if (text.startsWith("Quiz") && Float.isNaN(headerTop[0])) {
            headerTop[0] = top;
          } else if (Float.isNaN(headerTop[0])) {
            lines.add(new float[] {top, bottom});
          }
        }
      }.getText(document);
    }
    assertFalse(Float.isNaN(headerTop[0]), "the table's header is there");
    float lastLineBottom = lines.get(lines.size() - 1)[1];
    // The header's text sits 3 points under the table's top rule; the rule must clear the line
    // above.
    assertTrue(
        lastLineBottom + 6 < headerTop[0] - 3,
        "the last line above the table ends at "
            + lastLineBottom
            + ", the table starts at "
            + (headerTop[0] - 3));
    assertTrue(lines.stream().noneMatch(l -> l[1] > headerTop[0]), "no line runs below the top");
  }
}

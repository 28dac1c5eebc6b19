package org.rightsacademy.reporting;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.rightsacademy.people.Account;
import org.rightsacademy.platform.Downloads;
import org.rightsacademy.platform.GradeFormat;
import org.rightsacademy.platform.Human;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.LanguageNegotiation;
import org.rightsacademy.platform.PdfFonts;

/**
 * {@code GET /teach/transcript.pdf?account=}: the transcript as a PDF in the reader's language (the
 * page's: cookie, then browser), for those who may see it; otherwise not found. Dates, country,
 * statuses and quiz titles are written as on the page; in Arabic every line and the attempts table
 * run right to left, which also joins the letters.
 */
@WebServlet("/teach/transcript.pdf")
public class TranscriptPdf extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Color MUTED = new Color(0x4a, 0x55, 0x68);
  private static final Color RULE = new Color(0xb8, 0xc2, 0xcc);

  @EJB private TranscriptService transcripts;
  @jakarta.inject.Inject private org.rightsacademy.people.CurrentUser user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Account> viewer = user.account();
    Language language = LanguageNegotiation.resolve(request);
    Optional<Transcript> transcript = Optional.empty();
    try {
      long id = Long.parseLong(request.getParameter("account"));
      transcript = viewer.flatMap(v -> transcripts.of(v, id, language));
    } catch (NumberFormatException e) {
      // not a learner's id
    }
    if (transcript.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such learner");
      return;
    }
    byte[] pdf = render(transcript.get(), language);
    Downloads.send(
        response,
        pdf,
        "application/pdf",
        "transcript-" + transcript.get().username() + ".pdf",
        true);
  }

  static byte[] render(Transcript t, Language language) {
    Human words = Human.in(language);
    int direction =
        language.rightToLeft() ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    Font title = new Font(PdfFonts.bold(), 16);
    Font heading = new Font(PdfFonts.bold(), 11);
    Font small = new Font(PdfFonts.bold(), 9);
    Font text = new Font(PdfFonts.regular(), 9);
    Font muted = new Font(PdfFonts.regular(), 9);
    muted.setColor(MUTED);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, bytes);
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
      document.addTitle(words.text("transcript.title") + " — " + t.name());
      document.open();
      document.add(
          line(
              words.text("transcript.title") + " — " + t.name() + " (" + t.username() + ")",
              title,
              direction,
              0));
      List<String> who = new ArrayList<>();
      if (t.country() != null) {
        who.add(words.text("transcript.country", words.country(t.country())));
      }
      if (t.institution() != null) {
        who.add(words.text("transcript.institution", words.text(t.institution())));
      }
      if (!who.isEmpty()) {
        document.add(line(String.join(" · ", who), muted, direction, 2));
      }
      for (Transcript.Course course : t.courses()) {
        document.add(
            line(
                words.text(
                    "transcript.course",
                    course.title(),
                    course.code(),
                    String.valueOf(course.revision())),
                heading,
                direction,
                14));
        String state =
            words.text("transcript.enrolled", words.date(course.enrolledAt()))
                + " · "
                + (course.completedAt() == null
                    ? words.status(course.status())
                    : words.text("transcript.completed_on", words.date(course.completedAt())));
        document.add(line(state, text, direction, 2));
        document.add(
            line(
                words.text("transcript.lessons")
                    + " "
                    + course.lessonsDone()
                    + "/"
                    + course.lessonsTotal()
                    + " · "
                    + words.text("transcript.quizzes")
                    + " "
                    + course.quizzesPassed()
                    + "/"
                    + course.quizzesTotal(),
                text,
                direction,
                1));
        document.add(
            line(
                words.text(
                    "transcript.scores",
                    number(course.preScore(), language),
                    number(course.finalScore(), language),
                    course.gain() == null
                        ? "—"
                        : GradeFormat.points(course.gain(), language.locale())),
                text,
                direction,
                1));
        if (course.certificate() != null) {
          document.add(
              line(
                  words.text("verify.number")
                      + " "
                      + course.certificate().number()
                      + (course.certificate().revoked()
                          ? " · " + words.text("certificates.status.revoked")
                          : ""),
                  text,
                  direction,
                  1));
        }
        if (!course.attempts().isEmpty()) {
          document.add(attempts(course, words, direction, small, text));
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The attempts of a course: quiz title, attempt number, when, score and result. Its header
   * repeats on a new page, and it keeps a gap from the lines above it.
   */
  private static PdfPTable attempts(
      Transcript.Course course, Human words, int direction, Font header, Font text) {
    float[] widths = {4, 1.3f, 2.6f, 1.4f, 1.6f};
    if (direction == PdfWriter.RUN_DIRECTION_RTL) {
      // OpenPDF mirrors the cells of a right-to-left table but not the widths: mirror them too.
      for (int i = 0; i < widths.length / 2; i++) {
        float swap = widths[i];
        widths[i] = widths[widths.length - 1 - i];
        widths[widths.length - 1 - i] = swap;
      }
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setRunDirection(direction);
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    for (String key :
        new String[] {
          "transcript.quiz",
          "transcript.attempt",
          "transcript.submitted",
          "teach.score",
          "transcript.result"
        }) {
      table.addCell(cell(words.text(key), header, direction, true));
    }
    for (Transcript.Attempt attempt : course.attempts()) {
      table.addCell(cell(attempt.quizTitle(), text, direction, false));
      table.addCell(cell(String.valueOf(attempt.number()), text, direction, false));
      table.addCell(cell(words.dateTime(attempt.submittedAt()), text, direction, false));
      table.addCell(cell(grade(attempt.score(), words.language()), text, direction, false));
      table.addCell(
          cell(
              words.text(attempt.passed() ? "quiz.passed" : "quiz.failed"),
              text,
              direction,
              false));
    }
    return table;
  }

  private static PdfPCell cell(String value, Font font, int direction, boolean header) {
    PdfPCell cell = new PdfPCell(new Phrase(value, font));
    cell.setRunDirection(direction);
    cell.setBorderColor(RULE);
    cell.setBorderWidth(0.5f);
    cell.setPaddingTop(3);
    cell.setPaddingBottom(5);
    cell.setPaddingLeft(4);
    cell.setPaddingRight(4);
    if (header) {
      cell.setGrayFill(0.93f);
    }
    return cell;
  }

  /**
   * One line (wrapped when long) across the page, as a borderless one-cell table: the way OpenPDF
   * sets a run of text right to left and joins Arabic letters inside the document's flow.
   */
  private static PdfPTable line(String value, Font font, int direction, float spaceBefore) {
    PdfPTable line = new PdfPTable(1);
    line.setWidthPercentage(100);
    line.setRunDirection(direction);
    line.setSpacingBefore(spaceBefore);
    PdfPCell cell = new PdfPCell(new Phrase(value, font));
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setRunDirection(direction);
    cell.setHorizontalAlignment(Element.ALIGN_LEFT);
    cell.setPadding(0);
    cell.setPaddingBottom(3);
    line.addCell(cell);
    return line;
  }

  private static String grade(Double value, Language language) {
    return value == null ? "—" : number(value, language) + " %";
  }

  /** A grade without its sign, for messages that word it ("{0} %", "{0} في المئة"). */
  private static String number(Double value, Language language) {
    return value == null ? "—" : GradeFormat.percent(value, language.locale());
  }
}

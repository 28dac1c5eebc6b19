package org.rightsacademy.reporting;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.rightsacademy.people.Account;
import org.rightsacademy.platform.Downloads;
import org.rightsacademy.platform.GradeFormat;
import org.rightsacademy.platform.PdfFonts;

/**
 * {@code GET /teach/transcript.pdf?account=}: the transcript as a PDF (English headings, the
 * learner's names and course titles as written), for those who may see it; otherwise not found.
 */
@WebServlet("/teach/transcript.pdf")
public class TranscriptPdf extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  @EJB private TranscriptService transcripts;
  @jakarta.inject.Inject private org.rightsacademy.people.CurrentUser user;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Account> viewer = user.account();
    Optional<Transcript> transcript = Optional.empty();
    try {
      long id = Long.parseLong(request.getParameter("account"));
      transcript = viewer.flatMap(v -> transcripts.of(v, id));
    } catch (NumberFormatException e) {
      // not a learner's id
    }
    if (transcript.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such learner");
      return;
    }
    byte[] pdf = render(transcript.get());
    Downloads.send(
        response,
        pdf,
        "application/pdf",
        "transcript-" + transcript.get().username() + ".pdf",
        true);
  }

  static byte[] render(Transcript t) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 40, 40, 40, 40);
    Font title = new Font(PdfFonts.bold(), 16);
    Font heading = new Font(PdfFonts.bold(), 11);
    Font text = new Font(PdfFonts.regular(), 9);
    try {
      PdfWriter.getInstance(document, bytes);
      document.addTitle("Transcript " + t.username());
      document.open();
      document.add(new Paragraph("Transcript — " + t.name() + " (" + t.username() + ")", title));
      document.add(new Paragraph("Country: " + (t.country() == null ? "—" : t.country()), text));
      for (Transcript.Course course : t.courses()) {
        document.add(new Paragraph(" ", text));
        document.add(
            new Paragraph(
                course.title() + " (" + course.code() + ", version " + course.revision() + ")",
                heading));
        document.add(
            new Paragraph(
                "Enrolled "
                    + day(course.enrolledAt())
                    + " · "
                    + course.status()
                    + (course.completedAt() == null ? "" : " " + day(course.completedAt()))
                    + " · lessons "
                    + course.lessonsDone()
                    + "/"
                    + course.lessonsTotal()
                    + " · quizzes passed "
                    + course.quizzesPassed()
                    + "/"
                    + course.quizzesTotal()
                    + " · pre-test "
                    + score(course.preScore())
                    + " · final test "
                    + score(course.finalScore())
                    + " · knowledge gain "
                    + (course.gain() == null
                        ? "—"
                        : GradeFormat.points(course.gain(), Locale.ENGLISH))
                    + " points"
                    + (course.certificate() == null
                        ? ""
                        : " · certificate "
                            + course.certificate().number()
                            + (course.certificate().revoked() ? " (revoked)" : "")),
                text));
        PdfPTable attempts = new PdfPTable(new float[] {3, 2, 1, 2, 1, 1});
        attempts.setWidthPercentage(100);
        for (String header : new String[] {"Quiz", "Kind", "No.", "Submitted", "Score", "Passed"}) {
          attempts.addCell(new PdfPCell(new Phrase(header, heading)));
        }
        for (Transcript.Attempt attempt : course.attempts()) {
          for (String cell :
              new String[] {
                attempt.quiz(),
                attempt.kind(),
                String.valueOf(attempt.number()),
                day(attempt.submittedAt()),
                score(attempt.score()),
                attempt.passed() ? "yes" : "no"
              }) {
            attempts.addCell(new PdfPCell(new Phrase(cell, text)));
          }
        }
        document.add(attempts);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  private static String day(Instant at) {
    return at == null ? "—" : DAY.format(at);
  }

  private static String score(Double value) {
    return value == null ? "—" : GradeFormat.percent(value, Locale.ENGLISH) + " %";
  }
}

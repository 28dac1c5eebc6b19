package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rightsacademy.platform.Messages;

/** Bulk import of accounts from a CSV file: a report of every problem, or every account created. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;
  /** About 5,000 rows of generous width. */
  public static final long MAX_BYTES = 1_048_576;

  @EJB private AccountService accounts;
  @Inject private Messages messages;

  private transient Part file;
  private List<FieldProblem> problems = List.of();
  private List<AccountService.Created> created = List.of();

  public void upload() {
    problems = List.of();
    created = List.of();
    if (file == null || file.getSize() == 0) {
      messages.error("form:file", "import.no_file");
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      messages.error("form:file", "import.too_large", MAX_BYTES / 1024);
      return;
    }
    String text;
    try (InputStream in = file.getInputStream()) {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(in.readAllBytes()))
              .toString();
    } catch (CharacterCodingException e) {
      messages.error("form:file", "import.not_utf8");
      return;
    } catch (IOException e) {
      messages.error("form:file", "import.unreadable");
      return;
    }
    try {
      created = accounts.importAll(AccountCsv.parse(text));
      messages.info(null, "import.done", created.size());
    } catch (InvalidInputException e) {
      problems = e.problems();
      messages.error(null, "import.rejected", problems.size());
    }
  }

  /** The header line a file should start with. */
  public String getHeader() {
    return String.join(",", AccountCsv.COLUMNS);
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public List<FieldProblem> getProblems() {
    return problems;
  }

  public List<AccountService.Created> getCreated() {
    return created;
  }
}

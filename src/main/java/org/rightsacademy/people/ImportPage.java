package org.rightsacademy.people;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;

/** Bulk import of accounts from a CSV file: a report of every problem, or every account created. */
@Named
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AccountService accounts;

  private transient Part file;
  private List<FieldProblem> problems = List.of();
  private List<AccountService.Created> created = List.of();

  public void upload() {
    problems = List.of();
    created = List.of();
    Optional<String> text = CsvUpload.read(file, "form:file");
    if (text.isEmpty()) {
      return;
    }
    try {
      created = accounts.importAll(AccountCsv.parse(text.get()));
      Messages.addInfo(null, "import.done", created.size());
    } catch (InvalidInputException e) {
      problems = e.problems();
      Messages.addError(null, "import.rejected", problems.size());
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

package org.rightsacademy.authoring;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.platform.DirectionControls;
import org.rightsacademy.platform.Language;

/** The author's start page: every course with its draft, a new course, and packages in and out. */
@Named
@ViewScoped
public class AuthorCoursesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One course: published revision (0: never published), languages, whether a draft is open. */
  public record Row(String code, String title, int revision, String languages, boolean draft) {}

  @EJB private DraftService drafts;
  @EJB private CourseCatalog catalog;

  private String newCode;
  private String newTitle;
  private transient Part file;
  private List<PackageProblem> problems = List.of();
  private transient List<Row> rows;

  /**
   * The list, read once for the view (JSF asks for it in several phases) and again after an import.
   */
  public List<Row> getRows() {
    if (rows == null) {
      rows = readRows();
    }
    return rows;
  }

  private List<Row> readRows() {
    Set<String> withDraft = new TreeSet<>(drafts.drafts());
    List<Row> rows = new ArrayList<>();
    for (CourseCatalog.Published published : catalog.all()) {
      rows.add(
          new Row(
              published.course().code(),
              published.course().titles().get(Language.EN),
              published.revision(),
              String.join(
                  " ", published.course().languages().stream().map(Language::code).toList()),
              withDraft.remove(published.course().code())));
    }
    for (String code : withDraft) {
      rows.add(new Row(code, title(code), 0, "", true));
    }
    return rows;
  }

  /** A draft's English title; its code when it has none or does not read. */
  private String title(String code) {
    try {
      return drafts
          .open(code)
          .map(o -> o.draft().titles().getOrDefault(Language.EN, code))
          .orElse(code);
    } catch (UnreadableDraft e) {
      return code;
    }
  }

  public String create() {
    String code = newCode == null ? "" : newCode.strip();
    if (!code.matches("[a-z0-9][a-z0-9-]{1,59}")) {
      Messages.addError("create:code", "author.code.invalid");
      return null;
    }
    if (newTitle == null || newTitle.isBlank()) {
      Messages.addError("create:title", "author.title.required");
      return null;
    }
    Optional<String> control = DirectionControls.first(newTitle);
    if (control.isPresent()) {
      Messages.addError("create:title", "author.title.direction_control", control.get());
      return null;
    }
    try {
      drafts.create(code, newTitle.strip());
    } catch (IllegalArgumentException e) {
      Messages.addError("create:code", "author.code.taken", code);
      return null;
    }
    return "/author/course?faces-redirect=true&code=" + code;
  }

  /** Imports an uploaded zip; every refusal says why, and nothing is written. */
  public void upload() {
    rows = null;
    problems = List.of();
    if (file == null || file.getSize() == 0) {
      Messages.addError("import:file", "author.import.no_file");
      return;
    }
    if (file.getSize() > PackageUpload.MAX_UPLOAD_BYTES) {
      Messages.addError(null, "author.import.refused.too_large", file.getSize() / 1024 + " KB");
      return;
    }
    byte[] zip;
    try (InputStream in = file.getInputStream()) {
      zip = in.readNBytes((int) PackageUpload.MAX_UPLOAD_BYTES + 1);
    } catch (IOException e) {
      Messages.addError(null, "author.import.refused.not_a_zip", e.getMessage());
      return;
    }
    DraftService.Import result = drafts.importPackage(zip, file.getSubmittedFileName());
    if (result.refused() != null) {
      Messages.addError(
          null,
          "author.import.refused." + result.refused().name().toLowerCase(java.util.Locale.ROOT),
          result.refusedDetail());
    } else if (result.outcome() == CourseCatalog.LoadReport.Outcome.REJECTED) {
      problems = result.problems();
      Messages.addError(
          null, "author.import.invalid", problems.stream().filter(PackageProblem::isError).count());
    } else if (result.outcome() == CourseCatalog.LoadReport.Outcome.UNCHANGED) {
      problems = result.problems();
      Messages.addInfo(null, "author.import.unchanged", result.code(), result.revision());
    } else {
      problems = result.problems();
      Messages.addInfo(
          null,
          result.newCourse() ? "author.import.new_course" : "author.import.new_version",
          result.code(),
          result.revision());
    }
  }

  public List<PackageProblem> getProblems() {
    return problems;
  }

  public String getNewCode() {
    return newCode;
  }

  public void setNewCode(String newCode) {
    this.newCode = newCode;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}

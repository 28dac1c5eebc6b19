package org.rightsacademy.workshops;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.rightsacademy.assessment.Grades;
import org.rightsacademy.assessment.GradingService;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.progress.Completion;
import org.rightsacademy.progress.CompletionTracker;
import org.rightsacademy.progress.Enrolment;
import org.rightsacademy.progress.LearnerView;
import org.rightsacademy.progress.ProgressService;

/**
 * The trainer's live view of a workshop: participants × modules, each cell not started, in progress
 * or done with the module quiz's grade, and each participant's course status. The page refreshes
 * itself every 30 seconds while it is in view; sorted by name or by progress.
 */
@Named
@RequestScoped
public class WorkshopGrid {

  public enum CellState {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
  }

  /** One module of one course, as a column. */
  public record Column(String course, String moduleId, String title) {}

  /** One participant's cell: lessons done of the module's lessons, and the module quiz's grade. */
  public record Cell(CellState state, int lessonsDone, int lessons, Double quizGrade) {}

  /** One participant: their cells in column order and their status per course. */
  public record Row(
      long accountId,
      String name,
      String username,
      List<Cell> cells,
      List<String> courseStatus,
      int lessonsDone) {}

  @EJB private WorkshopService workshops;
  @EJB private org.rightsacademy.people.AccountDirectory directory;
  @EJB private ProgressService progress;
  @EJB private GradingService grading;
  @EJB private CompletionTracker completions;
  @EJB private CourseCatalog catalog;
  @Inject private CurrentUser user;

  private Long id;
  private String sort;
  private Workshop workshop;
  private List<String> courses = List.of();
  private List<Column> columns = List.of();
  private List<Row> rows = List.of();

  public void load() throws IOException {
    Account viewer = user.account().orElseThrow();
    workshop =
        id == null
            ? null
            : workshops.find(id).filter(w -> WorkshopService.canSee(viewer, w)).orElse(null);
    if (workshop == null) {
      Faces.responseSendError(404, "no such workshop");
      return;
    }
    courses =
        workshop.getCourses().stream().sorted().filter(c -> catalog.latest(c).isPresent()).toList();
    List<Column> header = new ArrayList<>();
    for (String code : courses) {
      for (CoursePackage.Module module : catalog.latest(code).orElseThrow().course().modules()) {
        header.add(
            new Column(
                code, module.id(), LearnerView.text(module.titles(), workshop.getLanguage())));
      }
    }
    columns = header;
    // Everyone's records in four queries, however many participants: the page refreshes itself.
    List<Long> ids =
        workshops.participants(workshop.getId()).stream().map(Participant::getAccountId).toList();
    Map<String, Enrolment> enrolments = new HashMap<>();
    progress
        .enrolments(ids, courses)
        .forEach(e -> enrolments.put(key(e.getAccountId(), e.getCourseCode()), e));
    Map<String, List<QuizAttempt>> submitted = new HashMap<>();
    grading.attempts(ids, courses).stream()
        .filter(QuizAttempt::isSubmitted)
        .forEach(
            a ->
                submitted
                    .computeIfAbsent(
                        key(a.getAccountId(), a.getCourseCode()), k -> new ArrayList<>())
                    .add(a));
    Map<Long, Completion> completion =
        completions.of(enrolments.values().stream().map(Enrolment::getId).toList());
    List<Row> built = new ArrayList<>();
    for (Account account : directory.findAll(ids)) {
      built.add(row(account, enrolments, submitted, completion));
    }
    Comparator<Row> order =
        "progress".equals(sort)
            ? Comparator.comparingInt(Row::lessonsDone)
                .reversed()
                .thenComparing(Row::name, String.CASE_INSENSITIVE_ORDER)
            : Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER);
    rows = built.stream().sorted(order).toList();
  }

  private static String key(long accountId, String code) {
    return accountId + "/" + code;
  }

  private Row row(
      Account account,
      Map<String, Enrolment> enrolments,
      Map<String, List<QuizAttempt>> attemptsOf,
      Map<Long, Completion> completion) {
    List<Cell> cells = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    int lessonsDone = 0;
    for (String code : courses) {
      Optional<Enrolment> enrolment =
          Optional.ofNullable(enrolments.get(key(account.getId(), code)));
      CoursePackage course =
          enrolment
              .flatMap(e -> catalog.version(e.getCourseVersionId()))
              .orElse(catalog.latest(code).orElseThrow().course());
      List<QuizAttempt> submitted = attemptsOf.getOrDefault(key(account.getId(), code), List.of());
      for (CoursePackage.Module module : course.modules()) {
        int done = 0;
        boolean started = false;
        for (CoursePackage.Lesson lesson : module.lessons()) {
          Enrolment.LessonStatus status =
              enrolment
                  .map(e -> e.status(Enrolment.lessonKey(module.id(), lesson.id())))
                  .orElse(Enrolment.LessonStatus.NOT_STARTED);
          done += status == Enrolment.LessonStatus.DONE ? 1 : 0;
          started |= status != Enrolment.LessonStatus.NOT_STARTED;
        }
        Double grade = null;
        boolean passed = module.quiz() == null;
        if (module.quiz() != null) {
          List<Double> scores =
              submitted.stream()
                  .filter(a -> a.getQuizId().equals(module.quiz().id()))
                  .map(a -> a.getScore().orElse(0.0))
                  .toList();
          if (!scores.isEmpty()) {
            grade = Grades.quizGrade(scores, module.quiz().settings().grading()).orElse(0);
            passed = grade >= module.quiz().settings().passMark();
            started = true;
          }
        }
        lessonsDone += done;
        CellState state =
            done == module.lessons().size() && passed
                ? CellState.DONE
                : started ? CellState.IN_PROGRESS : CellState.NOT_STARTED;
        cells.add(new Cell(state, done, module.lessons().size(), grade));
      }
      statuses.add(
          enrolment
              .map(e -> completion.get(e.getId()))
              .map(Completion::getStatus)
              .map(Enum::name)
              .orElse("NOT_STARTED"));
    }
    return new Row(
        account.getId(),
        account.getDisplayName(),
        account.getUsername(),
        cells,
        statuses,
        lessonsDone);
  }

  public Workshop getWorkshop() {
    return workshop;
  }

  public List<Column> getColumns() {
    return columns;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<String> getCourses() {
    return courses;
  }

  public String courseTitle(String code) {
    return catalog
        .latest(code)
        .map(p -> LearnerView.text(p.course().titles(), workshop.getLanguage()))
        .orElse(code);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }
}

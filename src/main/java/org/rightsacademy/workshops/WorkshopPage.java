package org.rightsacademy.workshops;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.people.FieldProblem;
import org.rightsacademy.people.InvalidInputException;
import org.rightsacademy.people.Role;
import org.rightsacademy.platform.Language;

/**
 * One workshop: its details (editable by its trainers and admins, read-only for coordinators of its
 * country), its join code and join link, and its participants. Without an id, a new workshop.
 */
@Named
@ViewScoped
public class WorkshopPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A participant as the list shows them. */
  public record Person(
      long accountId,
      String name,
      String username,
      String country,
      String institution,
      java.time.Instant joinedAt,
      Participant.Via via) {}

  /** A course to choose: code and English title. */
  public record Course(String code, String title) implements Serializable {}

  @EJB private WorkshopService workshops;
  @EJB private AccountService accounts;
  @EJB private org.rightsacademy.people.AccountDirectory directory;
  @EJB private CourseCatalog catalog;
  @EJB private org.rightsacademy.platform.PublicAddress publicAddress;
  @EJB private org.rightsacademy.people.LoginService logins;
  @Inject private CurrentUser user;

  private Long id;
  private int version;
  private String title;
  private String country;
  private String city;
  private String venue;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private Language language = Language.EN;
  private Integer expected;
  private Workshop.Status status = Workshop.Status.PLANNED;
  private boolean attendanceRequired;
  private List<String> courses = new ArrayList<>();
  private List<Long> trainers = new ArrayList<>();
  private String joinCode;
  private boolean editable;
  private transient List<Person> people;
  private transient Object peopleReadIn;

  /** The public address, read once per request (the page asks for the join link several times). */
  private transient String address;

  private transient Object addressReadIn;

  public void load() throws IOException {
    Account viewer = user.account().orElseThrow();
    if (id == null) {
      if (!viewer.hasRole(Role.TRAINER) && !viewer.hasRole(Role.ADMIN)) {
        Faces.responseSendError(403, "trainers and admins open workshops");
        return;
      }
      editable = true;
      if (viewer.hasRole(Role.TRAINER)) {
        trainers = new ArrayList<>(List.of(viewer.getId()));
      }
      country = viewer.getCountry();
      return;
    }
    Workshop workshop = workshops.find(id).orElse(null);
    if (workshop == null || !WorkshopService.canSee(viewer, workshop)) {
      // Someone else's workshop is as good as absent: its existence is not revealed.
      Faces.responseSendError(404, "no such workshop");
      return;
    }
    fill(workshop);
    editable = WorkshopService.canEdit(viewer, workshop);
  }

  /** Whether failed attempts paused or slowed a participant's sign-in (the trainer can lift it). */
  public boolean isSignInHeld(String username) {
    return logins.isHeld(username);
  }

  /** Lifts a participant's sign-in pause; the service checks that the caller trains them. */
  public void liftPause(long accountId) {
    try {
      logins.liftPause(user.account().orElseThrow(), accountId);
      Messages.addInfo(
          null,
          "users.pause_lifted",
          accounts.find(accountId).map(Account::getUsername).orElse(""));
    } catch (InvalidInputException e) {
      Messages.addError(null, "problem.not_found", String.valueOf(accountId));
    }
  }

  private void fill(Workshop workshop) {
    Workshop.Details d = workshop.details();
    id = workshop.getId();
    version = workshop.getVersion();
    title = d.title();
    country = d.country();
    city = d.city();
    venue = d.venue();
    startsOn = d.startsOn();
    endsOn = d.endsOn();
    language = d.language();
    expected = d.expectedParticipants();
    status = d.status();
    attendanceRequired = d.attendanceRequired();
    courses = new ArrayList<>(d.courses());
    trainers = new ArrayList<>(d.trainers());
    joinCode = workshop.getJoinCode();
  }

  private Workshop.Details details() {
    return new Workshop.Details(
        title,
        country,
        city,
        venue,
        startsOn,
        endsOn,
        language,
        expected,
        status,
        attendanceRequired,
        new LinkedHashSet<>(courses),
        new LinkedHashSet<>(trainers));
  }

  public String save() {
    Account editor = user.account().orElseThrow();
    try {
      if (id == null) {
        if (!editor.hasRole(Role.ADMIN) && !trainers.contains(editor.getId())) {
          trainers.add(editor.getId()); // whoever opens a workshop runs it
        }
        Workshop created = workshops.create(editor, details());
        Messages.addFlashInfo(null, "workshop.created", created.getDisplayCode());
        return "/teach/workshop?faces-redirect=true&id=" + created.getId();
      }
      fill(workshops.update(editor, id, version, details()));
      Messages.addInfo(null, "workshop.saved");
    } catch (InvalidInputException e) {
      for (FieldProblem problem : e.problems()) {
        Messages.addError(
            problem.field().isEmpty() ? null : "form:" + problem.field(),
            problem.messageKey(),
            problem.value() == null ? "" : problem.value());
      }
    } catch (jakarta.ejb.EJBException | OptimisticLockException e) {
      Messages.addError(null, "workshop.stale");
    }
    return null;
  }

  public void renewCode() {
    Workshop workshop = workshops.renewCode(user.account().orElseThrow(), id);
    joinCode = workshop.getJoinCode();
    version = workshop.getVersion();
    Messages.addInfo(null, "workshop.code_renewed", workshop.getDisplayCode());
  }

  /**
   * The address participants open, with the code in it (what the poster's QR code holds); null
   * without a public address.
   */
  public String getJoinLink() {
    Object request = FacesContext.getCurrentInstance();
    if (addressReadIn != request) {
      addressReadIn = request;
      address = publicAddress.current().orElse(null);
    }
    return address == null ? null : address + "/join.xhtml?code=" + joinCode;
  }

  /**
   * The participants, read once per request (the page lists them twice and tests them several
   * times).
   */
  public List<Person> getParticipants() {
    Object request = FacesContext.getCurrentInstance();
    if (people != null && peopleReadIn == request) {
      return people;
    }
    peopleReadIn = request;
    people = id == null ? List.of() : readParticipants();
    return people;
  }

  private List<Person> readParticipants() {
    List<Participant> participants = workshops.participants(id);
    java.util.Map<Long, Account> byId = new java.util.HashMap<>();
    directory
        .findAll(participants.stream().map(Participant::getAccountId).toList())
        .forEach(a -> byId.put(a.getId(), a));
    List<Person> people = new ArrayList<>();
    for (Participant participant : participants) {
      Optional.ofNullable(byId.get(participant.getAccountId()))
          .ifPresent(
              a ->
                  people.add(
                      new Person(
                          a.getId(),
                          a.getDisplayName(),
                          a.getUsername(),
                          a.getCountry(),
                          a.getInstitution() == null ? null : a.getInstitution().labelKey(),
                          participant.getJoinedAt(),
                          participant.getVia())));
    }
    return people;
  }

  public List<Course> getCourseChoices() {
    return catalog.all().stream()
        .map(p -> new Course(p.course().code(), p.course().titles().get(Language.EN)))
        .toList();
  }

  /** Accounts that may run a workshop. */
  public List<Account> getTrainerChoices() {
    return directory.search(
        new org.rightsacademy.people.AccountDirectory.Filter(null, Role.TRAINER, null, true),
        0,
        500,
        "displayName",
        true);
  }

  public String getDisplayCode() {
    return JoinCode.display(joinCode);
  }

  public List<Workshop.Status> getStatuses() {
    return List.of(Workshop.Status.values());
  }

  public boolean isNew() {
    return id == null;
  }

  public boolean isEditable() {
    return editable;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public Integer getExpected() {
    return expected;
  }

  public void setExpected(Integer expected) {
    this.expected = expected;
  }

  public Workshop.Status getStatus() {
    return status;
  }

  public void setStatus(Workshop.Status status) {
    this.status = status;
  }

  public boolean isAttendanceRequired() {
    return attendanceRequired;
  }

  public void setAttendanceRequired(boolean attendanceRequired) {
    this.attendanceRequired = attendanceRequired;
  }

  public List<String> getCourses() {
    return courses;
  }

  public void setCourses(List<String> courses) {
    this.courses = courses;
  }

  public List<Long> getTrainers() {
    return trainers;
  }

  public void setTrainers(List<Long> trainers) {
    this.trainers = trainers;
  }
}

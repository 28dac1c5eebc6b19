package org.rightsacademy.authoring;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.catalog.PackageReader;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.platform.AuditLog;
import org.rightsacademy.platform.Language;

/**
 * Drafts of learning packages: opening one (from the published version, or a new course), editing
 * it under optimistic locking per file, publishing it as a new version through the catalogue's
 * validator, discarding it; and packages in and out as zip files. Only trainers and admins may call
 * it.
 */
@Stateless
@RolesAllowed({"TRAINER", "ADMIN"})
public class DraftService {

  public static final String COURSE_CREATED = "COURSE_CREATED";
  public static final String COURSE_PUBLISHED = "COURSE_PUBLISHED";
  public static final String COURSE_IMPORTED = "COURSE_IMPORTED";
  public static final String DRAFT_DISCARDED = "DRAFT_DISCARDED";
  public static final String DRAFT_ITEM_DELETED = "DRAFT_ITEM_DELETED";

  /**
   * A draft as an editor sees it: the files, the revision of each (0: as published), and whether it
   * differs from the published version.
   */
  public record Opened(
      String code, Draft draft, boolean saved, Long baseVersionId, Map<String, Integer> revisions) {
    /** The revision an editor opened a file at; -1 for a file the draft does not have. */
    public int revision(String path) {
      return revisions.getOrDefault(path, -1);
    }
  }

  /** How a publication ended. */
  public record Publication(
      Outcome outcome,
      int revision,
      List<TranslationStatus.Summary> gaps,
      List<PackageProblem> problems,
      List<PublishedGap> published) {

    public Publication(
        Outcome outcome,
        int revision,
        List<TranslationStatus.Summary> gaps,
        List<PackageProblem> problems) {
      this(outcome, revision, gaps, problems, List.of());
    }

    public enum Outcome {
      PUBLISHED,
      NEEDS_CONFIRMATION,
      REJECTED,
      NOTHING_TO_PUBLISH
    }
  }

  /**
   * How an import ended: new course, new version, unchanged (with the validator's warnings), or
   * refused with the reasons.
   */
  public record Import(
      String code,
      CourseCatalog.LoadReport.Outcome outcome,
      int revision,
      boolean newCourse,
      PackageUpload.Reason refused,
      String refusedDetail,
      List<PackageProblem> problems) {}

  /** One language published with gaps: the items its learners read in English until translated. */
  public record PublishedGap(Language language, List<TranslationStatus.Item> items)
      implements java.io.Serializable {}

  @PersistenceContext private EntityManager em;
  @EJB private CourseCatalog catalog;
  @EJB private AuditLog audit;
  @Inject private Clock clock;
  @Resource private SessionContext session;
  @Inject private DraftPublisher publisher;
  @Inject private PackageTransfer transfer;

  /** The draft of a course, or its published version when nobody has edited it yet. */
  public Optional<Opened> open(String code) {
    Optional<CourseDraft> draft = find(code, LockModeType.NONE);
    if (draft.isPresent()) {
      return Optional.of(opened(draft.get(), files(draft.get())));
    }
    return catalog
        .latest(code)
        .flatMap(
            p ->
                catalog
                    .files(p.versionId())
                    .map(
                        files -> {
                          Map<String, Integer> states = new HashMap<>();
                          files.paths().forEach(path -> states.put(path, 0));
                          return new Opened(
                              code, new Draft(files.contents()), false, p.versionId(), states);
                        }));
  }

  /** A new course with a first module, lesson and quiz; its code must be new. */
  public Opened create(String code, String englishTitle) {
    if (!code.matches("[a-z0-9][a-z0-9-]{1,59}")
        || catalog.latest(code).isPresent()
        || find(code, LockModeType.NONE).isPresent()) {
      throw new IllegalArgumentException("course code taken or invalid: " + code);
    }
    CourseDraft draft = new CourseDraft(code, null, caller(), clock.instant());
    em.persist(draft);
    em.flush();
    Draft files = Draft.newCourse(code, englishTitle);
    files
        .files()
        .forEach(
            (path, content) ->
                em.persist(
                    new DraftFile(draft.getId(), path, content, 1, caller(), clock.instant())));
    audit.record(COURSE_CREATED, code, englishTitle);
    em.flush();
    return opened(draft, files(draft));
  }

  /**
   * Applies an edit to the draft (made from the published version on first edit), under a lock on
   * the draft. {@code expected} holds the revision of each file as the editor opened it; a file
   * saved by someone else since makes it an {@link EditConflict} and nothing is saved.
   */
  public Opened edit(String code, Map<String, Integer> expected, Consumer<Draft> change) {
    CourseDraft draft =
        find(code, LockModeType.PESSIMISTIC_WRITE).orElseGet(() -> startFromPublished(code));
    Map<String, DraftFile> files = files(draft);
    for (Map.Entry<String, Integer> expectation : expected.entrySet()) {
      DraftFile file = files.get(expectation.getKey());
      int current = file == null ? -1 : file.getRevision();
      if (current != expectation.getValue()) {
        throw new EditConflict(
            expectation.getKey(),
            file == null ? "?" : file.getEditedBy(),
            file == null ? clock.instant() : file.getEditedAt());
      }
    }
    Map<String, byte[]> contents = new TreeMap<>();
    files.forEach((path, file) -> contents.put(path, file.content()));
    Draft edited = new Draft(contents);
    try {
      change.accept(edited);
    } catch (EditConflict e) {
      DraftFile file = files.get(e.path());
      throw e.editedBy() != null || file == null
          ? e
          : new EditConflict(e.path(), file.getEditedBy(), file.getEditedAt());
    }
    Instant now = clock.instant();
    for (String path : edited.written()) {
      byte[] content = edited.files().get(path);
      DraftFile file = files.get(path);
      if (file == null) {
        DraftFile created = new DraftFile(draft.getId(), path, content, 1, caller(), now);
        em.persist(created);
        files.put(path, created);
      } else if (!Arrays.equals(file.content(), content)) {
        file.replace(content, caller(), now);
      }
    }
    for (String path : edited.removed()) {
      DraftFile file = files.remove(path);
      if (file != null) {
        em.remove(file);
      }
    }
    em.flush();
    return opened(draft, files);
  }

  /** Records the removal of a lesson, module or question in the audit log (with the edit). */
  public Opened delete(
      String code, String what, Map<String, Integer> expected, Consumer<Draft> change) {
    Opened opened = edit(code, expected, change);
    audit.record(DRAFT_ITEM_DELETED, code, what);
    return opened;
  }

  /**
   * Publishes the draft as the course's next version. Missing translations need {@code acceptGaps},
   * after the gap was shown: their learners then read those texts in English (see {@link
   * Draft#forLearners}). A draft the validator rejects stays a draft.
   */
  public Publication publish(String code, boolean acceptGaps) {
    Optional<CourseDraft> found = find(code, LockModeType.PESSIMISTIC_WRITE);
    if (found.isEmpty()) {
      return new Publication(Publication.Outcome.NOTHING_TO_PUBLISH, 0, List.of(), List.of());
    }
    Draft draft = opened(found.get(), files(found.get())).draft();
    return publisher.publish(code, found.get(), draft, acceptGaps, caller());
  }

  /**
   * What the draft would publish, validated: the errors that would reject it (none when it is
   * ready) and the warnings.
   */
  public List<PackageProblem> check(Draft draft) {
    return PackageReader.read(PackageFiles.of(draft.forLearners(draft.declaredVersion())))
        .problems();
  }

  /** Throws the draft away; the published version stays as it is. */
  public void discard(String code) {
    find(code, LockModeType.PESSIMISTIC_WRITE)
        .ifPresent(
            draft -> {
              em.createNamedQuery(DraftFile.DELETE_OF_DRAFT)
                  .setParameter("draft", draft.getId())
                  .executeUpdate();
              em.remove(draft);
              audit.record(DRAFT_DISCARDED, code, null);
            });
  }

  /**
   * Imports an uploaded package zip: opened with {@link PackageUpload}'s guards, validated like a
   * folder, published as a new course or a new version. A refused upload writes nothing.
   */
  public Import importPackage(byte[] zip, String fileName) {
    return transfer.importPackage(zip, fileName, caller());
  }

  /** The latest published version of a course as a zip in the courses/ format. */
  public Optional<byte[]> export(String code) {
    return transfer.export(code);
  }

  /**
   * A picture of the draft (or, before the first edit, of the published version it would start
   * from), for the editor's preview: only a file the draft holds, that is a picture in the format
   * its name says. A draft is shared by every trainer and admin (the class's roles), so any other
   * caller never gets here; a path of another draft is simply not in this one.
   */
  public Optional<byte[]> image(String code, String path) {
    if (code == null || path == null || !Images.isImagePath(path)) {
      return Optional.empty();
    }
    Optional<CourseDraft> draft = find(code, LockModeType.NONE);
    Optional<byte[]> bytes =
        draft.isPresent()
            ? Optional.ofNullable(
                    em.find(DraftFile.class, new DraftFile.Key(draft.get().getId(), path)))
                .map(DraftFile::content)
            : catalog.latest(code).flatMap(p -> catalog.file(p.versionId(), path));
    return bytes.filter(b -> org.rightsacademy.catalog.ImageCheck.servable(path, b).isPresent());
  }

  /** Why the course's draft does not read; empty when it reads (or there is none). */
  public List<PackageProblem> unreadable(String code) {
    Optional<CourseDraft> draft = find(code, LockModeType.NONE);
    if (draft.isEmpty()) {
      return List.of();
    }
    try {
      opened(draft.get(), files(draft.get()));
      return List.of();
    } catch (UnreadableDraft e) {
      return e.problems();
    }
  }

  /** The draft's files as they are stored, as a zip, without reading them as a package. */
  public Optional<byte[]> draftZip(String code) {
    return find(code, LockModeType.NONE)
        .map(
            draft -> {
              Map<String, byte[]> contents = new TreeMap<>();
              files(draft).forEach((path, file) -> contents.put(path, file.content()));
              return PackageFiles.of(contents).toZip();
            });
  }

  /** The codes of every course with a draft. */
  public List<String> drafts() {
    return em.createNamedQuery(CourseDraft.ALL, CourseDraft.class).getResultList().stream()
        .map(CourseDraft::getCourseCode)
        .toList();
  }

  private CourseDraft startFromPublished(String code) {
    CourseCatalog.Published published =
        catalog.latest(code).orElseThrow(() -> new IllegalArgumentException("no course " + code));
    PackageFiles files = catalog.files(published.versionId()).orElseThrow();
    CourseDraft draft = new CourseDraft(code, published.versionId(), caller(), clock.instant());
    em.persist(draft);
    em.flush();
    files
        .contents()
        .forEach(
            (path, content) ->
                em.persist(
                    new DraftFile(draft.getId(), path, content, 0, caller(), clock.instant())));
    em.flush();
    return draft;
  }

  private Optional<CourseDraft> find(String code, LockModeType lock) {
    return em.createNamedQuery(CourseDraft.BY_CODE, CourseDraft.class)
        .setParameter("code", code)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  private Map<String, DraftFile> files(CourseDraft draft) {
    Map<String, DraftFile> files = new LinkedHashMap<>();
    em.createNamedQuery(DraftFile.OF_DRAFT, DraftFile.class)
        .setParameter("draft", draft.getId())
        .getResultList()
        .forEach(file -> files.put(file.getPath(), file));
    return files;
  }

  private static Opened opened(CourseDraft draft, Map<String, DraftFile> files) {
    Map<String, byte[]> contents = new TreeMap<>();
    Map<String, Integer> states = new HashMap<>();
    files.forEach(
        (path, file) -> {
          contents.put(path, file.content());
          states.put(path, file.getRevision());
        });
    return new Opened(
        draft.getCourseCode(), new Draft(contents), true, draft.getBaseVersionId(), states);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}

package org.rightsacademy.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightsacademy.catalog.model.PackageProblem;

/**
 * The published courses. At start-up every package folder under {@code courses/} is read and
 * validated: an unchanged package is left alone, a changed one becomes a new revision, one with an
 * error is reported with every problem and skipped while the others load (warnings are logged and
 * do not stop it). Content is parsed and rendered once per revision and kept in memory; requests
 * never touch the files.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CourseCatalog {

  private static final Logger LOG = Logger.getLogger(CourseCatalog.class.getName());

  /**
   * How loading one package ended: the problems that rejected it, or the warnings it loaded with.
   */
  public record LoadReport(
      String origin, Outcome outcome, int revision, List<PackageProblem> problems) {
    public enum Outcome {
      NEW_REVISION,
      UNCHANGED,
      REJECTED
    }
  }

  /** A revision in memory: its database id and its content. */
  public record Published(long versionId, int revision, CoursePackage course) {}

  @EJB private CourseVersionStore store;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "ra.courses.dir", defaultValue = "./courses")
  String coursesDir;

  private final Map<String, Published> latest = new ConcurrentHashMap<>();
  private final Map<Long, CoursePackage> byVersion = new ConcurrentHashMap<>();
  private final Map<Long, PackageFiles> filesByVersion = new ConcurrentHashMap<>();

  @PostConstruct
  void start() {
    for (Path folder : folders(coursesDir)) {
      List<LoadReport> reports = loadFolder(folder);
      LOG.info(
          () ->
              "Course packages in "
                  + folder.toAbsolutePath()
                  + ": "
                  + reports.stream()
                      .map(r -> r.origin() + " " + r.outcome())
                      .collect(Collectors.joining(", ")));
    }
    for (CourseVersion version : store.latestPerCourse()) {
      if (!byVersion.containsKey(version.getId())) {
        remember(version);
      }
    }
  }

  /**
   * Picks up versions another node of a cluster published (from the browser or an upload): a query
   * of ids and revisions every half minute, and the files only of what is new.
   */
  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  void refresh() {
    for (Object[] row : store.latestRevisions()) {
      Published known = latest.get((String) row[1]);
      if (known == null || known.revision() < ((Number) row[2]).intValue()) {
        store.find(((Number) row[0]).longValue()).ifPresent(this::remember);
      }
    }
  }

  /** The course folders configured: one, or several separated by commas. */
  public static List<Path> folders(String configured) {
    return Stream.of(configured.split(","))
        .map(String::strip)
        .filter(f -> !f.isEmpty())
        .map(Path::of)
        .toList();
  }

  /** Loads every package folder (one holding a course.yaml) directly under the given folder. */
  public List<LoadReport> loadFolder(Path folder) {
    List<LoadReport> reports = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      LOG.warning(() -> "No course folder at " + folder.toAbsolutePath() + " (RA_COURSES_DIR)");
      return reports;
    }
    try (Stream<Path> children = Files.list(folder)) {
      for (Path child : children.sorted().toList()) {
        if (Files.isRegularFile(child.resolve(PackageReader.MANIFEST))) {
          reports.add(load(PackageFiles.fromFolder(child), "courses/" + child.getFileName()));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return reports;
  }

  /** Validates a package and, when valid and changed, saves and publishes it as a new revision. */
  public LoadReport load(PackageFiles files, String origin) {
    PackageReader.Result result = PackageReader.read(files);
    if (!result.ok()) {
      LOG.warning(
          () ->
              "Package "
                  + origin
                  + " rejected, nothing loaded:\n  "
                  + result.problems().stream()
                      .map(PackageProblem::toString)
                      .collect(Collectors.joining("\n  ")));
      return new LoadReport(origin, LoadReport.Outcome.REJECTED, 0, result.problems());
    }
    if (!result.warnings().isEmpty()) {
      LOG.warning(
          () ->
              "Package "
                  + origin
                  + " loads with warnings:\n  "
                  + result.warnings().stream()
                      .map(PackageProblem::toString)
                      .collect(Collectors.joining("\n  ")));
    }
    CoursePackage course = result.course().orElseThrow();
    Optional<CourseVersion> current = store.latest(course.code());
    if (current.isPresent() && current.get().getChecksum().equals(course.checksum())) {
      return new LoadReport(
          origin, LoadReport.Outcome.UNCHANGED, current.get().getRevision(), result.warnings());
    }
    CourseVersionStore.Saved stored = store.saveIfChanged(course, files, origin, clock.instant());
    CourseVersion saved = stored.version();
    if (!stored.isNew()) { // another node of the cluster saved the same content a moment ago
      return new LoadReport(
          origin, LoadReport.Outcome.UNCHANGED, saved.getRevision(), result.warnings());
    }
    Published published = new Published(saved.getId(), saved.getRevision(), course);
    latest.put(course.code(), published);
    byVersion.put(saved.getId(), course);
    filesByVersion.put(saved.getId(), files);
    return new LoadReport(
        origin, LoadReport.Outcome.NEW_REVISION, saved.getRevision(), result.warnings());
  }

  public Optional<Published> latest(String code) {
    return Optional.ofNullable(latest.get(code));
  }

  public List<Published> all() {
    return latest.values().stream()
        .sorted(java.util.Comparator.comparing(p -> p.course().code()))
        .toList();
  }

  /** A given revision, also an older one a learner is still working through. */
  public Optional<CoursePackage> version(long versionId) {
    CoursePackage cached = byVersion.get(versionId);
    if (cached != null) {
      return Optional.of(cached);
    }
    return store.find(versionId).map(this::remember).map(Published::course);
  }

  /** All files of a course version, as validated: for export and for starting a draft. */
  public Optional<PackageFiles> files(long versionId) {
    if (version(versionId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(filesByVersion.get(versionId));
  }

  /** A file of a course version (an image a lesson shows), if the version has it. */
  public Optional<byte[]> file(long versionId, String path) {
    if (version(versionId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(filesByVersion.get(versionId)).flatMap(files -> files.bytes(path));
  }

  /**
   * The lesson's HTML with its images pointing at this version's files, so that a browser may cache
   * them for good: a new revision has a new id, hence new image URLs.
   */
  public static String withMedia(String html, long versionId) {
    return html.replace(
        "src=\"" + LessonRenderer.MEDIA, "src=\"" + LessonRenderer.MEDIA + versionId + "/");
  }

  private Published remember(CourseVersion version) {
    PackageFiles files = version.files();
    filesByVersion.put(version.getId(), files);
    CoursePackage course =
        PackageReader.read(files)
            .course()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "stored version " + version.getId() + " no longer reads"));
    Published published = new Published(version.getId(), version.getRevision(), course);
    byVersion.put(version.getId(), course);
    latest.merge(course.code(), published, (a, b) -> a.revision() >= b.revision() ? a : b);
    return published;
  }
}

package org.rightsacademy.authoring;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.stream.Collectors;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.PackageFiles;
import org.rightsacademy.platform.AuditLog;
import org.rightsacademy.platform.Language;

/**
 * Publishing a locked draft as the course's next version, for {@link DraftService#publish} (which
 * checks the caller's role and runs it in its transaction): translation gaps, validation, audit.
 */
@Dependent
class DraftPublisher {

  @PersistenceContext private EntityManager em;
  @EJB private CourseCatalog catalog;
  @EJB private AuditLog audit;

  /** {@link DraftService#publish} once the draft is found, locked and read. */
  DraftService.Publication publish(
      String code, CourseDraft found, Draft draft, boolean acceptGaps, String caller) {
    List<TranslationStatus.Summary> summaries =
        TranslationStatus.summaries(TranslationStatus.of(draft));
    List<Language> targets = TranslationStatus.targets(draft, summaries);
    List<TranslationStatus.Summary> gaps =
        summaries.stream().filter(s -> !s.complete() && targets.contains(s.language())).toList();
    if (!gaps.isEmpty() && !acceptGaps) {
      return new DraftService.Publication(
          DraftService.Publication.Outcome.NEEDS_CONFIRMATION, 0, gaps, List.of());
    }
    int version =
        catalog.latest(code).map(p -> p.course().version() + 1).orElse(draft.declaredVersion());
    PackageFiles files = PackageFiles.of(draft.forLearners(version));
    CourseCatalog.LoadReport report = catalog.load(files, "editor: " + caller);
    if (report.outcome() == CourseCatalog.LoadReport.Outcome.REJECTED) {
      return new DraftService.Publication(
          DraftService.Publication.Outcome.REJECTED, 0, gaps, report.problems());
    }
    em.createNamedQuery(DraftFile.DELETE_OF_DRAFT)
        .setParameter("draft", found.getId())
        .executeUpdate();
    em.remove(found);
    String languages =
        "en" + targets.stream().map(l -> ", " + l.code()).collect(Collectors.joining());
    String missing =
        gaps.stream()
            .map(g -> g.language().code() + " " + g.missing())
            .collect(Collectors.joining(", "));
    audit.record(
        DraftService.COURSE_PUBLISHED,
        code,
        "revision "
            + report.revision()
            + "; languages "
            + languages
            + (missing.isEmpty() ? "" : "; missing " + missing));
    List<TranslationStatus.Item> items = TranslationStatus.of(draft);
    List<DraftService.PublishedGap> published =
        gaps.stream()
            .map(
                g ->
                    new DraftService.PublishedGap(
                        g.language(),
                        items.stream()
                            .filter(i -> i.state(g.language()) == TranslationStatus.State.MISSING)
                            .toList()))
            .toList();
    return new DraftService.Publication(
        DraftService.Publication.Outcome.PUBLISHED, report.revision(), gaps, List.of(), published);
  }
}

package org.rightsacademy.authoring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.rightsacademy.catalog.model.PackageProblem;
import org.rightsacademy.platform.Language;

/**
 * A course's outline in one language: its title and summary, modules and lessons in order (drag and
 * drop, or move up and down), new modules and lessons, removal, the translation summary, the
 * problems that would stop publication, preview and publish.
 */
@Named
@ViewScoped
public class CourseEditorPage extends EditorPage {

  private static final long serialVersionUID = 1L;

  private String title;
  private String summary;
  private boolean showScore;
  private int outlineRevision;
  private Map<String, String> moduleTitles = new HashMap<>();
  private Map<String, String> newLessonTitles = new HashMap<>();
  private String newModuleTitle;
  private String order;
  private DraftService.Publication publication;
  private List<DraftService.PublishedGap> publishedGaps = List.of();
  // Worked out once per request: the page asks for them several times while rendering.
  private transient List<PackageProblem> problems;
  private transient List<ProblemPlaces.Placed> placed;
  private transient List<TranslationStatus.Summary> summaries;

  public void load() throws IOException {
    if (reload()) {
      fill();
    }
  }

  @Override
  protected void reread() {
    problems = null;
    placed = null;
    summaries = null;
  }

  private void fill() {
    reread();
    Draft draft = draft();
    title = draft.titles().get(getLanguage());
    summary = draft.summaries().get(getLanguage());
    showScore = draft.showsScore();
    outlineRevision = opened().revision(Draft.OUTLINE);
    moduleTitles = new HashMap<>();
    draft.modules().forEach(m -> moduleTitles.put(m.id(), m.titles().get(getLanguage())));
    newLessonTitles = new HashMap<>();
  }

  private void edited(DraftService.Opened result) {
    opened = result;
    fill();
  }

  /** Saves the course title and summary and the module titles in this language. */
  public void saveTexts() {
    Language language = getLanguage();
    List<String> titles = new ArrayList<>(moduleTitles.values());
    titles.add(title);
    if (refusesDirectionControl(null, titles.toArray(String[]::new))) {
      return;
    }
    try {
      edited(
          drafts.edit(
              code,
              Map.of(Draft.OUTLINE, outlineRevision),
              draft -> {
                draft.setCourseTexts(language, title, summary);
                if (draft.showsScore() != showScore) {
                  draft.setShowsScore(showScore);
                }
                draft
                    .modules()
                    .forEach(
                        m -> {
                          String given = moduleTitles.get(m.id());
                          if (given != null && !given.equals(m.titles().get(language))) {
                            draft.setModuleTitle(m.id(), language, given);
                          }
                        });
              }));
      Messages.addInfo(null, "author.saved");
      List<String> texts = new ArrayList<>(List.of(String.valueOf(title), String.valueOf(summary)));
      texts.addAll(moduleTitles.values().stream().map(String::valueOf).toList());
      warnWording(language, texts.toArray(String[]::new));
    } catch (EditConflict e) {
      conflict(e);
    }
  }

  public void addModule() {
    if (newModuleTitle == null || newModuleTitle.isBlank()) {
      Messages.addError("outline:newModule", "author.title.required");
      return;
    }
    if (refusesDirectionControl("outline:newModule", newModuleTitle)) {
      return;
    }
    String given = newModuleTitle;
    edited(drafts.edit(code, Map.of(), draft -> draft.addModule(given)));
    newModuleTitle = null;
    Messages.addInfo(null, "author.saved");
  }

  public void addLesson(String moduleId) {
    String given = newLessonTitles.get(moduleId);
    if (given == null || given.isBlank()) {
      Messages.addError(null, "author.title.required");
      return;
    }
    if (refusesDirectionControl(null, given)) {
      return;
    }
    edited(drafts.edit(code, Map.of(), draft -> draft.addLesson(moduleId, given)));
    Messages.addInfo(null, "author.saved");
  }

  public void removeLesson(String key) {
    edited(drafts.delete(code, "lesson " + key, Map.of(), draft -> draft.removeLesson(key)));
    Messages.addInfo(null, "author.removed");
  }

  public void removeModule(String moduleId) {
    if (draft().modules().size() <= 1) {
      Messages.addError(null, "author.module.last");
      return;
    }
    edited(
        drafts.delete(code, "module " + moduleId, Map.of(), draft -> draft.removeModule(moduleId)));
    Messages.addInfo(null, "author.removed");
  }

  public void moveModule(String moduleId, int by) {
    List<String> ids =
        new ArrayList<>(draft().modules().stream().map(Draft.ModuleView::id).toList());
    if (move(ids, moduleId, by)) {
      edited(drafts.edit(code, Map.of(), draft -> draft.reorderModules(ids)));
    }
  }

  public void moveLesson(String moduleId, String lessonId, int by) {
    List<String> ids =
        new ArrayList<>(
            draft().modules().stream()
                .filter(m -> m.id().equals(moduleId))
                .findFirst()
                .orElseThrow()
                .lessons()
                .stream()
                .map(Draft.LessonView::id)
                .toList());
    if (move(ids, lessonId, by)) {
      edited(drafts.edit(code, Map.of(), draft -> draft.reorderLessons(moduleId, ids)));
    }
  }

  /**
   * The order a drag and drop left: "modules:a,b,c" or "lessons:module:x,y". An order that no
   * longer matches the outline (someone else changed it) is refused with a message.
   */
  public void applyOrder() {
    if (order == null || order.isBlank()) {
      return;
    }
    String[] parts = order.split(":");
    boolean[] done = {false};
    if (parts[0].equals("modules") && parts.length == 2) {
      List<String> ids = List.of(parts[1].split(","));
      edited(drafts.edit(code, Map.of(), draft -> done[0] = draft.reorderModules(ids)));
    } else if (parts[0].equals("lessons") && parts.length == 3) {
      List<String> ids = List.of(parts[2].split(","));
      edited(drafts.edit(code, Map.of(), draft -> done[0] = draft.reorderLessons(parts[1], ids)));
    }
    order = null;
    if (done[0]) {
      Messages.addInfo(null, "author.saved");
    } else {
      Messages.addError(null, "author.order.stale");
    }
  }

  private static boolean move(List<String> ids, String id, int by) {
    int from = ids.indexOf(id);
    int to = from + by;
    if (from < 0 || to < 0 || to >= ids.size()) {
      return false;
    }
    ids.add(to, ids.remove(from));
    return true;
  }

  public void publish() {
    publish(false);
  }

  public void publishWithGaps() {
    publish(true);
  }

  private void publish(boolean acceptGaps) {
    publication = drafts.publish(code, acceptGaps);
    switch (publication.outcome()) {
      case PUBLISHED -> {
        Messages.addInfo(null, "author.published", publication.revision());
        publishedGaps = publication.published();
        publication = null;
        opened = drafts.open(code).orElseThrow();
        fill();
      }
      case NEEDS_CONFIRMATION -> Messages.addWarn(null, "author.publish.gaps");
      case REJECTED ->
          Messages.addError(
              null,
              "author.publish.rejected",
              publication.problems().stream().filter(PackageProblem::isError).count());
      case NOTHING_TO_PUBLISH -> Messages.addInfo(null, "author.publish.nothing");
    }
  }

  public String discard() {
    drafts.discard(code);
    Messages.addInfo(null, "author.discarded");
    return "/author/courses?faces-redirect=true";
  }

  public List<Draft.ModuleView> getModules() {
    return draft().modules();
  }

  public List<TranslationStatus.Summary> getSummaries() {
    if (summaries == null) {
      summaries = TranslationStatus.summaries(TranslationStatus.of(draft()));
    }
    return summaries;
  }

  public List<PackageProblem> getProblems() {
    getPlacedProblems();
    return problems;
  }

  /**
   * The problems that would stop publication (and the warnings), each named by where the trainer
   * typed it: quiz, question, setting or field, language.
   */
  public List<ProblemPlaces.Placed> getPlacedProblems() {
    if (placed == null) {
      Draft draft = draft();
      Map<String, byte[]> checked = draft.forLearners(draft.declaredVersion());
      problems =
          org.rightsacademy.catalog.PackageReader.read(
                  org.rightsacademy.catalog.PackageFiles.of(checked))
              .problems();
      placed =
          ProblemPlaces.placed(
              draft,
              checked,
              problems,
              getLanguage(),
              (key, arguments) ->
                  org.rightsacademy.platform.BundleTexts.text(
                      key, arguments == null ? new Object[0] : arguments));
    }
    return placed;
  }

  public String getEnglishTitle() {
    return draft().titles().get(Language.EN);
  }

  public String getEnglishSummary() {
    return draft().summaries().get(Language.EN);
  }

  public String getPreTest() {
    return draft().preTest();
  }

  public String getFinalTest() {
    return draft().finalTest();
  }

  /** After a publication with gaps: per language, what its learners read in English for now. */
  public List<DraftService.PublishedGap> getPublishedGaps() {
    return publishedGaps;
  }

  /** Where an item of a gap list is: its quiz for a question or scenario, else nothing. */
  public String quizTitle(TranslationStatus.Item item) {
    return item.quiz() == null ? null : QuestionTitles.quiz(draft(), item.quiz(), Language.EN);
  }

  public DraftService.Publication getPublication() {
    return publication;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isShowScore() {
    return showScore;
  }

  public void setShowScore(boolean showScore) {
    this.showScore = showScore;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public Map<String, String> getModuleTitles() {
    return moduleTitles;
  }

  public Map<String, String> getNewLessonTitles() {
    return newLessonTitles;
  }

  public String getNewModuleTitle() {
    return newModuleTitle;
  }

  public void setNewModuleTitle(String newModuleTitle) {
    this.newModuleTitle = newModuleTitle;
  }

  public String getOrder() {
    return order;
  }

  public void setOrder(String order) {
    this.order = order;
  }
}

package org.rightsacademy.progress;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.platform.Language;

/** The catalogue: every published course, in the learner's language where it exists. */
@Named
@RequestScoped
public class CoursesPage {

  /** A course as the catalogue shows it. */
  public record Card(
      String code, String title, String summary, boolean fallback, boolean enrolled, int percent) {}

  @EJB private CourseCatalog catalog;
  @EJB private ProgressService progress;
  @Inject private LearnerView view;

  private List<Card> cards;

  @PostConstruct
  void load() {
    long account = view.accountId();
    cards =
        catalog.all().stream()
            .map(
                published -> {
                  Optional<Enrolment> enrolment = progress.find(account, published.course().code());
                  CoursePackage course =
                      view.course(published.course().code(), enrolment).orElse(published.course());
                  Language language = view.contentLanguage(course);
                  return new Card(
                      course.code(),
                      LearnerView.text(course.titles(), language),
                      LearnerView.text(course.summaries(), language),
                      view.isFallback(course),
                      enrolment.isPresent(),
                      LearnerView.percentDone(LearnerView.steps(course, enrolment)));
                })
            .toList();
  }

  public List<Card> getCards() {
    return cards;
  }
}

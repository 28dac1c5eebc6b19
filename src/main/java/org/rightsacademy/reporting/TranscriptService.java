package org.rightsacademy.reporting;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.assessment.QuizTitles;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.credentials.Certificate;
import org.rightsacademy.credentials.CertificateService;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.LearnerAccess;
import org.rightsacademy.platform.Human;
import org.rightsacademy.platform.Language;
import org.rightsacademy.progress.Completion;
import org.rightsacademy.progress.CompletionTracker;
import org.rightsacademy.progress.Enrolment;
import org.rightsacademy.progress.ProgressService;

/**
 * Learners' transcripts, for those who may see them: an admin, a coordinator when one of the
 * learner's courses counts in one of their countries, a trainer when the learner is in one of their
 * workshops. For anyone else the learner does not exist.
 */
@Stateless
public class TranscriptService {

  @EJB private AccountService accounts;
  @EJB private ProgressService progress;
  @EJB private AttemptService attempts;
  @EJB private CompletionTracker completions;
  @jakarta.inject.Inject private LearnerAccess access;
  @EJB private CourseCatalog catalog;
  @EJB private CertificateService certificates;

  /** The transcript with its titles in English. */
  public Optional<Transcript> of(Account viewer, long accountId) {
    return of(viewer, accountId, Language.DEFAULT);
  }

  /** The transcript with course and quiz titles in the reader's language. */
  public Optional<Transcript> of(Account viewer, long accountId, Language language) {
    Human words = Human.in(language);
    Optional<Account> learner = accounts.find(accountId);
    if (learner.isEmpty()) {
      return Optional.empty();
    }
    if (!access.maySee(viewer, accountId)) {
      return Optional.empty();
    }
    List<Enrolment> enrolments = progress.enrolments(accountId);
    java.util.Map<Long, Completion> completionOf = completions.of(accountId);
    Account a = learner.get();
    List<Transcript.Course> courses = new ArrayList<>();
    java.util.Map<Long, Transcript.Certificate> certificatesByVersion = new java.util.HashMap<>();
    for (Certificate c : certificates.issuedTo(accountId)) {
      certificatesByVersion.putIfAbsent(
          c.getCourseVersionId(),
          new Transcript.Certificate(c.getDisplayCode(), c.getCode(), c.isRevoked()));
    }
    for (Enrolment enrolment : enrolments) {
      Optional<CoursePackage> course = catalog.version(enrolment.getCourseVersionId());
      if (course.isEmpty()) {
        continue;
      }
      Completion completion = completionOf.get(enrolment.getId());
      int lessonsTotal = course.get().modules().stream().mapToInt(m -> m.lessons().size()).sum();
      List<Transcript.Attempt> tried =
          attempts.attempts(accountId, enrolment.getCourseCode()).stream()
              .filter(QuizAttempt::isSubmitted)
              .sorted(Comparator.comparing(q -> q.getSubmittedAt().orElseThrow()))
              .map(
                  q ->
                      new Transcript.Attempt(
                          q.getQuizId(),
                          QuizTitles.title(course.get(), q.getQuizId(), words),
                          q.getKind().name(),
                          q.getNumber(),
                          q.getSubmittedAt().orElseThrow(),
                          q.getScore().orElse(0.0),
                          q.isPassed()))
              .toList();
      int revision =
          catalog
              .latest(enrolment.getCourseCode())
              .filter(p -> p.versionId() == enrolment.getCourseVersionId())
              .map(CourseCatalog.Published::revision)
              .orElse(0);
      courses.add(
          new Transcript.Course(
              enrolment.getCourseCode(),
              Optional.ofNullable(course.get().titles().get(language))
                  .orElse(course.get().titles().get(Language.DEFAULT)),
              revision,
              enrolment.getEnrolledAt(),
              completion == null ? "NOT_STARTED" : completion.getStatus().name(),
              completion == null ? null : completion.getCompletedAt(),
              completion == null ? 0 : completion.outcome().lessonsDone(),
              lessonsTotal,
              completion == null ? 0 : completion.outcome().quizzesPassed(),
              completion == null ? 0 : completion.outcome().quizzesTotal(),
              completion == null ? null : completion.facts().preScore(),
              completion == null ? null : completion.facts().finalScore(),
              completion == null ? null : completion.facts().gain(),
              tried,
              certificatesByVersion.get(enrolment.getCourseVersionId())));
    }
    return Optional.of(
        new Transcript(
            a.getId(),
            a.getDisplayName(),
            a.getUsername(),
            a.getCountry(),
            a.getInstitution() == null ? null : a.getInstitution().labelKey(),
            a.getGender() == null ? null : a.getGender().labelKey(),
            courses));
  }
}

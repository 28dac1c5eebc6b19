package org.rightsacademy.assessment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.LearnerAccess;
import org.rightsacademy.platform.AuditLog;

/**
 * Essays waiting for a trainer, and their grading. Only a trainer of one of the learner's workshops
 * sees and grades a learner's essays ({@link LearnerAccess#mayGradeEssaysOf}); for anyone else — a
 * trainer of other workshops, the learner, a coordinator, an admin — the essay is not found, and
 * nothing changes. When the last essay of an attempt is graded the attempt is graded as a whole:
 * its score and pass are recorded and {@link QuizGraded} fires (completion, certificates, figures).
 */
@Stateless
public class EssayGrading {

  /** Audit action: a trainer graded an essay. */
  public static final String ESSAY_GRADED = "ESSAY_GRADED";

  @PersistenceContext private EntityManager em;
  @EJB private AttemptService attempts;
  @EJB private AuditLog audit;
  @Inject private Clock clock;
  @Inject private Event<QuizGraded> graded;
  @Inject private LearnerAccess access;

  /** One essay waiting for a grade: its attempt and position on the paper. */
  public record Waiting(
      long attemptId,
      int position,
      long accountId,
      String courseCode,
      String quizId,
      Instant submittedAt) {}

  /** The essays waiting in the workshops the trainer trains, oldest first. */
  public List<Waiting> queue(Account trainer, int max) {
    return queue(trainer, 0, max);
  }

  /** How many essays wait in the workshops the trainer trains. */
  public long waiting(Account trainer) {
    Set<Long> learners = access.essayLearners(trainer);
    if (learners.isEmpty()) {
      return 0;
    }
    return em.createQuery(
            "SELECT COUNT(i) FROM QuizAttempt a, AttemptItem i WHERE i.attemptId = a.id"
                + " AND a.status = :status AND i.score IS NULL AND a.accountId IN :learners",
            Long.class)
        .setParameter("status", QuizAttempt.Status.AWAITING)
        .setParameter("learners", learners)
        .getSingleResult();
  }

  /**
   * One page of the essays waiting for the trainer, oldest first: from {@code first}, at most max.
   */
  public List<Waiting> queue(Account trainer, int first, int max) {
    Set<Long> learners = access.essayLearners(trainer);
    if (learners.isEmpty()) {
      return List.of();
    }
    return em
        .createQuery(
            "SELECT a.id, i.position, a.accountId, a.courseCode, a.quizId, a.submittedAt"
                + " FROM QuizAttempt a, AttemptItem i WHERE i.attemptId = a.id"
                + " AND a.status = :status AND i.score IS NULL AND a.accountId IN :learners"
                + " ORDER BY a.submittedAt, a.id, i.position",
            Object[].class)
        .setParameter("status", QuizAttempt.Status.AWAITING)
        .setParameter("learners", learners)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            row ->
                new Waiting(
                    (Long) row[0],
                    (Integer) row[1],
                    (Long) row[2],
                    (String) row[3],
                    (String) row[4],
                    ((java.time.OffsetDateTime) row[5]).toInstant()))
        .toList();
  }

  /** The attempt of an essay the trainer may grade; for anyone else there is none. */
  public java.util.Optional<QuizAttempt> gradable(Account trainer, long attemptId) {
    return java.util.Optional.ofNullable(em.find(QuizAttempt.class, attemptId))
        .filter(QuizAttempt::isAwaitingGrading)
        .filter(a -> access.mayGradeEssaysOf(trainer, a.getAccountId()));
  }

  /**
   * Grades one essay (0 to 100 per cent) with a comment for the learner, audited. Not found for an
   * attempt or answer out of the trainer's scope, already graded, or not an essay.
   */
  public QuizAttempt grade(
      Account trainer, long attemptId, int position, int percent, String comment) {
    QuizAttempt attempt =
        GradingGuards.lockedAttempt(
            em,
            attemptId,
            a -> a.isAwaitingGrading() && access.mayGradeEssaysOf(trainer, a.getAccountId()),
            "essay of attempt " + attemptId + " gradable by account " + trainer.getId());
    CoursePackage course = attempts.course(attempt);
    AttemptItem item = em.find(AttemptItem.class, new AttemptItem.Key(attemptId, position));
    boolean essay =
        item != null
            && item.getScore().isEmpty()
            && Paper.question(course, item.getOriginQuiz(), item.getQuestionId())
                .filter(q -> q.type() == CoursePackage.QuestionType.ESSAY)
                .isPresent();
    if (!essay) {
      throw new AttemptException(
          AttemptException.Reason.NOT_FOUND, "essay " + position + " of attempt " + attemptId);
    }
    GradingGuards.percent(percent);
    String words = EssayText.sanitise(comment);
    if (EssayText.length(words) > AttemptItem.GRADER_COMMENT_LENGTH) {
      throw new AttemptException(
          AttemptException.Reason.TOO_LONG,
          "a comment is at most " + AttemptItem.GRADER_COMMENT_LENGTH + " characters");
    }
    Instant now = clock.instant();
    item.gradeEssay(percent / 100.0, words.isEmpty() ? null : words, trainer.getId(), now);
    audit.record(
        ESSAY_GRADED,
        GradingGuards.audited(attempt, position),
        String.format(
            Locale.ROOT,
            "%d%% by %s (account %d)%s",
            percent,
            trainer.getUsername(),
            trainer.getId(),
            words.isEmpty() ? "" : ", with a comment"));
    List<AttemptItem> items = attempts.items(attemptId);
    if (items.stream().anyMatch(i -> i.getScore().isEmpty())) {
      return attempt;
    }
    double total = Grades.percent(items.stream().map(i -> i.getScore().orElse(0.0)).toList());
    QuizSettings settings = Paper.quiz(course, attempt.getQuizId()).orElseThrow().settings();
    attempt.submit(attempt.getSubmittedAt().orElse(now), total, total >= settings.passMark());
    graded.fire(QuizGraded.of(attempt));
    return attempt;
  }
}

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
import java.util.Map;
import java.util.Optional;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.LearnerAccess;
import org.rightsacademy.platform.AuditLog;
import org.rightsacademy.platform.Language;

/**
 * Learners' submitted attempts as trainers, coordinators and admins see them (results per quiz,
 * item statistics, one attempt) and a trainer's change of a score, each kept to the learners the
 * viewer may see ({@link LearnerAccess}). The learner's own side of an attempt is {@link
 * AttemptService}.
 */
@Stateless
public class GradingService {

  /** Audit action: a trainer changed the score of one question of a submitted attempt. */
  public static final String GRADE_CHANGED = "QUIZ_GRADE_CHANGED";

  @PersistenceContext private EntityManager em;
  @EJB private AttemptService attempts;
  @EJB private AuditLog audit;
  @Inject private Clock clock;
  @Inject private Event<QuizGraded> graded;
  @Inject private LearnerAccess access;

  /**
   * The attempts of several learners in several courses, oldest first, in one query (for a
   * workshop's grid).
   */
  public List<QuizAttempt> attempts(
      java.util.Collection<Long> accountIds, java.util.Collection<String> codes) {
    return accountIds.isEmpty() || codes.isEmpty()
        ? List.of()
        : em.createNamedQuery(QuizAttempt.OF_LEARNERS_COURSES, QuizAttempt.class)
            .setParameter("accounts", accountIds)
            .setParameter("codes", codes)
            .getResultList();
  }

  /**
   * Submitted attempts at a quiz by the learners the viewer may see, newest first, a page at a time
   * (trainer and coordinator view).
   */
  public List<QuizAttempt> submitted(
      Account viewer, String code, String quizId, int first, int max) {
    LearnerAccess.Visible visible = access.visibleTo(viewer);
    if (visible.isEmpty()) {
      return List.of();
    }
    return among(
            visible,
            em.createQuery(
                "SELECT a FROM QuizAttempt a WHERE a.courseCode = :code AND a.quizId = :quiz AND a.status = :status"
                    + among(visible)
                    + " ORDER BY a.submittedAt DESC",
                QuizAttempt.class))
        .setParameter("code", code)
        .setParameter("quiz", quizId)
        .setParameter("status", QuizAttempt.Status.SUBMITTED)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** How many attempts at the quiz the learners the viewer may see have submitted. */
  public long countSubmitted(Account viewer, String code, String quizId) {
    LearnerAccess.Visible visible = access.visibleTo(viewer);
    if (visible.isEmpty()) {
      return 0;
    }
    return among(
            visible,
            em.createQuery(
                "SELECT COUNT(a) FROM QuizAttempt a WHERE a.courseCode = :code AND a.quizId = :quiz AND a.status = :status"
                    + among(visible),
                Long.class))
        .setParameter("code", code)
        .setParameter("quiz", quizId)
        .setParameter("status", QuizAttempt.Status.SUBMITTED)
        .getSingleResult();
  }

  /**
   * Submitted attempts per quiz of every course by the learners the viewer may see, keyed
   * "course/quiz", in one query.
   */
  public Map<String, Long> submittedCounts(Account viewer) {
    LearnerAccess.Visible visible = access.visibleTo(viewer);
    if (visible.isEmpty()) {
      return Map.of();
    }
    return among(
            visible,
            em.createQuery(
                "SELECT a.courseCode, a.quizId, COUNT(a) FROM QuizAttempt a WHERE a.status = :status"
                    + among(visible)
                    + " GROUP BY a.courseCode, a.quizId",
                Object[].class))
        .setParameter("status", QuizAttempt.Status.SUBMITTED)
        .getResultList()
        .stream()
        .collect(
            java.util.stream.Collectors.toMap(
                row -> row[0] + "/" + row[1], row -> ((Number) row[2]).longValue()));
  }

  /**
   * Every graded question of every submitted attempt at the quiz by the learners the viewer may
   * see, for item statistics.
   */
  public List<ItemStatistics.Observation> observations(Account viewer, String code, String quizId) {
    LearnerAccess.Visible visible = access.visibleTo(viewer);
    if (visible.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        among(
                visible,
                em.createQuery(
                    "SELECT a.id, a.language, i.originQuiz, i.questionId, i.score FROM QuizAttempt a, AttemptItem i"
                        + " WHERE i.attemptId = a.id AND a.courseCode = :code AND a.quizId = :quiz AND a.status = :status"
                        + among(visible),
                    Object[].class))
            .setParameter("code", code)
            .setParameter("quiz", quizId)
            .setParameter("status", QuizAttempt.Status.SUBMITTED)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new ItemStatistics.Observation(
                    (Long) row[0],
                    Language.fromCode((String) row[1]).orElse(Language.DEFAULT),
                    row[2] + "/" + row[3],
                    row[4] == null ? 0 : ((java.math.BigDecimal) row[4]).doubleValue()))
        .toList();
  }

  /** The condition that keeps a query on attempts to the visible learners. */
  private static String among(LearnerAccess.Visible visible) {
    return visible.everyone() ? "" : " AND a.accountId IN :learners";
  }

  private static <T> jakarta.persistence.TypedQuery<T> among(
      LearnerAccess.Visible visible, jakarta.persistence.TypedQuery<T> query) {
    return visible.everyone() ? query : query.setParameter("learners", visible.learners());
  }

  /**
   * A trainer's judgement replaces the grader's for one question of a submitted attempt (a short
   * answer worded differently, a question found faulty): the attempt's score and pass are worked
   * out again (and, through {@link QuizGraded}, the course's completion and knowledge gain), and
   * the change is audited with its reason. Only an admin or a trainer of one of the learner's
   * workshops may; for anyone else the attempt is not found and nothing changes (coordinators read,
   * they never grade).
   */
  public QuizAttempt changeScore(
      Account changer, long attemptId, int position, int percent, String reason) {
    QuizAttempt attempt =
        GradingGuards.lockedAttempt(
            em,
            attemptId,
            a -> a.isSubmitted() && access.mayActFor(changer, a.getAccountId()),
            "submitted attempt " + attemptId + " gradable by account " + changer.getId());
    GradingGuards.percent(percent);
    if (reason == null || reason.isBlank()) {
      throw new AttemptException(
          AttemptException.Reason.INVALID_ANSWER, "a changed score needs a reason");
    }
    AttemptItem item = em.find(AttemptItem.class, new AttemptItem.Key(attemptId, position));
    if (item == null) {
      throw new AttemptException(
          AttemptException.Reason.NOT_FOUND, "question " + position + " of attempt " + attemptId);
    }
    double before = item.getScore().orElse(0.0);
    double attemptBefore = attempt.getPercent();
    item.grade(percent / 100.0);
    List<Double> scores =
        attempts.items(attemptId).stream().map(i -> i.getScore().orElse(0.0)).toList();
    double total = Grades.percent(scores);
    QuizSettings settings =
        Paper.quiz(attempts.course(attempt), attempt.getQuizId()).orElseThrow().settings();
    Instant now = clock.instant();
    attempt.submit(attempt.getSubmittedAt().orElse(now), total, total >= settings.passMark());
    audit.record(
        GRADE_CHANGED,
        GradingGuards.audited(attempt, position),
        String.format(
            java.util.Locale.ROOT,
            "%.0f%% -> %d%%, attempt %.2f%% -> %.2f%%: %s",
            before * 100,
            percent,
            attemptBefore,
            total,
            reason.strip()));
    graded.fire(QuizGraded.of(attempt));
    return attempt;
  }

  /** A submitted attempt of a learner the viewer may see; for anyone else there is none. */
  public Optional<QuizAttempt> submittedFor(Account viewer, long attemptId) {
    return Optional.ofNullable(em.find(QuizAttempt.class, attemptId))
        .filter(QuizAttempt::isClosed)
        .filter(a -> access.maySee(viewer, a.getAccountId()));
  }

  /** Whether the viewer may change the scores of this attempt (see {@link #changeScore}). */
  public boolean mayGrade(Account viewer, QuizAttempt attempt) {
    return attempt.isSubmitted() && access.mayActFor(viewer, attempt.getAccountId());
  }
}

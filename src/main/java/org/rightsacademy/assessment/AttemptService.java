package org.rightsacademy.assessment;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.rightsacademy.catalog.CourseCatalog;
import org.rightsacademy.catalog.CoursePackage;
import org.rightsacademy.catalog.CoursePackage.Question;
import org.rightsacademy.catalog.CoursePackage.Quiz;
import org.rightsacademy.catalog.model.QuizSettings;
import org.rightsacademy.platform.Language;

/**
 * Starts, saves, submits and grades quiz attempts: the learner's side of an attempt's life (what
 * trainers and coordinators see and change of submitted attempts is {@link GradingService}). Every
 * answer is committed when it is saved; the attempt's row is locked by each save and by the submit,
 * so a save either lands before the grading or is refused as too late, never in between. Submitting
 * twice grades once.
 */
@Stateless
public class AttemptService {

  private static final Logger LOG = Logger.getLogger(AttemptService.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private CourseCatalog catalog;
  @Inject private Clock clock;
  @Inject private Event<QuizGraded> graded;
  @Inject private Event<QuizAwaiting> awaiting;
  @Inject private Event<QuizStarted> started;
  @Resource private SessionContext context;

  private final SecureRandom random = new SecureRandom();

  /** The learner's attempts at one quiz, oldest first. */
  public List<QuizAttempt> attempts(long accountId, String code, String quizId) {
    return em.createNamedQuery(QuizAttempt.OF_LEARNER_QUIZ, QuizAttempt.class)
        .setParameter("account", accountId)
        .setParameter("code", code)
        .setParameter("quiz", quizId)
        .getResultList();
  }

  /** Every attempt of the learner in the course, oldest first. */
  public List<QuizAttempt> attempts(long accountId, String code) {
    return em.createNamedQuery(QuizAttempt.OF_LEARNER_COURSE, QuizAttempt.class)
        .setParameter("account", accountId)
        .setParameter("code", code)
        .getResultList();
  }

  /**
   * The learner's open attempt at the quiz, or a new one on the given course version if attempts
   * are left. Two tabs starting at once: the unique attempt number lets one insert win; the caller
   * retries and resumes it.
   */
  public QuizAttempt start(
      long accountId, String code, long versionId, String quizId, Language language) {
    List<QuizAttempt> earlier = attempts(accountId, code, quizId);
    Optional<QuizAttempt> open = earlier.stream().filter(a -> !a.isClosed()).findFirst();
    if (open.isPresent()) {
      QuizAttempt attempt = closeIfOverdue(open.get());
      if (!attempt.isClosed()) {
        return attempt;
      }
    }
    CoursePackage course =
        catalog
            .version(versionId)
            .orElseThrow(
                () ->
                    new AttemptException(
                        AttemptException.Reason.NOT_FOUND, "course version " + versionId));
    Quiz quiz =
        Paper.quiz(course, quizId)
            .orElseThrow(
                () ->
                    new AttemptException(
                        AttemptException.Reason.NOT_FOUND, "quiz " + code + "/" + quizId));
    QuizSettings settings = quiz.settings();
    if (left(earlier, settings).orElse(1) <= 0) {
      throw new AttemptException(
          AttemptException.Reason.NO_ATTEMPTS_LEFT,
          code + "/" + quizId + " allows " + settings.attempts() + " attempts");
    }
    Instant now = clock.instant();
    Instant deadline =
        settings.timeLimitMinutes() == 0
            ? null
            : now.plus(Duration.ofMinutes(settings.timeLimitMinutes()));
    int number = earlier.stream().mapToInt(QuizAttempt::getNumber).max().orElse(0) + 1;
    QuizAttempt attempt =
        new QuizAttempt(
            accountId,
            code,
            versionId,
            quizId,
            kind(course, quizId),
            number,
            language,
            now,
            deadline);
    em.persist(attempt);
    em.flush();
    List<Paper.Item> items =
        Paper.draw(course, quiz, history(accountId, code, quizId), random).items();
    for (int position = 0; position < items.size(); position++) {
      em.persist(new AttemptItem(attempt.getId(), position + 1, items.get(position)));
    }
    started.fire(new QuizStarted(attempt.getId(), accountId, code, quizId));
    return attempt;
  }

  /**
   * The questions the learner was shown in earlier attempts in the course (any version), split into
   * those of this quiz's attempts and those of the other quizzes', for the next draw.
   */
  Paper.History history(long accountId, String code, String quizId) {
    Set<String> thisQuiz = new HashSet<>();
    Set<String> otherQuizzes = new HashSet<>();
    for (Object[] row :
        em.createNamedQuery(AttemptItem.SEEN_IN_COURSE, Object[].class)
            .setParameter("account", accountId)
            .setParameter("code", code)
            .getResultList()) {
      (quizId.equals(row[0]) ? thisQuiz : otherQuizzes).add(row[1] + "/" + row[2]);
    }
    return new Paper.History(Set.copyOf(thisQuiz), Set.copyOf(otherQuizzes));
  }

  /**
   * How many more attempts the learner may start at the quiz (an open attempt is not yet used up);
   * empty when the quiz sets no limit. The limit is the one of the version the learner last
   * attempted it on, or of the latest published version; {@link #start} enforces the same count.
   */
  public java.util.OptionalInt attemptsLeft(long accountId, String code, String quizId) {
    List<QuizAttempt> mine = attempts(accountId, code, quizId);
    Optional<CoursePackage> course =
        mine.isEmpty()
            ? catalog.latest(code).map(CourseCatalog.Published::course)
            : catalog.version(mine.getLast().getCourseVersionId());
    return course
        .flatMap(c -> Paper.quiz(c, quizId))
        .map(q -> left(mine, q.settings()))
        .orElse(java.util.OptionalInt.empty());
  }

  private static java.util.OptionalInt left(List<QuizAttempt> mine, QuizSettings settings) {
    return settings.attemptsLeft(mine.stream().filter(QuizAttempt::isClosed).count());
  }

  /** The attempt if it is the learner's; closes it first if its deadline has passed. */
  public QuizAttempt attempt(long accountId, long attemptId) {
    return closeIfOverdue(owned(accountId, attemptId, LockModeType.NONE));
  }

  public List<AttemptItem> items(long attemptId) {
    return em.createNamedQuery(AttemptItem.OF_ATTEMPT, AttemptItem.class)
        .setParameter("attempt", attemptId)
        .getResultList();
  }

  /** The attempt's paper with its questions, as they were when it started. */
  public CoursePackage course(QuizAttempt attempt) {
    return catalog
        .version(attempt.getCourseVersionId())
        .orElseThrow(
            () ->
                new AttemptException(
                    AttemptException.Reason.NOT_FOUND,
                    "course version " + attempt.getCourseVersionId()));
  }

  /** Saves one answer; a save with a sequence number not above the stored one changes nothing. */
  public SaveResult save(long accountId, long attemptId, int position, long seq, String response) {
    QuizAttempt attempt = owned(accountId, attemptId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (!attempt.acceptsAnswersAt(now)) {
      return new SaveResult(SaveResult.Outcome.CLOSED, 0, now);
    }
    AttemptItem item = em.find(AttemptItem.class, new AttemptItem.Key(attemptId, position));
    if (item == null) {
      throw new AttemptException(
          AttemptException.Reason.NOT_FOUND, "question " + position + " of attempt " + attemptId);
    }
    if (item.isChecked()) {
      return new SaveResult(
          SaveResult.Outcome.LOCKED, item.getSeq(), item.getSavedAt().orElse(now));
    }
    String normalised =
        AnswerCheck.validated(course(attempt), item, response, attempt.getLanguage());
    int changed =
        em.createNamedQuery(AttemptItem.SAVE)
            .setParameter("response", normalised)
            .setParameter("seq", seq)
            .setParameter("now", AttemptItem.utc(now))
            .setParameter("attempt", attemptId)
            .setParameter("position", position)
            .executeUpdate();
    if (changed == 0) {
      em.refresh(item);
      return new SaveResult(
          SaveResult.Outcome.ALREADY_SAVED, item.getSeq(), item.getSavedAt().orElse(now));
    }
    return new SaveResult(SaveResult.Outcome.SAVED, seq, now);
  }

  /**
   * Immediate feedback: saves the answer (if newer), makes it final and grades it now. Returns the
   * question's score; asking again returns the same score. Refused for quizzes whose feedback comes
   * after submission, so that nobody can probe the answer key.
   */
  public double check(long accountId, long attemptId, int position, long seq, String response) {
    QuizAttempt attempt = owned(accountId, attemptId, LockModeType.PESSIMISTIC_WRITE);
    CoursePackage course = course(attempt);
    if (Paper.quiz(course, attempt.getQuizId()).orElseThrow().settings().feedback()
        != QuizSettings.FeedbackTiming.IMMEDIATE) {
      throw new AttemptException(
          AttemptException.Reason.INVALID_ANSWER,
          "quiz " + attempt.getQuizId() + " gives feedback after submission");
    }
    AttemptItem shown = em.find(AttemptItem.class, new AttemptItem.Key(attemptId, position));
    if (shown != null
        && Paper.question(course, shown.getOriginQuiz(), shown.getQuestionId())
            .filter(q -> q.type() == CoursePackage.QuestionType.ESSAY)
            .isPresent()) {
      throw new AttemptException(
          AttemptException.Reason.INVALID_ANSWER,
          "question " + position + " is an essay: a trainer grades it after submission");
    }
    SaveResult saved = save(accountId, attemptId, position, seq, response);
    AttemptItem item = em.find(AttemptItem.class, new AttemptItem.Key(attemptId, position));
    em.refresh(item);
    if (saved.outcome() == SaveResult.Outcome.CLOSED || item.isChecked()) {
      return item.getScore().orElse(0.0);
    }
    Question question =
        Paper.question(course, item.getOriginQuiz(), item.getQuestionId()).orElseThrow();
    double score =
        Grader.score(
            question,
            Answer.decode(question.type(), item.getResponse().orElse(null)),
            Paper.quiz(course, attempt.getQuizId()).orElseThrow().settings());
    item.check(clock.instant(), score);
    return score;
  }

  /**
   * Submits and grades the attempt once: the answers given with the submission (position to
   * sequence number and answer) are saved first, like any save. A second submission, from another
   * tab or a double click, returns the graded attempt unchanged.
   */
  public QuizAttempt submit(
      long accountId, long attemptId, Map<Integer, Map.Entry<Long, String>> lastAnswers) {
    QuizAttempt attempt = owned(accountId, attemptId, LockModeType.PESSIMISTIC_WRITE);
    if (attempt.isClosed()) {
      return attempt;
    }
    for (Map.Entry<Integer, Map.Entry<Long, String>> answer : lastAnswers.entrySet()) {
      save(
          accountId,
          attemptId,
          answer.getKey(),
          answer.getValue().getKey(),
          answer.getValue().getValue());
    }
    return grade(attempt, clock.instant());
  }

  /** Submits, with what was saved, every open attempt whose deadline has passed. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int submitOverdue() {
    List<Long> overdue =
        em.createNamedQuery(QuizAttempt.OVERDUE, Long.class)
            .setParameter("now", AttemptItem.utc(clock.instant()))
            .getResultList();
    AttemptService self = context.getBusinessObject(AttemptService.class);
    overdue.forEach(self::closeOverdue);
    return overdue.size();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void closeOverdue(long attemptId) {
    QuizAttempt attempt = em.find(QuizAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    if (attempt != null && !attempt.isClosed() && attempt.isOverdue(now)) {
      grade(attempt, now);
    }
  }

  private QuizAttempt closeIfOverdue(QuizAttempt attempt) {
    if (attempt.isClosed() || !attempt.isOverdue(clock.instant())) {
      return attempt;
    }
    QuizAttempt locked =
        em.find(QuizAttempt.class, attempt.getId(), LockModeType.PESSIMISTIC_WRITE);
    return locked.isClosed() ? locked : grade(locked, clock.instant());
  }

  private QuizAttempt grade(QuizAttempt attempt, Instant now) {
    CoursePackage course = course(attempt);
    QuizSettings settings = Paper.quiz(course, attempt.getQuizId()).orElseThrow().settings();
    List<Double> scores = new ArrayList<>();
    boolean essays = false;
    for (AttemptItem item : items(attempt.getId())) {
      Question question =
          Paper.question(course, item.getOriginQuiz(), item.getQuestionId()).orElseThrow();
      Answer answer = Answer.decode(question.type(), item.getResponse().orElse(null));
      if (Grader.awaitsTrainer(question, answer)) {
        item.awaitTrainer();
        essays = true;
        scores.add(0.0);
        continue;
      }
      double score = Grader.score(question, answer, settings);
      item.grade(score);
      scores.add(score);
    }
    double percent = Grades.percent(scores);
    if (essays) {
      attempt.awaitGrading(now, percent);
      awaiting.fire(
          new QuizAwaiting(
              attempt.getId(),
              attempt.getAccountId(),
              attempt.getCourseCode(),
              attempt.getQuizId()));
      LOG.fine(() -> "attempt " + attempt.getId() + " awaits a trainer's grading");
      return attempt;
    }
    boolean passed = percent >= settings.passMark();
    attempt.submit(now, percent, passed);
    graded.fire(QuizGraded.of(attempt));
    LOG.fine(() -> "attempt " + attempt.getId() + " graded " + percent);
    return attempt;
  }

  private QuizAttempt owned(long accountId, long attemptId, LockModeType lock) {
    QuizAttempt attempt = em.find(QuizAttempt.class, attemptId, lock);
    if (attempt == null || attempt.getAccountId() != accountId) {
      throw new AttemptException(AttemptException.Reason.NOT_FOUND, "attempt " + attemptId);
    }
    return attempt;
  }

  private static QuizAttempt.Kind kind(CoursePackage course, String quizId) {
    if (course.preTest() != null && course.preTest().id().equals(quizId)) {
      return QuizAttempt.Kind.PRE_TEST;
    }
    if (course.finalTest() != null && course.finalTest().id().equals(quizId)) {
      return QuizAttempt.Kind.FINAL_TEST;
    }
    return QuizAttempt.Kind.MODULE;
  }
}

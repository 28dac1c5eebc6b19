package org.rightsacademy.assessment;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.List;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.platform.Language;

/**
 * {@code PUT /api/attempts/{attempt}/answers/{position}} with {@code {"seq": 17, "answer": "b"}}:
 * saves one answer of the signed-in learner's attempt and answers only once it is committed. 200
 * with {@code {"outcome": "SAVED" | "ALREADY_SAVED", "seq", "savedAt"}}; 409 when the attempt is
 * submitted or past its deadline; 400 for an answer that does not fit the question; 404 for an
 * attempt that is not the learner's. A JSON PUT cannot be sent by another site's form.
 */
@Path("attempts/{attempt}")
@RequestScoped
public class AnswersResource {

  /** The body of a save. */
  public record SaveRequest(long seq, String answer) {}

  /** The reply: what happened and which save is stored. */
  public record SaveReply(String outcome, long seq, String savedAt, String error) {}

  @EJB private AttemptService attempts;
  @Inject private CurrentUser currentUser;

  /**
   * What the server holds of an attempt: its state, deadline and every stored answer with its
   * sequence number.
   */
  public record AttemptState(long id, String status, String deadline, List<StoredAnswer> answers) {}

  /** One stored answer. */
  public record StoredAnswer(int position, long seq, String answer) {}

  /**
   * {@code GET /api/attempts/{attempt}}: the learner's attempt as stored, so that a page (or a
   * check after a crash) can compare what it sent with what the server kept.
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response state(@PathParam("attempt") long attemptId) {
    long accountId = currentUser.account().map(Account::getId).orElse(-1L);
    try {
      QuizAttempt attempt = attempts.attempt(accountId, attemptId);
      List<StoredAnswer> answers =
          attempts.items(attemptId).stream()
              .filter(item -> item.getResponse().isPresent())
              .map(
                  item ->
                      new StoredAnswer(
                          item.getPosition(), item.getSeq(), item.getResponse().orElseThrow()))
              .toList();
      AttemptState state =
          new AttemptState(
              attemptId,
              attempt.getStatus().name(),
              attempt.getDeadline().map(Instant::toString).orElse(null),
              answers);
      return Response.ok(state).header("Cache-Control", "no-store").build();
    } catch (AttemptException | EJBException e) {
      return refused(e);
    }
  }

  @PUT
  @Path("answers/{position}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response save(
      @PathParam("attempt") long attemptId,
      @PathParam("position") int position,
      SaveRequest request) {
    if (request == null || request.seq() <= 0) {
      return reply(Status.BAD_REQUEST, null, "a save needs a positive seq and an answer");
    }
    long accountId = currentUser.account().map(Account::getId).orElse(-1L);
    try {
      SaveResult result =
          attempts.save(accountId, attemptId, position, request.seq(), request.answer());
      return reply(result.stored() ? Status.OK : Status.CONFLICT, result, null);
    } catch (AttemptException | EJBException e) {
      return refused(e);
    }
  }

  /** The body of a check: the answer, and the language the learner reads the quiz in. */
  public record CheckRequest(long seq, String answer, String lang) {}

  /**
   * {@code POST /api/attempts/{attempt}/answers/{position}/check}: for quizzes with immediate
   * feedback, makes the answer final and replies with its feedback (verdict, notes, source).
   */
  @POST
  @Path("answers/{position}/check")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response check(
      @PathParam("attempt") long attemptId,
      @PathParam("position") int position,
      CheckRequest request) {
    if (request == null || request.seq() <= 0) {
      return reply(Status.BAD_REQUEST, null, "a check needs a positive seq and an answer");
    }
    long accountId = currentUser.account().map(Account::getId).orElse(-1L);
    Language language = Language.fromCode(request.lang()).orElse(Language.DEFAULT);
    try {
      attempts.check(accountId, attemptId, position, request.seq(), request.answer());
      QuizAttempt attempt = attempts.attempt(accountId, attemptId);
      AttemptItem item =
          attempts.items(attemptId).stream()
              .filter(i -> i.getPosition() == position)
              .findFirst()
              .orElseThrow();
      return Response.ok(ItemFeedback.of(attempts.course(attempt), item, language))
          .header("Cache-Control", "no-store")
          .build();
    } catch (AttemptException | EJBException e) {
      return refused(e);
    }
  }

  /** An attempt that is not the learner's is 404; an answer that does not fit is 400. */
  private static Response refused(RuntimeException e) {
    Throwable cause = e instanceof EJBException ejb && ejb.getCause() != null ? ejb.getCause() : e;
    if (!(cause instanceof AttemptException refusal)) {
      throw e;
    }
    return reply(
        refusal.reason() == AttemptException.Reason.NOT_FOUND
            ? Status.NOT_FOUND
            : Status.BAD_REQUEST,
        null,
        refusal.getMessage());
  }

  private static Response reply(Status status, SaveResult result, String error) {
    SaveReply body =
        result == null
            ? new SaveReply("ERROR", 0, null, error)
            : new SaveReply(
                result.outcome().name(),
                result.seq(),
                Instant.ofEpochMilli(result.at().toEpochMilli()).toString(),
                null);
    return Response.status(status).entity(body).header("Cache-Control", "no-store").build();
  }
}

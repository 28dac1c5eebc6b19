package org.rightsacademy.assessment;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/**
 * {@code PUT /api/attempts/{attempt}/answers/{position}} with {@code {"seq": 17, "answer": "b"}}:
 * saves one answer of the signed-in learner's attempt and answers only once it is committed.
 * 200 with {@code {"outcome": "SAVED" | "ALREADY_SAVED", "seq", "savedAt"}}; 409 when the attempt
 * is submitted or past its deadline; 400 for an answer that does not fit the question; 404 for an
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

  /** What the server holds of an attempt: its state, deadline and every stored answer with its sequence number. */
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
      List<StoredAnswer> answers = attempts.items(attemptId).stream()
          .filter(item -> item.getResponse().isPresent())
          .map(item -> new StoredAnswer(item.getPosition(), item.getSeq(), item.getResponse().orElseThrow()))
          .toList();
      AttemptState state = new AttemptState(attemptId, attempt.getStatus().name(), attempt.getDeadline().map(Instant::toString).orElse(null), answers);
      return Response.ok(state).header("Cache-Control", "no-store").build();
    } catch (AttemptException e) {
      return reply(Status.NOT_FOUND, null, e.getMessage());
    } catch (EJBException e) {
      if (e.getCause() instanceof AttemptException cause) {
        return reply(Status.NOT_FOUND, null, cause.getMessage());
      }
      throw e;
    }
  }

  @PUT
  @Path("answers/{position}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response save(@PathParam("attempt") long attemptId, @PathParam("position") int position, SaveRequest request) {
    if (request == null || request.seq() <= 0) {
      return reply(Status.BAD_REQUEST, null, "a save needs a positive seq and an answer");
    }
    long accountId = currentUser.account().map(Account::getId).orElse(-1L);
    try {
      SaveResult result = attempts.save(accountId, attemptId, position, request.seq(), request.answer());
      return reply(result.stored() ? Status.OK : Status.CONFLICT, result, null);
    } catch (AttemptException e) {
      return reply(e.reason() == AttemptException.Reason.NOT_FOUND ? Status.NOT_FOUND : Status.BAD_REQUEST, null, e.getMessage());
    } catch (EJBException e) {
      if (e.getCause() instanceof AttemptException cause) {
        return reply(cause.reason() == AttemptException.Reason.NOT_FOUND ? Status.NOT_FOUND : Status.BAD_REQUEST, null, cause.getMessage());
      }
      throw e;
    }
  }

  private static Response reply(Status status, SaveResult result, String error) {
    SaveReply body =
        result == null
            ? new SaveReply("ERROR", 0, null, error)
            : new SaveReply(result.outcome().name(), result.seq(), Instant.ofEpochMilli(result.at().toEpochMilli()).toString(), null);
    return Response.status(status).entity(body).header("Cache-Control", "no-store").build();
  }
}

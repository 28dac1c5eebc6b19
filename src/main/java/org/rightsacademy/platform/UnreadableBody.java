package org.rightsacademy.platform;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An API request whose body is not JSON, or not of the expected shape ({@code "seq": "abc"}): the
 * client's mistake, so 400 with a short JSON error and one line in the log at most, not a 500 with
 * a stack trace. Jersey wraps what JSON-B and JSON-P throw in a ProcessingException.
 */
@Provider
public class UnreadableBody implements ExceptionMapper<ProcessingException> {

  private static final Logger LOG = Logger.getLogger(UnreadableBody.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException e) {
    if (!fromJson(e)) {
      LOG.log(Level.SEVERE, "API request failed", e);
      return Response.serverError().build();
    }
    LOG.fine(() -> "API request body refused: " + e.getCause());
    return ApiErrors.refuse(
        headers,
        Response.status(Response.Status.BAD_REQUEST),
        "the body is not JSON of the expected shape");
  }

  private static boolean fromJson(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof JsonbException || cause instanceof JsonException) {
        return true;
      }
    }
    return false;
  }
}

package org.rightsacademy.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * How the API refuses what it cannot take (wrong method 405, media type 415, address 404, ...): a
 * short JSON body in the shape of every API reply, {@code {"outcome":"ERROR","error":"..."}}. A
 * browser asking for HTML first gets no body here, so that the container shows the application's
 * own error page for the status (web.xml).
 */
@Provider
public class ApiErrors implements ExceptionMapper<WebApplicationException> {

  /** The reply's body; the same fields as the API's other replies. */
  public record Refusal(String outcome, String error) {}

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response.StatusType status = e.getResponse().getStatusInfo();
    if (status.getStatusCode() >= 500) {
      return e.getResponse();
    }
    // Keeps what the refusal says besides its status, e.g. the Allow header of a 405.
    return refuse(headers, Response.fromResponse(e.getResponse()), status.getReasonPhrase());
  }

  static Response refuse(HttpHeaders headers, Response.ResponseBuilder reply, String error) {
    reply.header("Cache-Control", "no-store");
    return wantsHtml(headers)
        ? reply.build()
        : reply.type(MediaType.APPLICATION_JSON_TYPE).entity(new Refusal("ERROR", error)).build();
  }

  /** A browser's own request: HTML named first (scripts and tools send JSON or anything). */
  private static boolean wantsHtml(HttpHeaders headers) {
    List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
    return !accepted.isEmpty()
        && !accepted.get(0).isWildcardType()
        && accepted.get(0).isCompatible(MediaType.TEXT_HTML_TYPE);
  }
}

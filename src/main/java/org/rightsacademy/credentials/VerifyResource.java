package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightsacademy.platform.ClientAddress;

/**
 * The public verification address: {@code /verify/KD7R-MXQ4-…} (what the QR code carries) shows the
 * verification page for that number, or, to software that asks for JSON, the same answer as JSON
 * (what a verifier of the signed credential checks for revocation); {@code /verify?code=…} (the
 * page's own form, which works without JavaScript) moves to that address; {@code /verify} alone
 * shows the empty form. The page and the JSON share one budget of look-ups per address ({@link
 * VerificationBudget}).
 */
@Path("")
@RequestScoped
@Tag(name = "verification")
public class VerifyResource {

  /**
   * The number from the path, handed to the page (a query string on the forward would re-parse the
   * parameters).
   */
  static final String NUMBER = "org.rightsacademy.credentials.number";

  private static final Jsonb JSON = JsonbBuilder.create();

  @EJB private CertificateService certificates;
  @Inject private VerificationBudget budget;
  @Inject private Clock clock;
  @Inject private ClientAddress clientAddress;

  /**
   * The answer as JSON: fields without a value are left out (only {@code status} when there is no
   * certificate; {@code revokedAt}, {@code reason}, {@code replacedBy} only when revoked).
   */
  @Schema(name = "VerificationAnswer", description = "What checking a certificate number says")
  @JsonbPropertyOrder({
    "status",
    "number",
    "holder",
    "course",
    "completedAt",
    "issuer",
    "issuedAt",
    "revokedAt",
    "reason",
    "replacedBy"
  })
  public record Answer(
      @Schema(
              required = true,
              enumeration = {"valid", "revoked", "unknown", "malformed", "too-many"})
          String status,
      @Schema(
              description = "the certificate's number, with dashes",
              example = "KD7R-MXQ4-TC3W-9PAE")
          String number,
      @Schema(description = "the holder's name as printed") String holder,
      @Schema(description = "the course title as printed") String course,
      @Schema(description = "when the course was completed", format = "date-time")
          String completedAt,
      @Schema(description = "the issuing organisation") String issuer,
      @Schema(format = "date-time") String issuedAt,
      @Schema(description = "when it was revoked (revoked only)", format = "date-time")
          String revokedAt,
      @Schema(description = "why it was revoked (revoked only)") String reason,
      @Schema(description = "the number of the certificate that replaces it (re-issued only)")
          String replacedBy) {

    static Answer of(Verification verification) {
      String status = verification.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
      Certificate c = verification.certificate();
      if (c == null) {
        return new Answer(status, null, null, null, null, null, null, null, null, null);
      }
      boolean revoked = c.isRevoked();
      return new Answer(
          status,
          c.getDisplayCode(),
          c.getHolderName(),
          c.getCourseTitle(),
          c.getCompletedAt().toString(),
          c.getIssuer(),
          c.getIssuedAt().toString(),
          revoked ? c.getRevokedAt().toString() : null,
          revoked ? c.getRevokedReason() : null,
          revoked && c.getReplacedBy() != null ? c.getReplacedByDisplay() : null);
    }
  }

  @GET
  @Path("{number: .+}")
  @Operation(
      summary = "Check a certificate by its number",
      description =
          "Valid or revoked (when, why, and the replacement if re-issued), the holder's name, the"
              + " course, the completion date and the issuer; nothing else. Send Accept:"
              + " application/json (before text/html, if both) for JSON; anything else gets the"
              + " verification page (HTML) with the same status. Each look-up counts against the"
              + " client address's budget (RA_VERIFY_LOOKUPS_PER_CLIENT_PER_MINUTE, 30 a minute)."
              + " Never cached.")
  @APIResponse(
      responseCode = "200",
      description = "valid or revoked",
      content = {
        @Content(
            mediaType = "application/json",
            schema = @Schema(ref = "VerificationAnswer"),
            examples =
                @ExampleObject(
                    name = "valid",
                    value =
                        "{\"status\":\"valid\",\"number\":\"KD7R-MXQ4-TC3W-9PAE\",\"holder\":\"Leila"
                            + " Haddad\",\"course\":\"The Migrant Workers Convention\","
                            + "\"completedAt\":\"2026-03-02T10:15:30Z\",\"issuer\":\"Rights"
                            + " Academy\",\"issuedAt\":\"2026-03-02T10:15:31Z\"}")),
        @Content(mediaType = "text/html")
      })
  @APIResponse(
      responseCode = "400",
      description = "not a certificate number (16 characters, dashes optional): status malformed",
      content = {
        @Content(mediaType = "application/json", schema = @Schema(ref = "VerificationAnswer")),
        @Content(mediaType = "text/html")
      })
  @APIResponse(
      responseCode = "404",
      description = "no certificate has this number: status unknown",
      content = {
        @Content(mediaType = "application/json", schema = @Schema(ref = "VerificationAnswer")),
        @Content(mediaType = "text/html")
      })
  @APIResponse(
      responseCode = "429",
      description = "too many look-ups from this address this minute: status too-many",
      headers = @Header(name = "Retry-After", description = "seconds: 60"),
      content = {
        @Content(mediaType = "application/json", schema = @Schema(ref = "VerificationAnswer")),
        @Content(mediaType = "text/html")
      })
  public Response check(
      @Parameter(
              required = true,
              description = "the certificate's number, any case, with or without dashes",
              example = "KD7R-MXQ4-TC3W-9PAE")
          @PathParam("number")
          String number,
      @Parameter(hidden = true) @Context HttpServletRequest request,
      @Parameter(hidden = true) @Context HttpServletResponse response)
      throws ServletException, IOException {
    if (!wantsJson(request)) {
      request.setAttribute(NUMBER, number);
      request.getRequestDispatcher("/verify.xhtml").forward(request, response);
      return null;
    }
    Verification verification =
        Verification.check(
            number, clientAddress.of(request), clock.instant(), budget, certificates);
    return Response.status(verification.httpStatus())
        .type("application/json;charset=UTF-8")
        .header("Cache-Control", "no-store")
        .header("Retry-After", verification.retryAfter())
        .entity(JSON.toJson(Answer.of(verification)).getBytes(StandardCharsets.UTF_8))
        .build();
  }

  /** The page's form: a typed number moves to its own address; without one, the empty form. */
  @GET
  @Operation(hidden = true)
  public Response form(
      @QueryParam("code") String typed,
      @Context HttpServletRequest request,
      @Context HttpServletResponse response)
      throws ServletException, IOException {
    if (typed == null || typed.isBlank()) {
      request.getRequestDispatcher("/verify.xhtml").forward(request, response);
      return null;
    }
    String number =
        Certificate.CODE.normalize(typed).map(Certificate.CODE::display).orElse(typed.strip());
    return Response.status(Response.Status.FOUND)
        .location(
            URI.create(
                request.getContextPath()
                    + "/verify/"
                    + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20")))
        .build();
  }

  /** Software that lists JSON before HTML in its Accept header. */
  private static boolean wantsJson(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    if (accept == null || !accept.contains("application/json")) {
      return false;
    }
    int html = accept.indexOf("text/html");
    return html < 0 || accept.indexOf("application/json") < html;
  }
}

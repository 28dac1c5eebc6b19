package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /credentials/keys.json} (public): the JSON Web Key Set that checks signed credentials
 * offline, every key ever used, newest first. The same for everyone: caches may keep it for an
 * hour. It answers whatever the request accepts, as the servlet before it did (a verifier that asks
 * only for {@code application/json} still gets the key set).
 */
@Path("keys.json")
@RequestScoped
@Tag(name = "keys")
public class KeySetResource {

  static final String MEDIA_TYPE = "application/jwk-set+json";

  @EJB private CredentialKeys keys;

  /** The key set as published (for the description only: the body is written as JSON-P). */
  @Schema(name = "KeySet", description = "A JSON Web Key Set (RFC 7517)")
  public record KeySet(List<Key> keys) {}

  /** One public key (for the description only). */
  @Schema(name = "Key", description = "An Ed25519 public key (RFC 8037)")
  public record Key(
      @Schema(description = "key type", enumeration = "OKP") String kty,
      @Schema(description = "curve", enumeration = "Ed25519") String crv,
      @Schema(description = "algorithm", enumeration = "EdDSA") String alg,
      @Schema(description = "use", enumeration = "sig") String use,
      @Schema(description = "key id, the kid in a credential's JWS header") String kid,
      @Schema(description = "the public key, base64url") String x) {}

  @GET
  @Operation(
      summary = "The public keys that check signed credentials",
      description =
          "Every key the server ever signed with, newest first: a credential's JWS header names its"
              + " key by kid. Credentials are compact JWS (typ vc+jwt, alg EdDSA); whether one was"
              + " revoked since is what /verify/{number} says.")
  @APIResponse(
      responseCode = "200",
      description = "the key set",
      headers = @Header(name = "Cache-Control", description = "public, max-age=3600"),
      content = @Content(mediaType = MEDIA_TYPE, schema = @Schema(implementation = KeySet.class)))
  public Response keySet() {
    byte[] body =
        VerifiableCredential.keySet(
                keys.published().stream()
                    .map(k -> new VerifiableCredential.Published(k.kid(), k.publicKey()))
                    .toList())
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    return Response.ok(body)
        .type(MEDIA_TYPE)
        .header("Cache-Control", "public, max-age=3600")
        .build();
  }
}

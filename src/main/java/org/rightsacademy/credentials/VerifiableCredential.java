package org.rightsacademy.credentials;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A certificate as a machine-checkable credential: an Open Badges 3.0 credential (W3C Verifiable
 * Credentials 2.0 data model) secured as a compact JWS, {@code typ: vc+jwt}, signed with the
 * server's Ed25519 key ({@code alg: EdDSA}, RFC 8037). Anyone holding the public key from {@code
 * /credentials/keys.json} can check it offline; whether it has been revoked since is what the
 * verification page (the credential's {@code id}) answers.
 */
public final class VerifiableCredential {

  static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder FROM_URL = Base64.getUrlDecoder();

  /** A public key as published: its id and key. */
  public record Published(String kid, PublicKey key) {}

  private VerifiableCredential() {}

  /** The unsigned credential: what the certificate says, nothing more. */
  static JsonObject of(Certificate c, String base, String criteria) {
    String verify = c.verifyLink(base);
    JsonObjectBuilder achievement =
        Json.createObjectBuilder()
            .add(
                "id", base + "/courses/" + c.getCourseCode() + "#version-" + c.getCourseVersionId())
            .add("type", Json.createArrayBuilder().add("Achievement"))
            .add("achievementType", "Course")
            .add("name", c.getCourseTitle())
            .add("description", c.getCourseTitle())
            .add("inLanguage", c.getLanguage().code())
            .add("criteria", Json.createObjectBuilder().add("narrative", criteria));
    JsonObjectBuilder subject =
        Json.createObjectBuilder()
            .add("type", Json.createArrayBuilder().add("AchievementSubject"))
            .add(
                "identifier",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("type", "IdentityObject")
                            .add("identityType", "name")
                            .add("hashed", false)
                            .add("identityHash", c.getHolderName())))
            .add("activityEndDate", c.getCompletedAt().toString());
    if (c.finalScore().isPresent()) {
      achievement.add(
          "resultDescription",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("id", "#final-test")
                      .add("type", Json.createArrayBuilder().add("ResultDescription"))
                      .add("name", "Final test")
                      .add("resultType", "Percent")));
      subject.add(
          "result",
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("type", Json.createArrayBuilder().add("Result"))
                      .add("resultDescription", "#final-test")
                      .add(
                          "value",
                          org.rightsacademy.platform.GradeFormat.percent(
                              c.finalScore().get(), java.util.Locale.ROOT))));
    }
    subject.add("achievement", achievement);
    return Json.createObjectBuilder()
        .add("@context", Json.createArrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
        .add("id", verify)
        .add(
            "type",
            Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
        .add(
            "issuer",
            Json.createObjectBuilder()
                .add("id", base)
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", c.getIssuer()))
        .add("validFrom", c.getIssuedAt().toString())
        .add("name", c.getCourseTitle())
        .add("credentialSubject", subject)
        .build();
  }

  /** The credential signed: {@code header.payload.signature}, each part base64url. */
  static String sign(JsonObject credential, String kid, PrivateKey key) {
    JsonObject header =
        Json.createObjectBuilder()
            .add("alg", "EdDSA")
            .add("kid", kid)
            .add("typ", "vc+jwt")
            .add("cty", "vc")
            .build();
    String signingInput = part(header.toString()) + "." + part(credential.toString());
    return signingInput
        + "."
        + URL.encodeToString(
            Ed25519Keys.sign(key, signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  /** The credential inside a signed one, if one of the keys signed exactly these bytes. */
  public static Optional<JsonObject> verify(String jws, List<Published> keys) {
    String[] parts = jws.strip().split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      JsonObject header = json(parts[0]);
      if (!"EdDSA".equals(header.getString("alg", null))) {
        return Optional.empty();
      }
      String kid = header.getString("kid", "");
      byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
      byte[] signature = FROM_URL.decode(parts[2]);
      return keys.stream()
          .filter(k -> k.kid().equals(kid))
          .filter(k -> Ed25519Keys.verify(k.key(), input, signature))
          .findFirst()
          .map(k -> json(parts[1]));
    } catch (RuntimeException e) {
      return Optional.empty(); // not base64url, not JSON: not a credential of ours
    }
  }

  /** The public keys as a JSON Web Key Set (OKP, Ed25519). */
  static JsonObject keySet(List<Published> keys) {
    JsonArrayBuilder set = Json.createArrayBuilder();
    for (Published k : keys) {
      set.add(
          Json.createObjectBuilder()
              .add("kty", "OKP")
              .add("crv", "Ed25519")
              .add("alg", "EdDSA")
              .add("use", "sig")
              .add("kid", k.kid())
              .add("x", URL.encodeToString(Ed25519Keys.raw(k.key()))));
    }
    return Json.createObjectBuilder().add("keys", set).build();
  }

  private static String part(String json) {
    return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject json(String part) {
    try (JsonReader reader =
        Json.createReader(
            new StringReader(new String(FROM_URL.decode(part), StandardCharsets.UTF_8)))) {
      return reader.readObject();
    }
  }
}

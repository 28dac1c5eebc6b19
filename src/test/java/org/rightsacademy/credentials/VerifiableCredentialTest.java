package org.rightsacademy.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rightsacademy.platform.Language;

/**
 * Signed credentials check out offline with nothing but the published key set, say what the
 * certificate says, and any change to a single byte, or another key, makes them worthless.
 */
class VerifiableCredentialTest {

  static final String BASE = "https://academy.example.org";
  private final KeyPair pair = Ed25519Keys.generate();
  private final String kid = Ed25519Keys.kid(pair.getPublic());

  private String signed(Certificate certificate) {
    return VerifiableCredential.sign(
        VerifiableCredential.of(certificate, BASE, "Every lesson studied."),
        kid,
        pair.getPrivate());
  }

  /** The verifier's side: only the JSON Web Key Set, as published at /credentials/keys.json. */
  private List<VerifiableCredential.Published> fromKeySet() {
    JsonObject jwk =
        VerifiableCredential.keySet(
                List.of(new VerifiableCredential.Published(kid, pair.getPublic())))
            .getJsonArray("keys")
            .getJsonObject(0);
    assertEquals("OKP", jwk.getString("kty"));
    assertEquals("Ed25519", jwk.getString("crv"));
    return List.of(
        new VerifiableCredential.Published(
            jwk.getString("kid"),
            Ed25519Keys.publicKey(Base64.getUrlDecoder().decode(jwk.getString("x")))));
  }

  @Test
  void aSignedCredentialChecksOutWithThePublishedKeyAndSaysWhatTheCertificateSays() {
    Certificate certificate =
        CertificatePdfTest.certificate(
            Language.AR, "ليلى حداد (Leila Haddad)", "حقوق الإنسان على الحدود الدولية", 85.0);
    String jws = signed(certificate);
    String header =
        new String(Base64.getUrlDecoder().decode(jws.split("\\.")[0]), StandardCharsets.UTF_8);
    assertTrue(
        header.contains("\"typ\":\"vc+jwt\"") && header.contains("\"alg\":\"EdDSA\""), header);

    JsonObject credential = VerifiableCredential.verify(jws, fromKeySet()).orElseThrow();
    assertEquals(
        BASE + "/verify/KD7R-MXQ4-TC3W-9PAE",
        credential.getString("id"),
        "its id is its verification page");
    assertEquals(
        List.of("VerifiableCredential", "OpenBadgeCredential"),
        credential.getJsonArray("type").getValuesAs(jakarta.json.JsonString::getString));
    assertEquals("Rights Academy", credential.getJsonObject("issuer").getString("name"));
    JsonObject subject = credential.getJsonObject("credentialSubject");
    assertEquals(
        "ليلى حداد (Leila Haddad)",
        subject.getJsonArray("identifier").getJsonObject(0).getString("identityHash"));
    assertEquals(
        "حقوق الإنسان على الحدود الدولية", subject.getJsonObject("achievement").getString("name"));
    assertEquals("85", subject.getJsonArray("result").getJsonObject(0).getString("value"));
    assertEquals("2026-12-09T14:30:00Z", subject.getString("activityEndDate"));
  }

  @Test
  void noScoreIsClaimedWhenTheCertificateDoesNotPrintOne() {
    JsonObject credential =
        VerifiableCredential.verify(
                signed(
                    CertificatePdfTest.certificate(
                        Language.RU, "Анна Ковальчук", "Права человека", null)),
                fromKeySet())
            .orElseThrow();
    assertFalse(credential.getJsonObject("credentialSubject").containsKey("result"));
  }

  @Test
  void aChangedByteOrAnotherKeyMakesItWorthless() {
    String jws =
        signed(
            CertificatePdfTest.certificate(
                Language.EN, "Moussa Diop", "Human rights at international borders", null));
    String[] parts = jws.split("\\.");
    String forged =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace("Moussa Diop", "Moussa Dioq");
    String tampered =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    assertEquals(
        Optional.empty(), VerifiableCredential.verify(tampered, fromKeySet()), "a changed name");

    KeyPair other = Ed25519Keys.generate();
    assertEquals(
        Optional.empty(),
        VerifiableCredential.verify(
            jws, List.of(new VerifiableCredential.Published(kid, other.getPublic()))),
        "another key under the same id");
    assertEquals(Optional.empty(), VerifiableCredential.verify("not.a.credential", fromKeySet()));
    assertEquals(Optional.empty(), VerifiableCredential.verify("", fromKeySet()));
    assertTrue(
        VerifiableCredential.verify(jws, fromKeySet()).isPresent(),
        "the original still checks out");
  }
}

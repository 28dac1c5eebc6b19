package org.rightsacademy.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightsacademy.platform.Language;

/**
 * An independent verifier, Nimbus JOSE+JWT, checks a credential the application signed using only
 * the key set as published at {@code /credentials/keys.json}: the key is found by its {@code kid},
 * the EdDSA signature holds, the payload is the credential, and one changed byte fails.
 */
class NimbusVerifiesCredentialTest {

  private final KeyPair pair = Ed25519Keys.generate();
  private final String kid = Ed25519Keys.kid(pair.getPublic());
  private final Certificate certificate =
      CertificatePdfTest.certificate(
          Language.AR, "ليلى حداد (Leila Haddad)", "حقوق الإنسان على الحدود الدولية", 85.0);
  private final String jws =
      VerifiableCredential.sign(
          VerifiableCredential.of(
              certificate, VerifiableCredentialTest.BASE, "Every lesson studied."),
          kid,
          pair.getPrivate());

  /** The key set exactly as the server publishes it, parsed by Nimbus. */
  private JWKSet published() throws Exception {
    return JWKSet.parse(
        VerifiableCredential.keySet(
                List.of(new VerifiableCredential.Published(kid, pair.getPublic())))
            .toString());
  }

  @Test
  void nimbusVerifiesTheSignedCredentialWithThePublishedKey() throws Exception {
    JWSObject parsed = JWSObject.parse(jws);
    assertEquals(JWSAlgorithm.EdDSA, parsed.getHeader().getAlgorithm());
    assertEquals("vc+jwt", parsed.getHeader().getType().getType());
    OctetKeyPair key = published().getKeyByKeyId(parsed.getHeader().getKeyID()).toOctetKeyPair();
    assertFalse(key.isPrivate(), "only the public half is published");
    assertTrue(
        parsed.verify(new Ed25519Verifier(key)), "the signature holds for an independent verifier");

    Map<String, Object> credential = parsed.getPayload().toJSONObject();
    assertEquals(
        VerifiableCredentialTest.BASE + "/verify/KD7R-MXQ4-TC3W-9PAE", credential.get("id"));
    assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), credential.get("type"));
    @SuppressWarnings("unchecked")
    Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
    @SuppressWarnings("unchecked")
    Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
    assertEquals("حقوق الإنسان على الحدود الدولية", achievement.get("name"));
  }

  @Test
  void nimbusRejectsAChangedCredentialAndAnotherKey() throws Exception {
    String[] parts = jws.split("\\.");
    String payload =
        new String(
            java.util.Base64.getUrlDecoder().decode(parts[1]),
            java.nio.charset.StandardCharsets.UTF_8);
    String forged =
        parts[0]
            + "."
            + java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    payload
                        .replace("Leila Haddad", "Leila Haddat")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
            + "."
            + parts[2];
    OctetKeyPair key = published().getKeyByKeyId(kid).toOctetKeyPair();
    assertFalse(JWSObject.parse(forged).verify(new Ed25519Verifier(key)), "a changed name");

    KeyPair other = Ed25519Keys.generate();
    OctetKeyPair otherKey =
        JWKSet.parse(
                VerifiableCredential.keySet(
                        List.of(new VerifiableCredential.Published(kid, other.getPublic())))
                    .toString())
            .getKeyByKeyId(kid)
            .toOctetKeyPair();
    assertFalse(
        JWSObject.parse(jws).verify(new Ed25519Verifier(otherKey)),
        "another key under the same id");
  }
}

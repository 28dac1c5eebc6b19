package org.rightsacademy.credentials;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

/**
 * A key the server signs credentials with; the newest signs, all stay published. The private half
 * is stored sealed ({@link SealedKeys}); keys stored before that are sealed at start.
 */
@Entity
@Table(name = "signing_key")
@NamedQuery(
    name = SigningKey.NEWEST_FIRST,
    query = "SELECT k FROM SigningKey k ORDER BY k.createdAt DESC, k.kid")
public class SigningKey {

  static final String NEWEST_FIRST = "SigningKey.newestFirst";
  static final String ED25519 = "Ed25519";

  @Id
  @Column(nullable = false, updatable = false, length = 64)
  private String kid;

  @Column(nullable = false, updatable = false, length = 20)
  private String algorithm;

  /**
   * Sealed ({@code aes-gcm:…}); plain base64 PKCS#8 only in a database not yet started with V15.
   */
  @Column(name = "private_key", nullable = false, length = 200)
  private String privateKey;

  @Column(name = "public_key", nullable = false, updatable = false, length = 200)
  private String publicKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected SigningKey() {}

  SigningKey(KeyPair pair, Instant now, SealedKeys sealed) {
    this.kid = Ed25519Keys.kid(pair.getPublic());
    this.algorithm = ED25519;
    this.privateKey = sealed.seal(kid, pair.getPrivate().getEncoded());
    this.publicKey = Base64.getEncoder().encodeToString(Ed25519Keys.raw(pair.getPublic()));
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  String kid() {
    return kid;
  }

  /** The private key, when these sealed keys open it (or it is still stored plain). */
  Optional<PrivateKey> privateKey(SealedKeys sealed) {
    if (!SealedKeys.isSealed(privateKey)) {
      return Optional.of(Ed25519Keys.privateKey(Base64.getDecoder().decode(privateKey)));
    }
    return sealed.open(kid, privateKey).map(Ed25519Keys::privateKey);
  }

  /** Seals a key stored plain; false when it is sealed already. */
  boolean seal(SealedKeys sealed) {
    if (SealedKeys.isSealed(privateKey)) {
      return false;
    }
    privateKey = sealed.seal(kid, Base64.getDecoder().decode(privateKey));
    return true;
  }

  /** Which secret the private key needs (empty while it is stored plain). */
  String secretId() {
    return SealedKeys.secretIdOf(privateKey);
  }

  PublicKey publicKey() {
    return Ed25519Keys.publicKey(Base64.getDecoder().decode(publicKey));
  }
}

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

/** A key the server signs credentials with; the newest signs, all stay published. */
@Entity
@Table(name = "signing_key")
@NamedQuery(name = SigningKey.NEWEST_FIRST, query = "SELECT k FROM SigningKey k ORDER BY k.createdAt DESC, k.kid")
public class SigningKey {

  static final String NEWEST_FIRST = "SigningKey.newestFirst";
  static final String ED25519 = "Ed25519";

  @Id
  @Column(nullable = false, updatable = false, length = 64)
  private String kid;

  @Column(nullable = false, updatable = false, length = 20)
  private String algorithm;

  @Column(name = "private_key", nullable = false, updatable = false, length = 200)
  private String privateKey;

  @Column(name = "public_key", nullable = false, updatable = false, length = 200)
  private String publicKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected SigningKey() {}

  SigningKey(KeyPair pair, Instant now) {
    this.kid = Ed25519Keys.kid(pair.getPublic());
    this.algorithm = ED25519;
    this.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    this.publicKey = Base64.getEncoder().encodeToString(Ed25519Keys.raw(pair.getPublic()));
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  String kid() {
    return kid;
  }

  PrivateKey privateKey() {
    return Ed25519Keys.privateKey(Base64.getDecoder().decode(privateKey));
  }

  PublicKey publicKey() {
    return Ed25519Keys.publicKey(Base64.getDecoder().decode(publicKey));
  }
}

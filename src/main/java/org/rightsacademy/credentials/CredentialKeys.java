package org.rightsacademy.credentials;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.rightsacademy.platform.ClusterLock;

/**
 * The server's signing keys: the newest that this server's secret opens signs; every key ever used
 * stays published so that older credentials still check out. On first use a key is made and stored
 * sealed, shared by every node that has the same secret.
 */
@Stateless
public class CredentialKeys {

  private static final Logger LOG = Logger.getLogger(CredentialKeys.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private ClusterLock lock;
  @Inject private Clock clock;

  /** A key ready to sign: its id and its private half. */
  public record Signer(String kid, PrivateKey key) {}

  /**
   * The key that signs now. When no stored key opens with this server's secret (the secret was lost
   * or replaced), a new key is made: credentials signed before still check out with the old public
   * keys, which stay published.
   */
  public Signer signer() {
    SealedKeys sealed = SealedKeys.ofServer();
    List<SigningKey> keys = published();
    for (SigningKey key : keys) {
      Optional<PrivateKey> opened = key.privateKey(sealed);
      if (opened.isPresent()) {
        return new Signer(key.kid(), opened.get());
      }
    }
    if (!keys.isEmpty()) {
      LOG.warning(
          () ->
              "None of the "
                  + keys.size()
                  + " signing keys opens with this server's key secret ("
                  + sealed.id()
                  + "; they need "
                  + keys.stream().map(SigningKey::secretId).distinct().toList()
                  + "): making a new signing key. Credentials signed before still check out; restore the old secret to keep signing with the old key.");
    }
    // Two nodes issuing their first credential together make one key: the second waits here,
    // then finds the first one's key.
    lock.hold(ClusterLock.Name.SIGNING_KEYS);
    for (SigningKey key : published()) {
      Optional<PrivateKey> opened = key.privateKey(sealed);
      if (opened.isPresent()) {
        return new Signer(key.kid(), opened.get());
      }
    }
    SigningKey made = new SigningKey(Ed25519Keys.generate(), clock.instant(), sealed);
    em.persist(made);
    return new Signer(made.kid(), made.privateKey(sealed).orElseThrow());
  }

  /** Every key, newest first, for /credentials/keys.json. */
  public List<SigningKey> published() {
    return em.createNamedQuery(SigningKey.NEWEST_FIRST, SigningKey.class).getResultList();
  }

  /**
   * Seals every private key still stored plain (databases from before V15); the public keys stay as
   * they are.
   */
  public int sealPlainKeys() {
    SealedKeys sealed = SealedKeys.ofServer();
    int count = 0;
    for (SigningKey key : published()) {
      if (key.seal(sealed)) {
        count++;
      }
    }
    return count;
  }
}

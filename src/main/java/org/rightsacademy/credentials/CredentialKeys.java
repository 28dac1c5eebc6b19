package org.rightsacademy.credentials;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The server's signing keys: the newest signs; every key ever used stays published so that older
 * credentials still check out. On first use a key is made and stored, shared by every node.
 */
@Stateless
public class CredentialKeys {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The key that signs now (made on first use). */
  public SigningKey current() {
    List<SigningKey> keys = published();
    if (!keys.isEmpty()) {
      return keys.get(0);
    }
    SigningKey made = new SigningKey(Ed25519Keys.generate(), clock.instant());
    em.persist(made);
    return made;
  }

  /** Every key, newest first, for /credentials/keys.json. */
  public List<SigningKey> published() {
    return em.createNamedQuery(SigningKey.NEWEST_FIRST, SigningKey.class).getResultList();
  }
}

package org.rightsacademy.credentials;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rightsacademy.platform.ClientBudget;
import org.rightsacademy.platform.SharedStates;

/**
 * How many certificate numbers one address may look up per minute. An employer checks a few;
 * someone trying numbers at this pace would need far longer than the age of the universe to hit one
 * of 7 × 10^21. Counted for the whole cluster, not per node.
 */
@ApplicationScoped
public class VerificationBudget {

  @Inject
  @ConfigProperty(name = "ra.verify.lookups-per-client-per-minute", defaultValue = "30")
  int lookupsPerMinute;

  @Inject private SharedStates states;

  private ClientBudget budget;

  @PostConstruct
  void size() {
    budget = new ClientBudget("verify", lookupsPerMinute, states);
  }

  public boolean admit(String clientAddress, Instant now) {
    return budget.admit(clientAddress, now);
  }

  public int perMinute() {
    return lookupsPerMinute;
  }
}

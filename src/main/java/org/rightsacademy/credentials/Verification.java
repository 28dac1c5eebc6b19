package org.rightsacademy.credentials;

import java.time.Instant;

/**
 * What checking a number says, the same for the page and for software: valid, revoked, unknown,
 * malformed, or "too many checks from this address" (each check counts, whatever its outcome).
 */
public record Verification(Outcome outcome, Certificate certificate) {

  public enum Outcome {
    VALID,
    REVOKED,
    UNKNOWN,
    MALFORMED,
    TOO_MANY
  }

  static Verification check(
      String number,
      String clientAddress,
      Instant now,
      VerificationBudget budget,
      CertificateService certificates) {
    if (!budget.admit(clientAddress, now)) {
      return new Verification(Outcome.TOO_MANY, null);
    }
    if (Certificate.CODE.normalize(number).isEmpty()) {
      return new Verification(Outcome.MALFORMED, null);
    }
    return certificates
        .find(number)
        .map(c -> new Verification(c.isRevoked() ? Outcome.REVOKED : Outcome.VALID, c))
        .orElse(new Verification(Outcome.UNKNOWN, null));
  }

  /** Seconds to wait before asking again, for the Retry-After header; null unless refused. */
  public String retryAfter() {
    return outcome == Outcome.TOO_MANY ? "60" : null;
  }

  /** The HTTP status that goes with the answer. */
  public int httpStatus() {
    return switch (outcome) {
      case VALID, REVOKED -> 200;
      case UNKNOWN -> 404;
      case MALFORMED -> 400;
      case TOO_MANY -> 429;
    };
  }
}

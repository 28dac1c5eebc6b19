package org.rightsacademy.people;

/**
 * A one-time password to hand to a new account's owner, and its hash, made in turn with sign-ins
 * (see {@link LoginCapacity#hashingInTurn}) and before any transaction opens: hashing is the slow
 * part of creating many accounts, and it must neither hold a transaction nor take every core.
 */
public record OneTimePassword(String password, String hash) {

  public static OneTimePassword issue(LoginCapacity capacity) {
    String password = PasswordPolicy.oneTimePassword();
    return new OneTimePassword(
        password, capacity.hashingInTurn(() -> PasswordHasher.hash(password)));
  }

  /** Never the password itself in a log line or an exception. */
  @Override
  public String toString() {
    return "OneTimePassword[***]";
  }
}

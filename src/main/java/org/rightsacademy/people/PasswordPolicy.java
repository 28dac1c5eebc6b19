package org.rightsacademy.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Length, not composition: at least 10 characters and at most 128, and not one of the 30,000 most
 * common passwords. Also makes one-time passwords that are easy to read out and type.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  /** Why a password is refused; each is a bundle key under {@code password.}. */
  public enum Problem {
    TOO_SHORT,
    TOO_LONG,
    TOO_COMMON;

    public String messageKey() {
      return "password." + name().toLowerCase(Locale.ROOT);
    }
  }

  /** No 0/O, 1/l/I: one-time passwords are often read aloud or copied from paper. */
  private static final String READABLE = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private static final int ONE_TIME_LENGTH = 14;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Set<String> COMMON = load("people/common-passwords.txt");

  private PasswordPolicy() {}

  public static Optional<Problem> check(String password) {
    // Count characters as people see them (code points), not UTF-16 units.
    int length = password == null ? 0 : password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of(Problem.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      return Optional.of(Problem.TOO_LONG);
    }
    if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
      return Optional.of(Problem.TOO_COMMON);
    }
    return Optional.empty();
  }

  public static String oneTimePassword() {
    StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
    for (int i = 0; i < ONE_TIME_LENGTH; i++) {
      password.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
    }
    return password.toString();
  }

  static int commonPasswordCount() {
    return COMMON.size();
  }

  private static Set<String> load(String resource) {
    Set<String> passwords = new HashSet<>(40_000);
    try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          passwords.add(line.trim().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(passwords);
  }
}

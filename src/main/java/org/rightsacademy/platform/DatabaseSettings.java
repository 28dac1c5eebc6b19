package org.rightsacademy.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Where the data lives. By default an H2 file under {@code ./data/} so the whole platform runs from
 * one command on a trainer's laptop; {@code RA_DB_URL} (with {@code RA_DB_USER} and {@code
 * RA_DB_PASSWORD}) points it at PostgreSQL in production.
 */
public record DatabaseSettings(String url, String user, String password) {

  private static final Logger LOG = Logger.getLogger(DatabaseSettings.class.getName());

  /**
   * Without WRITE_DELAY=0 H2 flushes committed transactions only every half second, so a crash
   * loses answers the server already acknowledged.
   */
  static final String H2_DURABILITY = "WRITE_DELAY=0";

  /**
   * How long a statement waits for a row another transaction holds (H2's default is one second): at
   * the end of a workshop many submissions and saves queue briefly on the same rows.
   */
  static final String H2_LOCK_WAIT = "LOCK_TIMEOUT=10000";

  /**
   * Reads {@code ra.db.url}, {@code ra.db.user}, {@code ra.db.password} and {@code ra.data.dir}.
   */
  public static DatabaseSettings from(Config config) {
    Optional<String> url = config.getOptionalValue("ra.db.url", String.class);
    String dataDir = config.getOptionalValue("ra.data.dir", String.class).orElse("./data");
    return of(
        url.orElse(null),
        dataDir,
        config.getOptionalValue("ra.db.user", String.class).orElse(null),
        config.getOptionalValue("ra.db.password", String.class).orElse(""));
  }

  static DatabaseSettings of(String url, String dataDir, String user, String password) {
    String effectiveUrl = url == null || url.isBlank() ? embeddedUrl(dataDir) : url.trim();
    if (isH2File(effectiveUrl) && !effectiveUrl.toUpperCase(Locale.ROOT).contains("WRITE_DELAY=")) {
      LOG.warning(
          () ->
              "Adding "
                  + H2_DURABILITY
                  + " to the H2 URL so that committed answers survive a crash.");
      effectiveUrl = effectiveUrl + ";" + H2_DURABILITY;
    }
    String effectiveUser =
        user == null || user.isBlank() ? (isH2(effectiveUrl) ? "sa" : null) : user;
    return new DatabaseSettings(effectiveUrl, effectiveUser, password == null ? "" : password);
  }

  static String embeddedUrl(String dataDir) {
    String dir = Path.of(dataDir).toString().replace('\\', '/');
    // H2 treats a bare name as relative to nothing; it must start with ./ , / or ~.
    if (!(dir.startsWith("/")
        || dir.startsWith(".")
        || dir.startsWith("~")
        || dir.matches("^[A-Za-z]:.*"))) {
      dir = "./" + dir;
    }
    return "jdbc:h2:file:" + dir + "/rights-academy;" + H2_DURABILITY + ";" + H2_LOCK_WAIT;
  }

  public boolean isH2() {
    return isH2(url);
  }

  public boolean isPostgreSql() {
    return url.startsWith("jdbc:postgresql:");
  }

  private static boolean isH2(String url) {
    return url.startsWith("jdbc:h2:");
  }

  private static boolean isH2File(String url) {
    return isH2(url) && !url.startsWith("jdbc:h2:mem:");
  }

  /**
   * The file path of an H2 file database without H2's extensions ({@code
   * jdbc:h2:file:./data/rights-academy} gives {@code ./data/rights-academy}); empty for PostgreSQL,
   * in-memory and server (tcp:, ssl:) URLs.
   */
  public Optional<Path> h2File() {
    if (!isH2File(url)) {
      return Optional.empty();
    }
    String location = url.substring("jdbc:h2:".length()).split(";", 2)[0];
    if (location.startsWith("file:")) {
      location = location.substring("file:".length());
    } else if (location.matches("^[a-z]{2,}:.*")) {
      return Optional.empty(); // tcp:, ssl:, zip:, nio...: not a file this server creates
    }
    if (location.startsWith("~")) {
      location = System.getProperty("user.home") + location.substring(1);
    }
    return Optional.of(Path.of(location));
  }

  /** The URL with any password parameter masked, for logs and health reports. */
  public String safeUrl() {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + safeUrl() + ", user=" + user + "]";
  }
}

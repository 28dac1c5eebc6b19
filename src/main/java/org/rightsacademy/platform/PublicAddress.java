package org.rightsacademy.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address people reach the application at, for every link that leaves it (signed credentials,
 * the QR codes of certificates and join posters, join links): {@code RA_PUBLIC_URL} when set,
 * otherwise the address an administrator saved in the browser. Never taken from a request: a {@code
 * Host} or {@code X-Forwarded-*} header is whatever the sender typed, and a credential signed with
 * our key must not point to someone else's site. Without either, there is no public address and the
 * links that need one are not made.
 */
@Stateless
public class PublicAddress {

  /** The longest address accepted: it is stored in certificates' issuer ids and QR codes. */
  public static final int MAX_LENGTH = 200;

  static final String SETTING = "public-address";
  public static final String CHANGED = "PUBLIC_ADDRESS_CHANGED";

  private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());

  /** Path segments as people type them: letters, digits and - . _ ~ (no %, no ;, no \). */
  private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*/?");

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @EJB private AuditLog audit;
  @Resource private SessionContext session;

  /**
   * The public address without a trailing slash, e.g. {@code https://academy.example.org}; empty
   * when none is set.
   */
  public Optional<String> current() {
    Optional<String> configured = configured();
    if (configured.isPresent()) {
      return configured;
    }
    return Optional.ofNullable(em.find(Setting.class, SETTING))
        .map(Setting::value)
        .flatMap(PublicAddress::parse);
  }

  /**
   * The address {@code RA_PUBLIC_URL} sets (it wins over the browser setting), if it is set and
   * valid.
   */
  public static Optional<String> configured() {
    Optional<String> raw =
        ConfigProvider.getConfig()
            .getOptionalValue("ra.public-url", String.class)
            .map(String::strip)
            .filter(url -> !url.isEmpty());
    Optional<String> parsed = raw.flatMap(PublicAddress::parse);
    if (raw.isPresent() && parsed.isEmpty()) {
      LOG.severe(
          () ->
              "RA_PUBLIC_URL is not an http or https address without user, query or fragment: "
                  + raw.get()
                  + "; links that leave the application are not made until it is corrected");
    }
    return parsed;
  }

  /**
   * Saves the address an administrator typed (blank clears it). Refused when it is not an absolute
   * http(s) address with a host and at most a plain path.
   *
   * @throws IllegalArgumentException when the address is not acceptable
   */
  @RolesAllowed("ADMIN")
  public Optional<String> save(String typed) {
    String value = typed == null ? "" : typed.strip();
    Setting setting = em.find(Setting.class, SETTING);
    if (value.isEmpty()) {
      if (setting != null) {
        em.remove(setting);
        audit.record(CHANGED, null, "cleared");
      }
      return Optional.empty();
    }
    String address = parse(value).orElseThrow(() -> new IllegalArgumentException(value));
    String by = session.getCallerPrincipal().getName();
    if (setting == null) {
      em.persist(new Setting(SETTING, address, clock.instant(), by));
    } else {
      setting.change(address, clock.instant(), by);
    }
    audit.record(CHANGED, null, address);
    return Optional.of(address);
  }

  /**
   * An address as links use it: scheme and host in lower case, no trailing slash; empty unless it
   * is an absolute http or https URL with a host, no user information, query or fragment, and a
   * path of plain segments (no {@code ..}, no percent signs or other tricks).
   */
  public static Optional<String> parse(String typed) {
    if (typed == null || typed.isBlank() || typed.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(typed.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    boolean plain =
        (scheme.equals("http") || scheme.equals("https"))
            && uri.getHost() != null
            && !uri.getHost().isEmpty()
            && uri.getRawUserInfo() == null
            && uri.getRawQuery() == null
            && uri.getRawFragment() == null
            && PATH.matcher(path).matches()
            && !(path + "/").contains("/../")
            && !(path + "/").contains("/./");
    if (!plain) {
      return Optional.empty();
    }
    String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
    String address = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path;
    return Optional.of(
        address.endsWith("/") ? address.substring(0, address.length() - 1) : address);
  }
}

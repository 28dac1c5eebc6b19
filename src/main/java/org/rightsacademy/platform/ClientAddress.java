package org.rightsacademy.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request comes from, for the per-address sign-in rules and the audit log. Without a
 * proxy it is the connection's address. Behind a reverse proxy every connection comes from the
 * proxy, so all clients would share one budget and one pause: list the proxy's addresses in {@code
 * RA_TRUSTED_PROXIES}, and for requests from them the address is the right-most entry of {@code
 * X-Forwarded-For} that is not itself a trusted proxy. The header is ignored from anyone else: any
 * client can write it.
 */
@ApplicationScoped
public class ClientAddress {

  private static final String FORWARDED_FOR = "X-Forwarded-For";

  private Set<String> trusted;

  /**
   * ra.trusted-proxies, comma-separated, read as one string: Payara cannot inject an optional list.
   */
  @PostConstruct
  void read() {
    String listed =
        ConfigProvider.getConfig().getOptionalValue("ra.trusted-proxies", String.class).orElse("");
    trusted =
        Arrays.stream(listed.split(","))
            .map(String::strip)
            .filter(a -> !a.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
  }

  public String of(HttpServletRequest request) {
    return of(
        request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)), trusted);
  }

  /**
   * The client's address given the connection's, the X-Forwarded-For headers and the trusted
   * proxies.
   */
  static String of(String connection, List<String> forwardedFor, Set<String> trusted) {
    if (connection == null || !trusted.contains(connection)) {
      return connection;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      for (String hop : header.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    String address = connection;
    for (int i = hops.size() - 1; i >= 0 && trusted.contains(address); i--) {
      address = hops.get(i);
    }
    return address.length() > AuditEvent.ADDRESS_LENGTH
        ? address.substring(0, AuditEvent.ADDRESS_LENGTH)
        : address;
  }
}

package org.rightsacademy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for the per-address sign-in rules and the audit log. Without
 * a proxy it is the connection's address. Behind a reverse proxy every connection comes from the
 * proxy, so all clients would share one budget and one pause: list the proxy's addresses in
 * {@code RA_TRUSTED_PROXIES}, and for requests from them the address is the right-most entry of
 * {@code X-Forwarded-For} that is not itself a trusted proxy. The header is ignored from anyone
 * else: any client can write it.
 */
@ApplicationScoped
public class ClientAddress {

  private static final String FORWARDED_FOR = "X-Forwarded-For";

  @Inject
  @ConfigProperty(name = "ra.trusted-proxies")
  Optional<List<String>> trustedProxies;

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR)), Set.copyOf(trustedProxies.orElse(List.of())));
  }

  /** The client's address given the connection's, the X-Forwarded-For headers and the trusted proxies. */
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
    return address.length() > AuditEvent.ADDRESS_LENGTH ? address.substring(0, AuditEvent.ADDRESS_LENGTH) : address;
  }
}

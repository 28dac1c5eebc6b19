package org.rightsacademy.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address people reach the application at, for links that leave it (printed on posters and
 * certificates, in QR codes): {@code ra.public-url} when set (behind a proxy, or to print the
 * organisation's own name), otherwise the address this request came to.
 */
public final class PublicAddress {

  private PublicAddress() {}

  public static String of(HttpServletRequest request) {
    return ConfigProvider.getConfig().getOptionalValue("ra.public-url", String.class)
        .map(String::strip)
        .filter(url -> !url.isEmpty())
        .map(url -> url.replaceAll("/+$", ""))
        .orElseGet(() -> request.getRequestURL().toString().replace(request.getRequestURI(), request.getContextPath()));
  }
}

package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed only from the proxies the operator names. */
class ClientAddressTest {

  private static final Set<String> PROXY = Set.of("10.0.0.5");

  @Test
  void withoutATrustedProxyTheConnectionsAddressCountsAndTheHeaderIsIgnored() {
    assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", List.of("198.51.100.1"), Set.of()));
    assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", List.of("198.51.100.1"), PROXY));
  }

  @Test
  void behindATrustedProxyTheLastAddressItSawCounts() {
    // The client wrote a forged first entry; the proxy appended the address it really saw.
    assertEquals(
        "203.0.113.7", ClientAddress.of("10.0.0.5", List.of("1.2.3.4, 203.0.113.7"), PROXY));
    assertEquals(
        "203.0.113.7", ClientAddress.of("10.0.0.5", List.of("1.2.3.4", "203.0.113.7"), PROXY));
  }

  @Test
  void chainsOfTrustedProxiesAreWalkedBack() {
    assertEquals(
        "203.0.113.7",
        ClientAddress.of(
            "10.0.0.5", List.of("203.0.113.7, 10.0.0.6"), Set.of("10.0.0.5", "10.0.0.6")));
  }

  @Test
  void aTrustedProxyWithoutTheHeaderIsItself() {
    assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", List.of(), PROXY));
  }
}

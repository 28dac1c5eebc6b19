package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What an administrator may save as the public address, and the form links then use. */
class PublicAddressTest {

  @ParameterizedTest
  @CsvSource({
    "https://academy.example.org, https://academy.example.org",
    "https://academy.example.org/, https://academy.example.org",
    "HTTP://Academy.Example.ORG:8080/ra/, http://academy.example.org:8080/ra",
    "http://192.168.1.20:8080, http://192.168.1.20:8080",
    "http://[::1]:8080, http://[::1]:8080",
    "' https://academy.example.org/rights-academy ', https://academy.example.org/rights-academy"
  })
  void aPlainHttpAddressIsKeptInOneForm(String typed, String kept) {
    assertEquals(Optional.of(kept), PublicAddress.parse(typed));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "academy.example.org",
        "//academy.example.org",
        "ftp://academy.example.org",
        "javascript:alert(1)",
        "https://admin:secret@academy.example.org",
        "https://academy.example.org@evil.example",
        "https://academy.example.org/?next=evil",
        "https://academy.example.org/#x",
        "https://academy.example.org/../x",
        "https://academy.example.org/a/./b",
        "https://academy.example.org/%2e%2e/",
        "https://academy.example.org/a;b",
        "https://academy.example.org//evil.example",
        "https://acad emy.example.org",
        "https:///path",
        "http://",
        "",
        "https://académie.example.org",
        "https://academy.example.org\\\\evil.example"
      })
  void anythingElseIsRefused(String typed) {
    assertEquals(Optional.empty(), PublicAddress.parse(typed));
  }

  @org.junit.jupiter.api.Test
  void anAddressLongerThanItsColumnIsRefused() {
    assertEquals(
        Optional.empty(),
        PublicAddress.parse("https://academy.example.org/" + "a".repeat(PublicAddress.MAX_LENGTH)));
  }
}

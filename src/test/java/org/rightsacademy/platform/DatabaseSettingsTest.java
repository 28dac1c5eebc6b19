package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  @Test
  void defaultIsAnEmbeddedH2FileUnderTheDataDirectoryThatSurvivesACrash() {
    DatabaseSettings settings = DatabaseSettings.of(null, "./data", null, null);
    assertEquals(
        "jdbc:h2:file:./data/rights-academy;WRITE_DELAY=0;LOCK_TIMEOUT=10000", settings.url());
    assertEquals("sa", settings.user());
    assertTrue(settings.isH2());
  }

  @Test
  void aBareDataDirectoryIsMadeRelativeForH2() {
    assertEquals(
        "jdbc:h2:file:./var/ra/rights-academy;WRITE_DELAY=0;LOCK_TIMEOUT=10000",
        DatabaseSettings.of("", "var/ra", null, null).url());
    assertEquals(
        "jdbc:h2:file:/srv/ra/rights-academy;WRITE_DELAY=0;LOCK_TIMEOUT=10000",
        DatabaseSettings.of(" ", "/srv/ra", null, null).url());
  }

  @Test
  void anH2FileUrlWithoutWriteDelayGetsItAdded() {
    DatabaseSettings settings =
        DatabaseSettings.of("jdbc:h2:file:/tmp/x;MODE=LEGACY", "./data", "ra", "s3cret");
    assertEquals("jdbc:h2:file:/tmp/x;MODE=LEGACY;WRITE_DELAY=0", settings.url());
    assertEquals("ra", settings.user());
  }

  @Test
  void aChosenWriteDelayIsLeftAlone() {
    assertEquals(
        "jdbc:h2:file:/tmp/x;write_delay=0",
        DatabaseSettings.of("jdbc:h2:file:/tmp/x;write_delay=0", ".", null, null).url());
  }

  @Test
  void postgresqlUrlsAreUsedAsGiven() {
    DatabaseSettings settings =
        DatabaseSettings.of("jdbc:postgresql://db:5432/rightsacademy", "./data", "ra", "s3cret");
    assertEquals("jdbc:postgresql://db:5432/rightsacademy", settings.url());
    assertTrue(settings.isPostgreSql());
    assertFalse(settings.isH2());
  }

  @Test
  void passwordsNeverAppearInLogsOrReports() {
    DatabaseSettings settings =
        DatabaseSettings.of(
            "jdbc:postgresql://db/ra?user=ra&password=s3cret&ssl=true", "./data", null, "other");
    assertFalse(settings.safeUrl().contains("s3cret"), settings.safeUrl());
    assertFalse(settings.toString().contains("s3cret"));
    assertFalse(settings.toString().contains("other"));
  }

  @Test
  void theH2FileIsTakenFromTheUrl() {
    assertEquals(
        java.util.Optional.of(java.nio.file.Path.of("./data/rights-academy")),
        DatabaseSettings.of(null, "./data", null, null).h2File());
    assertEquals(
        java.util.Optional.of(java.nio.file.Path.of("/srv/ra/db")),
        DatabaseSettings.of("jdbc:h2:/srv/ra/db;MODE=LEGACY", "x", null, null).h2File());
    assertEquals(
        java.util.Optional.empty(),
        DatabaseSettings.of("jdbc:h2:mem:test", "./data", null, null).h2File());
    assertEquals(
        java.util.Optional.empty(),
        DatabaseSettings.of("jdbc:h2:tcp://db/ra", "./data", null, null).h2File());
    assertEquals(
        java.util.Optional.empty(),
        DatabaseSettings.of("jdbc:postgresql://db/ra", "./data", "ra", "x").h2File());
  }
}

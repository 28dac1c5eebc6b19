package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded file writes every commit at its end ({@link EmbeddedStore#appendOnly}), ~25 KB a
 * save; compaction gives that space back, also after a long burst of saves, and the schedule keeps
 * the file small while saves go on.
 */
class EmbeddedStoreTest {

  private static final int QUESTIONS = 3_000;

  @TempDir Path dir;

  private JdbcDataSource dataSource;
  private Path file;
  private long saved;

  @BeforeEach
  void createTheAnswerTable() throws SQLException {
    dataSource = new JdbcDataSource();
    dataSource.setURL(DatabaseSettings.embeddedUrl(dir.toString()));
    dataSource.setUser("sa");
    file = dir.resolve("rights-academy.mv.db");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE item(pos INT PRIMARY KEY, seq BIGINT, response VARCHAR(400))");
      statement.execute(
          "INSERT INTO item SELECT x, 0, NULL FROM SYSTEM_RANGE(1, " + QUESTIONS + ")");
      statement.execute(
          "CREATE TABLE log(id BIGINT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(400))");
    }
  }

  @Test
  void aFileGrownByABurstOfSavesIsCompactedBackWithinThreeRunsAndKeepsEveryAnswer()
      throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      EmbeddedStore.appendOnly(connection);
      save(connection, 8_000);
      long grown = Files.size(file);
      assertTrue(grown > 100L << 20, "every save is written at the end: " + grown + " bytes");

      for (int run = 0; run < 3; run++) { // a minute and a half of the schedule
        EmbeddedStore.compactGrownFiles();
      }

      long compacted = Files.size(file);
      assertTrue(compacted < 16L << 20, "compacted from " + grown + " to " + compacted + " bytes");
      assertEquals(saved, latestSave(connection));
    }
  }

  @Test
  void savingWithoutPauseKeepsTheFileWithinWhatTheScheduleAllows() throws Exception {
    long largest = 0;
    try (Connection connection = dataSource.getConnection()) {
      EmbeddedStore.appendOnly(connection);
      for (int halfMinute = 0; halfMinute < 8; halfMinute++) {
        save(connection, 1_500); // ~40 MB: more than the growth that starts a compaction
        largest = Math.max(largest, Files.size(file));
        EmbeddedStore.compactGrownFiles();
      }
      long last = Files.size(file);
      assertTrue(largest < 96L << 20, "the file reached " + largest + " bytes");
      assertTrue(last < 16L << 20, "the file ended at " + last + " bytes");
      assertEquals(saved, latestSave(connection));
    }
  }

  @Test
  void onlyADatabaseThatWritesEachCommitAtOnceIsMadeAppendOnly() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      EmbeddedStore.appendOnly(connection);
      assertFalse(EmbeddedStore.store(connection).orElseThrow().isSpaceReused());
    }
    String delayed = "jdbc:h2:file:" + dir.resolve("delayed").toAbsolutePath() + ";WRITE_DELAY=500";
    try (Connection connection = DriverManager.getConnection(delayed, "sa", "")) {
      EmbeddedStore.appendOnly(connection);
      assertTrue(EmbeddedStore.store(connection).orElseThrow().isSpaceReused(), "H2's own ways");
    }
  }

  private void save(Connection connection, int saves) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement save =
            connection.prepareStatement("UPDATE item SET seq = ?, response = ? WHERE pos = ?");
        PreparedStatement log = connection.prepareStatement("INSERT INTO log(body) VALUES (?)")) {
      for (int i = 0; i < saves; i++) {
        saved++;
        save.setLong(1, saved);
        save.setString(2, "answer " + saved + " " + "y".repeat(200));
        save.setInt(3, (int) (saved % QUESTIONS) + 1);
        save.executeUpdate();
        log.setString(1, "saved " + saved + " " + "z".repeat(100));
        log.executeUpdate();
        connection.commit();
      }
    } finally {
      connection.setAutoCommit(true);
    }
  }

  private static long latestSave(Connection connection) throws SQLException {
    try (ResultSet latest =
        connection.createStatement().executeQuery("SELECT MAX(seq) FROM item")) {
      latest.next();
      return latest.getLong(1);
    }
  }
}

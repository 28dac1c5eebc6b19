package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live backup and its restore, on an H2 file opened as the server opens it: answers are saved
 * without pause while the backup runs, the backup is restored into a fresh folder, and every answer
 * committed before the backup began is there.
 */
class DatabaseBackupTest {

  @TempDir Path temp;

  @Test
  void aBackupTakenWhileWritesContinueHoldsEveryRowCommittedBeforeItAndRestores() throws Exception {
    Path live = temp.resolve("live");
    String url = DatabaseSettings.embeddedUrl(live.toString()); // the server's own URL and settings
    try (Connection setup = DriverManager.getConnection(url, "sa", "")) {
      setup
          .createStatement()
          .execute("CREATE TABLE answer(id BIGINT PRIMARY KEY, text VARCHAR(200) NOT NULL)");
    }
    AtomicLong committed = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    CountDownLatch warmedUp = new CountDownLatch(500);
    CountDownLatch afterBackup = new CountDownLatch(1);
    Thread writer =
        new Thread(
            () -> {
              try (Connection connection = DriverManager.getConnection(url, "sa", "");
                  PreparedStatement insert =
                      connection.prepareStatement("INSERT INTO answer VALUES (?, ?)")) {
                for (long id = 1; running.get(); id++) {
                  insert.setLong(1, id);
                  insert.setString(2, "answer " + id + " ".repeat((int) (id % 100)));
                  insert.executeUpdate(); // auto-commit: acknowledged once this returns
                  committed.set(id);
                  warmedUp.countDown();
                  if (afterBackup.getCount() == 0 && id % 1000 == 0) {
                    break;
                  }
                }
              } catch (Throwable t) {
                failure.set(t);
              }
            });
    writer.start();
    assertTrue(warmedUp.await(2, TimeUnit.MINUTES), "the writer writes");

    long before = committed.get();
    DatabaseBackup.Made made;
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      made = DatabaseBackup.backUp(connection, live.resolve("backups"), Instant.now());
    }
    long duringOrAfter = committed.get();
    afterBackup.countDown();
    writer.join(TimeUnit.MINUTES.toMillis(2));
    running.set(false);
    assertEquals(null, failure.get(), "the writer never failed while the backup ran");
    assertTrue(
        duringOrAfter >= before,
        "writes went on during the backup: " + before + " then " + duringOrAfter);

    Path zip = live.resolve("backups").resolve(made.fileName());
    assertTrue(made.fileName().matches("rights-academy-\\d{8}-\\d{6}\\.zip"), made.fileName());
    assertEquals(Files.size(zip), made.bytes());

    Path fresh = temp.resolve("restored");
    Files.createDirectories(fresh);
    Restore.execute(zip.toString(), fresh.toString(), "rights-academy");
    try (Connection restored =
            DriverManager.getConnection(DatabaseSettings.embeddedUrl(fresh.toString()), "sa", "");
        Statement query = restored.createStatement();
        ResultSet rows = query.executeQuery("SELECT COUNT(*) FROM answer WHERE id <= " + before)) {
      rows.next();
      assertEquals(
          before, rows.getLong(1), "every row committed before the backup began is restored");
    }
  }
}

package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An embedded H2 file killed with {@code kill -9} keeps every commit it acknowledged, with space
 * reuse provoked at once ({@code RETENTION_TIME=0}) and compaction every 300 ms. A writer process
 * saves answers from six threads the way the quiz does (lock the attempt's row, update the answer
 * if newer, add a row elsewhere, trim old rows, commit) and prints each commit once it returns;
 * after a random number of them it is killed, the file opened again and every printed commit looked
 * for. Without {@link EmbeddedStore#appendOnly} half of such trials lose commits.
 */
class EmbeddedStoreCrashTest {

  private static final int HANDS = 6;

  @Test
  void aKilledServerKeepsEveryCommitItAcknowledged() throws Exception {
    int trials = Integer.getInteger("ra.h2crash.trials", 6);
    Path root = Path.of("target", "embedded-crash", String.valueOf(System.currentTimeMillis()));
    Random random = new Random();
    List<String> lost = new ArrayList<>();
    for (int trial = 1; trial <= trials; trial++) {
      lost.addAll(trial(trial, root.resolve("trial-" + trial), 50 + random.nextInt(350)));
    }
    assertEquals(List.of(), lost, "commits acknowledged before the kill and missing after it");
  }

  private static List<String> trial(int trial, Path dir, int killAfter) throws Exception {
    Files.createDirectories(dir);
    String url = DatabaseSettings.embeddedUrl(dir.toString()) + ";RETENTION_TIME=0";
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE attempt(id INT PRIMARY KEY)");
      statement.execute("INSERT INTO attempt VALUES (1)");
      statement.execute("CREATE TABLE item(pos INT PRIMARY KEY, seq BIGINT, response VARCHAR(40))");
      statement.execute(
          "CREATE TABLE log(id BIGINT AUTO_INCREMENT PRIMARY KEY, body VARCHAR(2000))");
      for (int position = 0; position < HANDS; position++) {
        statement.execute("INSERT INTO item VALUES (" + position + ", 0, NULL)");
      }
    }
    Path log = dir.resolve("writer.log");
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Writer.class.getName(),
                url)
            .redirectError(log.toFile())
            .start();
    Map<Integer, Long> acknowledged = new HashMap<>();
    int count = 0;
    try (BufferedReader acks =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII))) {
      for (String line = acks.readLine(); line != null; line = acks.readLine()) {
        String[] parts = line.split(" ");
        if (parts.length < 2) {
          continue; // a line cut by the kill
        }
        acknowledged.merge(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), Math::max);
        if (++count == killAfter) {
          writer.destroyForcibly(); // SIGKILL; what is already in the pipe is still read
        }
      }
    } catch (IOException pipeClosedByTheKill) {
      // every line read before it counts
    } finally {
      writer.destroyForcibly();
      assertTrue(writer.waitFor(60, TimeUnit.SECONDS), "the writer process ends");
    }
    assertTrue(
        count >= killAfter,
        "trial " + trial + ": the writer stopped after " + count + " commits: " + tail(log));
    List<String> lost = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, "sa", "");
        ResultSet stored =
            connection.createStatement().executeQuery("SELECT pos, seq FROM item ORDER BY pos")) {
      while (stored.next()) {
        Long acked = acknowledged.get(stored.getInt(1));
        if (acked != null && stored.getLong(2) < acked) {
          lost.add(
              "trial "
                  + trial
                  + " answer "
                  + stored.getInt(1)
                  + ": acknowledged "
                  + acked
                  + ", stored "
                  + stored.getLong(2));
        }
      }
    }
    return lost;
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
  }

  /** The process that is killed: saves from six threads, compacts every 300 ms. */
  public static final class Writer {

    public static void main(String[] args) throws Exception {
      String url = args[0];
      PrintStream out =
          new PrintStream(new FileOutputStream(FileDescriptor.out), false, "US-ASCII");
      Connection maintenance = open(url);
      Thread compactor =
          new Thread(
              () -> {
                try {
                  while (true) {
                    Thread.sleep(300);
                    EmbeddedStore.compact(maintenance);
                  }
                } catch (InterruptedException | SQLException e) {
                  e.printStackTrace();
                }
              });
      compactor.setDaemon(true);
      compactor.start();
      ExecutorService hands = Executors.newFixedThreadPool(HANDS);
      for (int position = 0; position < HANDS; position++) {
        int hand = position;
        hands.submit(
            () -> {
              try (Connection connection = open(url)) {
                save(connection, hand, out);
              } catch (SQLException e) {
                e.printStackTrace();
              }
            });
      }
      hands.awaitTermination(1, TimeUnit.DAYS);
    }

    /** A connection as the pool opens it: through {@link EmbeddedStore#appendOnly}. */
    private static Connection open(String url) throws SQLException {
      Connection connection = DriverManager.getConnection(url, "sa", "");
      EmbeddedStore.appendOnly(connection);
      return connection;
    }

    private static void save(Connection connection, int position, PrintStream out)
        throws SQLException {
      connection.setAutoCommit(false);
      try (PreparedStatement lock =
              connection.prepareStatement("SELECT id FROM attempt WHERE id = 1 FOR UPDATE");
          PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE item SET seq = ?, response = ? WHERE pos = ? AND seq < ?");
          PreparedStatement add = connection.prepareStatement("INSERT INTO log(body) VALUES (?)");
          PreparedStatement trim =
              connection.prepareStatement(
                  "DELETE FROM log WHERE id < (SELECT MAX(id) - 30 FROM log)")) {
        String filler = "x".repeat(1500);
        for (long seq = 1; ; seq++) {
          lock.executeQuery().close();
          update.setLong(1, seq);
          update.setString(2, "answer " + seq);
          update.setInt(3, position);
          update.setLong(4, seq);
          update.executeUpdate();
          add.setString(1, filler + seq);
          add.executeUpdate();
          if (seq % 5 == 0) {
            trim.executeUpdate();
          }
          connection.commit();
          synchronized (out) {
            out.println(position + " " + seq);
            out.flush();
          }
        }
      }
    }
  }
}

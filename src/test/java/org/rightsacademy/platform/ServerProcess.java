package org.rightsacademy.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Payara Micro server run as a process of its own by a test (to kill it, or to start it exactly
 * as an operator would), on a free port, waited for through its own readiness probe. Its output
 * goes to a log file whose last lines any failure quotes.
 */
public final class ServerProcess {

  /**
   * How long a start may take before the test gives up: far above a start on a busy machine (100 s
   * seen; 8 minutes and more with six builds on two cores), and never less than what the build
   * gives Arquillian's servers (600 s in arquillian.xml, or more with {@code
   * -DargLine=-Darq.container.payara-micro.configuration.startupTimeoutInSeconds=900}).
   */
  private static final Duration STARTUP_LIMIT =
      Duration.ofSeconds(
          Math.max(
              Duration.ofMinutes(10).toSeconds(),
              Long.getLong("arq.container.payara-micro.configuration.startupTimeoutInSeconds", 0)));

  private ServerProcess() {}

  /**
   * {@code java -jar <payara-micro jar> --deploy <the WAR> --contextroot / --port P --nocluster}.
   */
  public static List<String> plainWar(int port) {
    return new ArrayList<>(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            System.getProperty("ra.payara.jar"),
            "--deploy",
            System.getProperty("ra.war"),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(port),
            "--nocluster"));
  }

  /**
   * Starts the command with these variables added to the environment, its output to {@code log},
   * and returns once {@code /health/ready} on {@code port} says UP.
   */
  public static Process start(
      List<String> command, Map<String, String> environment, Path log, int port)
      throws IOException, InterruptedException {
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    try {
      waitUntilReady(process, port, log);
    } catch (AssertionError | InterruptedException e) {
      process.destroyForcibly();
      throw e;
    }
    return process;
  }

  /**
   * Waits for the server's own readiness: {@code /health/ready} answering 200 with status UP (the
   * database answers and its schema is migrated, {@code DatabaseReadiness}). Each probe is a client
   * and connection of its own, in HTTP/1.1 like {@link WebClient}: one shared client in the JDK's
   * default HTTP/2 (which Payara accepts through an h2c upgrade) keeps a connection whose probe
   * timed out during a slow start in its pool and sends every later probe on it, so one stuck
   * connection could hide a server that had long been ready; and a failure said nothing of what it
   * had seen. Now whatever was seen last, and the server's own log, are in the message.
   */
  public static void waitUntilReady(Process process, int port, Path log)
      throws InterruptedException {
    URI ready = URI.create("http://localhost:" + port + "/health/ready");
    Instant giveUp = Instant.now().plus(STARTUP_LIMIT);
    String seen = "nothing yet";
    int probes = 0;
    while (Instant.now().isBefore(giveUp)) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the server stopped while starting (exit "
                + process.exitValue()
                + "); last seen at "
                + ready
                + ": "
                + seen
                + logTail(log));
      }
      probes++;
      try (HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5))
              .build()) {
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
          return;
        }
        seen = answer.statusCode() + " " + abbreviated(answer.body());
      } catch (IOException notYet) {
        seen = notYet.toString();
      }
      // Between probes of a process that is still starting; the wait ends on its own answer.
      Thread.sleep(500);
    }
    throw new AssertionError(
        "the server was not ready within "
            + STARTUP_LIMIT.toSeconds()
            + " s ("
            + probes
            + " probes of "
            + ready
            + "); last seen: "
            + seen
            + logTail(log));
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String abbreviated(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /** The server's own word on its start: its "ready in" line and its last lines. */
  public static String logTail(Path log) {
    try {
      List<String> lines =
          new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
              .replaceAll("\u001b\\[[0-9;]*m", "")
              .lines()
              .toList();
      String readyLine =
          lines.stream()
              .filter(line -> line.contains("ready in"))
              .map(ServerProcess::abbreviated)
              .findFirst()
              .orElse("(no \"ready in\" line)");
      String tail =
          String.join(
              System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 15), lines.size()));
      return System.lineSeparator()
          + "server log "
          + log
          + ": "
          + readyLine
          + System.lineSeparator()
          + "its last lines:"
          + System.lineSeparator()
          + tail;
    } catch (IOException unreadable) {
      return "; server log " + log + " unreadable: " + unreadable;
    }
  }
}

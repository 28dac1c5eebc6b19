package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WAR on a Payara Micro started as its documentation says, {@code java -jar payara-micro.jar
 * --deploy rights-academy.war}, without our pre-boot commands: what the application owns holds
 * anyway. Text is gzip-compressed for a browser that accepts it (and only then), the session cookie
 * is HttpOnly with SameSite=Lax once, and no response names the server.
 */
class PlainWarIT {

  private static final Pattern STYLESHEET =
      Pattern.compile("<link[^>]*href=\"([^\"]*app\\.css[^\"]*)\"");

  private static Process server;
  private static int port;

  @BeforeAll
  static void startThePlainWar() throws Exception {
    port = ServerProcess.freePort();
    Path data = Path.of("target", "plain-war-data", String.valueOf(System.currentTimeMillis()));
    server =
        ServerProcess.start(
            ServerProcess.plainWar(port),
            Map.of(
                "RA_DATA_DIR",
                data.toAbsolutePath().toString(),
                "RA_COURSES_DIR",
                Path.of("src", "test", "resources", "packages").toAbsolutePath().toString()),
            Path.of("target", "plain-war-server.log"),
            port);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void aSignedInLessonPageAndItsStylesheetAreCompressedAndNameNoServer() throws IOException {
    WebClient client = new WebClient(new URL("http://localhost:" + port + "/"));
    assertEquals(
        302,
        client
            .signIn(System.getProperty("it.admin.user"), System.getProperty("it.admin.password"))
            .statusCode(),
        "signs in");
    String session = "JSESSIONID=" + client.cookie("JSESSIONID");

    HttpResponse<byte[]> lesson =
        get("/learn/lesson.xhtml?code=sample&lesson=basics%2Fdefinition", session, "gzip, br");
    assertEquals(200, lesson.statusCode());
    assertGzip(lesson, "the lesson page");
    String page = gunzip(lesson.body());
    assertTrue(page.contains("</html>"), "the lesson page unzips to the whole page");
    assertNoServerName(lesson);

    Matcher stylesheet = STYLESHEET.matcher(page);
    assertTrue(stylesheet.find(), "the page links our stylesheet");
    String css = stylesheet.group(1).replace("&amp;", "&");
    HttpResponse<byte[]> compressed = get(css, session, "gzip, deflate");
    assertEquals(200, compressed.statusCode());
    assertGzip(compressed, "app.css");
    assertTrue(gunzip(compressed.body()).contains("{"), "app.css unzips to CSS");
    assertNoServerName(compressed);

    HttpResponse<byte[]> plain = get(css, session, null);
    assertEquals(200, plain.statusCode());
    assertFalse(
        plain.headers().firstValue("Content-Encoding").isPresent(),
        "a client that does not accept gzip gets the stylesheet as it is");
    assertEquals(
        gunzip(compressed.body()),
        new String(plain.body(), StandardCharsets.UTF_8),
        "the same stylesheet either way");
    assertTrue(
        compressed.body().length * 2 < plain.body().length,
        "compressed to less than half: "
            + compressed.body().length
            + " of "
            + plain.body().length
            + " bytes");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLaxOnce() {
    HttpResponse<byte[]> home = get("/", null, "gzip");
    assertEquals(200, home.statusCode());
    List<String> session =
        home.headers().allValues("Set-Cookie").stream()
            .filter(cookie -> cookie.startsWith("JSESSIONID="))
            .toList();
    assertEquals(1, session.size(), "one session cookie: " + home.headers().map());
    String cookie = session.get(0);
    String lower = cookie.toLowerCase(Locale.ROOT);
    assertEquals(
        1, lower.split("samesite=", -1).length - 1, "SameSite appears exactly once: " + cookie);
    assertTrue(lower.contains("samesite=lax"), "SameSite=Lax: " + cookie);
    assertTrue(lower.contains("httponly"), "HttpOnly: " + cookie);
    assertFalse(lower.contains("secure"), "not Secure over plain HTTP: " + cookie);
    assertNoServerName(home);
    assertGzip(home, "the home page");
  }

  @Test
  void errorPagesNameNoServerEither() {
    // A public address (errors/*), so that the answer is the application's 404 page, not the
    // redirect to sign-in that the container's security sends before any filter runs.
    HttpResponse<byte[]> missing =
        get("/errors/no-such-page-" + System.nanoTime() + ".xhtml", null, "gzip");
    assertEquals(404, missing.statusCode());
    assertNoServerName(missing);
  }

  private static void assertGzip(HttpResponse<byte[]> response, String what) {
    assertEquals(
        "gzip",
        response.headers().firstValue("Content-Encoding").orElse("none"),
        what + " is gzip-compressed: " + response.headers().map());
    assertTrue(
        response.headers().allValues("Vary").stream()
            .anyMatch(vary -> vary.toLowerCase(Locale.ROOT).contains("accept-encoding")),
        what + " varies by Accept-Encoding: " + response.headers().map());
  }

  private static void assertNoServerName(HttpResponse<?> response) {
    assertEquals(
        List.of(), response.headers().allValues("Server"), "no Server header on " + response.uri());
    assertEquals(
        List.of(),
        response.headers().allValues("X-Powered-By"),
        "no X-Powered-By header on " + response.uri());
  }

  private static HttpResponse<byte[]> get(String path, String cookie, String acceptEncoding) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofMinutes(2));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    try (HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build()) {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String gunzip(byte[] body) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("not gzip: " + e, e);
    }
  }
}

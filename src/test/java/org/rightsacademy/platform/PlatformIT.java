package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.sql.DataSource;
import org.h2.mvstore.MVStore;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;

/**
 * The shipped WAR inside Payara Micro: its database, migrations, health, languages, compression,
 * caching and error pages, as a server and a browser-less client see them.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @Inject private AuditLog auditLog;
  @EJB private AccountService accounts;
  @ArquillianResource private URL deployed;

  // ---- inside the server -------------------------------------------------------------------

  @Inject private SharedStates sharedStates;

  @Test
  void countsSharedThroughTheDatabaseLoseNoIncrementUnderConcurrentRequests() throws Exception {
    String subject = "203.0.113." + System.nanoTime() % 200;
    int threads = 8;
    int each = 25;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < each; i++) {
                    sharedStates.update(
                        "it-count",
                        subject,
                        state -> {
                          int next = state == null ? 1 : Integer.parseInt(state) + 1;
                          return new SharedStates.Change<>(
                              Integer.toString(next),
                              java.time.Instant.now().plusSeconds(60),
                              next);
                        });
                  }
                  return null;
                }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    int counted =
        sharedStates.update(
            "it-count",
            subject,
            state ->
                new SharedStates.Change<>(
                    state, java.time.Instant.now().minusSeconds(1), Integer.parseInt(state)));
    assertEquals(threads * each, counted, "every node's increments count, none lost");
    sharedStates.forgetExpired("it-count", java.time.Instant.now());
    String left =
        sharedStates.update(
            "it-count", subject, state -> new SharedStates.Change<String>(null, null, state));
    assertEquals(null, left, "an expired state is swept");
  }

  @Test
  void theServersFileIsAppendOnlyAndIsCompactedWhileItServes() {
    List<MVStore> files = List.copyOf(EmbeddedStore.appendOnlyFiles());
    assertEquals(1, files.size(), "the server's embedded H2 file, made append-only by the pool");
    MVStore file = files.get(0);
    assertFalse(file.isSpaceReused());
    String subject = "compaction@" + System.nanoTime();
    java.time.Instant keep = java.time.Instant.now().plusSeconds(60);
    sharedStates.increment("it-budget", subject, keep);

    EmbeddedStore.compact(file);

    assertFalse(file.isSpaceReused(), "append-only again after the compaction");
    assertEquals(
        2, sharedStates.increment("it-budget", subject, keep), "its data kept, commits go on");
  }

  @Test
  void budgetCountsLoseNoIncrementUnderConcurrentRequests() throws Exception {
    // A room signing in together behind one address: every request adds one to the same count.
    String subject = "198.51.100." + System.nanoTime() % 200 + "@it";
    java.time.Instant keep = java.time.Instant.now().plusSeconds(60);
    int threads = 8;
    int each = 25;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    List<java.util.concurrent.Future<Long>> done = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  long highest = 0;
                  for (int i = 0; i < each; i++) {
                    highest = Math.max(highest, sharedStates.increment("it-budget", subject, keep));
                  }
                  return highest;
                }));
      }
      for (java.util.concurrent.Future<Long> f : done) {
        assertTrue(f.get() <= threads * each, "no count beyond the requests made");
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(
        threads * each + 1,
        sharedStates.increment("it-budget", subject, keep),
        "every increment counted, none lost");
    sharedStates.forgetExpired("it-budget", keep.plusSeconds(1));
    assertEquals(
        1, sharedStates.increment("it-budget", subject, keep), "an expired count starts again");
  }

  @Test
  void flywayMigratesTheSchemaAtStartup() throws SQLException {
    List<String> applied = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\"")) {
      while (rows.next()) {
        applied.add(rows.getString(1));
      }
    }
    assertTrue(applied.contains("1"), "applied migrations: " + applied);
  }

  @Test
  void theEmbeddedDatabaseIsAnH2FileInTheConfiguredDirectoryWithDurableWrites()
      throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet writeDelay =
            statement.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
      String url = connection.getMetaData().getURL();
      assertTrue(writeDelay.next(), "H2 reports its WRITE_DELAY");
      String delay = writeDelay.getString(1);
      assertAll(
          () -> assertEquals("H2", connection.getMetaData().getDatabaseProductName()),
          () -> assertEquals("0", delay, "committed writes reach the disk at once"),
          // failsafe sets RA_DATA_DIR to target/it-data: the environment variable reached the app.
          () -> assertTrue(url.contains("it-data"), url));
    }
  }

  @Test
  void eachStartIsRecordedInTheAuditLogThroughJpa() {
    List<AuditEvent> starts = auditLog.latest(ApplicationStart.STARTED, 1);
    assertFalse(starts.isEmpty(), "no start recorded");
    AuditEvent start = starts.get(0);
    assertEquals(AuditEvent.SYSTEM, start.getActor());
    assertTrue(start.getDetail().startsWith("schema "), start.getDetail());
    assertTrue(start.getId() != null && start.getOccurredAt() != null);
  }

  // ---- as a client ---------------------------------------------------------------------------

  // HTTP/1.1 as browsers speak it to a plain-http server (no h2c upgrade dance).
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static HttpResponse<String> get(URI uri, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static URI health(URL base, String which) {
    return URI.create(base.getProtocol() + "://localhost:" + base.getPort() + "/health/" + which);
  }

  @Test
  @RunAsClient
  void readinessReportsTheDatabaseUp(@ArquillianResource URL base) throws Exception {
    HttpResponse<String> response = get(health(base, "ready"));
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"name\":\"database\""), response.body());
    assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    String shipped =
        "H2 "
            + org.h2.engine.Constants.VERSION_MAJOR
            + "."
            + org.h2.engine.Constants.VERSION_MINOR
            + "."
            + org.h2.engine.Constants.BUILD_ID;
    assertTrue(
        response.body().contains(shipped),
        "the H2 we ship (" + shipped + "), not the server's: " + response.body());
  }

  @Test
  @RunAsClient
  void livenessIsUp(@ArquillianResource URL base) throws Exception {
    HttpResponse<String> response = get(health(base, "live"));
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
  }

  @Test
  @RunAsClient
  void theHomePageFollowsTheBrowsersLanguageAndIsRightToLeftInArabic(@ArquillianResource URL base)
      throws Exception {
    for (Language language : Language.values()) {
      HttpResponse<String> page =
          get(Deployments.local(base).toURI(), "Accept-Language", language.code() + ",en;q=0.5");
      String heroTitle = MessageBundlesTest.bundle(language).getProperty("home.hero.title");
      assertAll(
          language.code(),
          () -> assertEquals(200, page.statusCode()),
          () ->
              assertTrue(
                  page.body()
                      .contains(
                          "lang=\"" + language.code() + "\" dir=\"" + language.direction() + "\""),
                  "html lang/dir"),
          () -> assertTrue(page.body().contains(heroTitle), "hero title in " + language.code()));
    }
  }

  @Test
  @RunAsClient
  void anUnsupportedBrowserLanguageGetsEnglish(@ArquillianResource URL base) throws Exception {
    HttpResponse<String> page =
        get(Deployments.local(base).toURI(), "Accept-Language", "de-DE,de;q=0.9");
    assertTrue(page.body().contains("lang=\"en\" dir=\"ltr\""));
  }

  @Test
  @RunAsClient
  void textResponsesAreCompressed(@ArquillianResource URL base) throws Exception {
    HttpResponse<byte[]> response =
        HTTP.send(
            HttpRequest.newBuilder(Deployments.local(base).toURI())
                .header("Accept-Encoding", "gzip")
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse("none"));
    try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      String html = new String(gunzip.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(html.contains("</html>"), "a whole page after decompression");
      assertTrue(response.body().length < html.length() / 2, "compressed to less than half");
    }
  }

  @Test
  @RunAsClient
  void versionedStaticResourcesAreCachedForAYear(@ArquillianResource URL base) throws Exception {
    String html = get(Deployments.local(base).toURI()).body();
    Matcher stylesheet = Pattern.compile("href=\"([^\"]*app\\.css[^\"]*)\"").matcher(html);
    assertTrue(stylesheet.find(), "our stylesheet is linked");
    String href = stylesheet.group(1).replace("&amp;", "&");
    assertTrue(href.contains("v="), "its URL carries a version: " + href);
    HttpResponse<String> css = get(Deployments.local(base).toURI().resolve(href));
    assertEquals(200, css.statusCode());
    assertEquals("max-age=31536000", css.headers().firstValue("Cache-Control").orElse(""));
  }

  @Test
  @RunAsClient
  void anUnknownAddressSendsVisitorsToSignInAndShowsSignedInPeopleAFriendlyNotFound(
      @ArquillianResource URL base) {
    WebClient browser = new WebClient(base);
    HttpResponse<String> anonymous = browser.get("no-such-page.xhtml");
    assertEquals(302, anonymous.statusCode(), "which pages exist is not for anonymous eyes");
    assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml"));

    browser.signIn(System.getProperty("it.admin.user"), System.getProperty("it.admin.password"));
    HttpResponse<String> page = browser.get("no-such-page.xhtml");
    assertEquals(404, page.statusCode());
    assertTrue(
        page.body()
            .contains(MessageBundlesTest.bundle(Language.EN).getProperty("error.notfound.title")),
        page.body());
    assertTrue(page.body().contains("dir=\"ltr\""), "inside the normal page template");
  }

  @Test
  @RunAsClient
  void aStaleFormGetsTheExpiredPageAndNoStackTrace(@ArquillianResource URL base) throws Exception {
    String html = get(Deployments.local(base).toURI()).body();
    Matcher action = Pattern.compile("<form id=\"language\"[^>]*action=\"([^\"]+)\"").matcher(html);
    Matcher button =
        Pattern.compile("<input[^>]*type=\"submit\"[^>]*name=\"([^\"]+)\"").matcher(html);
    assertTrue(action.find() && button.find(), "the language form is on the page");
    String form =
        "language=language&"
            + enc(button.group(1))
            + "=English&jakarta.faces.ViewState="
            + enc("-1234567890:-987654321");
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    Deployments.local(base).toURI().resolve(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Language", "ru")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertTrue(
        response
            .body()
            .contains(MessageBundlesTest.bundle(Language.RU).getProperty("error.expired.title")),
        "status " + response.statusCode() + ": " + response.body());
    assertEquals(
        400, response.statusCode(), "a stale form is the client's request, not a server failure");
    // PrimeFaces names the exception types in its script settings; what matters is what a reader
    // sees.
    String visible = response.body().replaceAll("(?s)<script.*?</script>", "");
    assertFalse(visible.contains("ViewExpiredException"), "no exception shown");
    assertFalse(Pattern.compile("\\.java:\\d+\\)").matcher(visible).find(), "no stack trace shown");
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  // ---- what the server answers besides the pages (issue 14, finding 7) ---------------------

  private static final String LEARNER_PASSWORD = "platform integration test";

  private WebClient learner(String username) {
    if (accounts.findByUsername(username).isEmpty()) {
      accounts.createWithPassword(
          new AccountDraft(
              username,
              username,
              null,
              "SN",
              null,
              null,
              Language.EN,
              EnumSet.of(Role.LEARNER),
              Scope.NONE),
          LEARNER_PASSWORD,
          false);
    }
    WebClient browser = new WebClient(deployed);
    assertEquals(302, browser.signIn(username, LEARNER_PASSWORD).statusCode(), "signed in");
    return browser;
  }

  private static URI root(URL base, String path) {
    return URI.create(base.getProtocol() + "://localhost:" + base.getPort() + path);
  }

  @Test
  void serverMetricsAndTheWadlAreClosedToLearnersAndStrangers() throws Exception {
    WebClient learner = learner("it-platform-curious");
    for (String path : List.of("/metrics", "/metrics/base")) {
      HttpResponse<String> anonymous = get(root(deployed, path));
      HttpResponse<String> signedIn =
          HTTP.send(
              HttpRequest.newBuilder(root(deployed, path))
                  .header("Cookie", "JSESSIONID=" + learner.cookie("JSESSIONID"))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (HttpResponse<String> response : List.of(anonymous, signedIn)) {
        assertTrue(
            response.statusCode() != 200,
            path + " answered " + response.statusCode() + ": " + response.body());
        assertFalse(
            response.body().contains("# TYPE")
                || response.body().contains("openapi:")
                || response.body().contains("<application"),
            path + " shows what it serves: " + response.body());
      }
    }
    HttpResponse<String> wadl = learner.get("api/application.wadl");
    assertEquals(404, wadl.statusCode(), wadl.body());
  }

  @Test
  @RunAsClient
  void pagesWithoutAjaxLoadNoOmniFacesScriptAndPagesWithAjaxKeepIt(@ArquillianResource URL base) {
    HttpResponse<String> join = new WebClient(base).get("join.xhtml");
    assertEquals(200, join.statusCode());
    assertTrue(join.body().contains("<form id=\"code\""), "the page's o:form: " + join.body());
    assertFalse(join.body().contains("omnifaces.js"), "no script it does not use: " + join.body());
    WebClient admin = new WebClient(base);
    admin.signIn(System.getProperty("it.admin.user"), System.getProperty("it.admin.password"));
    HttpResponse<String> editor =
        admin.get("author/lesson.xhtml?code=sample&lesson=basics/definition&lang=en");
    assertEquals(200, editor.statusCode());
    assertTrue(editor.body().contains("omnifaces.js"), "the editor's live preview uses Ajax");
  }

  @Test
  void theApiDescriptionIsPublicAndDescribesThePublicApiOnly() throws Exception {
    HttpResponse<String> yaml = get(root(deployed, "/openapi"));
    assertEquals(200, yaml.statusCode(), "no sign-in: " + yaml.body());
    String description = yaml.body();
    assertTrue(description.contains("openapi: 3."), description);
    assertTrue(description.contains("/verify/{number}"), "the verification: " + description);
    assertTrue(description.contains("/credentials/keys.json"), "the key set: " + description);
    assertTrue(description.contains("\"429\":"), "the refusal of too many look-ups");
    assertTrue(description.contains("Retry-After"), description);
    assertTrue(description.contains("application/jwk-set+json"), description);
    assertFalse(description.contains("/api/"), "nothing of the signed-in API: " + description);
    assertFalse(description.contains("username"), "nor the entities: " + description);
    assertFalse(description.contains("/verify:"), "nor the page's own form: " + description);
    HttpResponse<String> json =
        HTTP.send(
            HttpRequest.newBuilder(root(deployed, "/openapi"))
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, json.statusCode());
    jakarta.json.JsonObject paths =
        jakarta.json.Json.createReader(new java.io.StringReader(json.body()))
            .readObject()
            .getJsonObject("paths");
    assertEquals(Set.of("/verify/{number}", "/credentials/keys.json"), paths.keySet(), json.body());
    assertTrue(
        paths
            .getJsonObject("/verify/{number}")
            .getJsonObject("get")
            .getJsonObject("responses")
            .keySet()
            .containsAll(Set.of("200", "400", "404", "429")),
        json.body());
  }

  /** Collects what the server logs with a stack trace while a test runs. */
  private static final class Traces extends Handler implements AutoCloseable {
    final List<LogRecord> records = new CopyOnWriteArrayList<>();

    Traces() {
      Logger.getLogger("").addHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
      if (record.getThrown() != null && record.getLevel().intValue() >= Level.WARNING.intValue()) {
        records.add(record);
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
      Logger.getLogger("").removeHandler(this);
    }
  }

  @Test
  void aMalformedJsonBodyOnTheApiIs400WithAShortJsonErrorAndNoStackTraceInTheLog() {
    WebClient learner = learner("it-platform-json");
    try (Traces traces = new Traces()) {
      for (String body :
          List.of("{\"seq\":", "{\"seq\": \"abc\", \"answer\": \"b\"}", "not json at all")) {
        HttpResponse<String> response = learner.putJson("api/attempts/1/answers/1", body);
        assertEquals(400, response.statusCode(), body + " -> " + response.body());
        assertTrue(
            response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
            response.headers().toString());
        assertTrue(response.body().contains("\"outcome\":\"ERROR\""), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
      }
      assertTrue(
          traces.records.isEmpty(),
          "logged with a stack trace: "
              + traces.records.stream()
                  .map(r -> r.getLoggerName() + ": " + r.getThrown())
                  .toList());
    }
  }

  @Test
  @RunAsClient
  void aMethodAnAddressDoesNotTakeGetsOurOwnErrorPageInTheVisitorsLanguage(
      @ArquillianResource URL base) throws Exception {
    for (Language language : Language.values()) {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(
                      Deployments.local(base).toURI().resolve("verify/KD7R-MXQ4-TC3W-9PAE"))
                  .header("Accept-Language", language.code())
                  .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(405, response.statusCode(), language.code());
      assertTrue(
          response
              .body()
              .contains(MessageBundlesTest.bundle(language).getProperty("error.unsupported.title")),
          language.code() + ": " + response.body());
      assertTrue(
          response.body().contains("dir=\"" + language.direction() + "\""),
          "inside the normal page template");
    }
  }

  @Test
  @RunAsClient
  void theApiAnswersAWrongMethodOrMediaTypeWithJsonAndABrowserWithOurPage(
      @ArquillianResource URL base) throws Exception {
    WebClient admin = new WebClient(base);
    admin.signIn(System.getProperty("it.admin.user"), System.getProperty("it.admin.password"));
    String session = "JSESSIONID=" + admin.cookie("JSESSIONID");
    URI answer = admin.resolve("api/attempts/1/answers/1");
    HttpResponse<String> wrongType =
        HTTP.send(
            HttpRequest.newBuilder(answer)
                .header("Cookie", session)
                .header("Content-Type", "text/plain")
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("b"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(415, wrongType.statusCode());
    assertTrue(wrongType.body().contains("\"outcome\":\"ERROR\""), wrongType.body());
    HttpResponse<String> wrongMethod =
        HTTP.send(
            HttpRequest.newBuilder(admin.resolve("api/attempts/1"))
                .header("Cookie", session)
                .header("Accept", "application/json")
                .DELETE()
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(405, wrongMethod.statusCode());
    assertTrue(wrongMethod.body().contains("\"outcome\":\"ERROR\""), wrongMethod.body());
    HttpResponse<String> browser =
        HTTP.send(
            HttpRequest.newBuilder(answer)
                .header("Cookie", session)
                .header("Content-Type", "text/plain")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Accept-Language", "ar")
                .PUT(HttpRequest.BodyPublishers.ofString("b"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(415, browser.statusCode());
    assertTrue(
        browser
            .body()
            .contains(
                MessageBundlesTest.bundle(Language.AR).getProperty("error.unsupported.title")),
        browser.body());
  }
}

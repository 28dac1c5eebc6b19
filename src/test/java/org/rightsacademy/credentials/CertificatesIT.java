package org.rightsacademy.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URL;
import java.net.UnknownHostException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.assessment.RightAnswers;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.platform.Fixtures;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.SchemaMigration;
import org.rightsacademy.platform.WebClient;
import org.rightsacademy.platform.WithinOneMinute;
import org.rightsacademy.progress.CompletionTracker;
import org.rightsacademy.progress.Enrolment;
import org.rightsacademy.progress.ProgressService;

/**
 * Certificates from completion to verification: issued exactly once when a learner completes a
 * course (and again if it was lost), downloaded by the holder only, checked by anyone without an
 * account — valid, revoked, replaced, unknown, malformed — revoked and re-issued by the coordinator
 * of the country with a reason and an audit trail, and a verification page that stops answering an
 * address that tries numbers too fast.
 */
@ExtendWith(ArquillianExtension.class)
class CertificatesIT {

  static final String PASSWORD = "proof that anyone can check";
  static final String LEARNER = "it-cert-learner";
  static final String LEARNER_NAME = "ليلى حداد (Leila Haddad)";
  static final String OTHER_LEARNER = "it-cert-learner-2";
  static final String COORDINATOR_JO = "it-cert-coordinator-jo";
  static final String COORDINATOR_SN = "it-cert-coordinator-sn";
  static final String ADMIN = "it-cert-admin";
  static final String HOST_LEARNER = "it-cert-host-learner";
  static final String HOST_TRAINER = "it-cert-host-trainer";

  /** The address an administrator saves; links must use it whatever a request says its host is. */
  static final String OWN_ADDRESS = "https://academy.example.org/ra";

  static final String EVIL = "evil.example";
  static final Pattern NUMBER =
      Pattern.compile("<code dir=\"ltr\" class=\"certificate-number\">([A-Z0-9-]{19})</code>");

  @EJB private AccountService accounts;
  @EJB private ProgressService progress;
  @EJB private AttemptService attempts;
  @EJB private CompletionTracker tracker;
  @EJB private CertificateService certificates;
  @EJB private org.rightsacademy.reporting.TranscriptService transcripts;
  @EJB private CredentialKeys keys;
  @EJB private org.rightsacademy.workshops.WorkshopService workshops;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  @ArquillianResource private URL base;

  private Account account(String username, String name, Language language, Role role, Scope scope) {
    return accounts
        .findByUsername(username)
        .orElseGet(
            () ->
                accounts.createWithPassword(
                    new AccountDraft(
                        username, name, null, "JO", null, null, language, EnumSet.of(role), scope),
                    PASSWORD,
                    false));
  }

  private void complete(long account) {
    Enrolment enrolment = progress.enrol(account, "sample");
    progress.complete(account, "sample", "basics/definition");
    progress.complete(account, "sample", "basics/categories");
    pass(account, enrolment, "basics");
    pass(account, enrolment, "final-test");
  }

  private QuizAttempt pass(long account, Enrolment enrolment, String quiz) {
    QuizAttempt attempt =
        attempts.start(account, "sample", enrolment.getCourseVersionId(), quiz, Language.EN);
    RightAnswers.answerAll(attempts, account, attempt);
    return attempts.submit(account, attempt.getId(), Map.of());
  }

  private long count(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String unique(String prefix) {
    return prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
  }

  /**
   * The admin, both coordinators and the other learner (made unless they exist), and a new learner
   * in Jordan, {@link #LEARNER_NAME}, with the sample course completed and so a certificate: works
   * in the server and on the client (through {@link Fixtures}). Returns the learner's username.
   */
  private String holder() {
    for (AccountDraft person :
        List.of(
            draft(ADMIN, "Administrator", Language.EN, Role.ADMIN, Scope.ALL),
            draft(
                COORDINATOR_JO,
                "Coordinator Jordan",
                Language.EN,
                Role.COORDINATOR,
                Scope.of("JO")),
            draft(
                COORDINATOR_SN,
                "Coordinator Senegal",
                Language.FR,
                Role.COORDINATOR,
                Scope.of("SN")),
            draft(OTHER_LEARNER, "Omar Khalil", Language.EN, Role.LEARNER, Scope.NONE))) {
      Fixtures.account(base, person, PASSWORD);
    }
    String username = unique(LEARNER);
    Fixtures.account(
        base, draft(username, LEARNER_NAME, Language.AR, Role.LEARNER, Scope.NONE), PASSWORD);
    Fixtures.completed(
        base,
        username,
        "sample",
        List.of("basics/definition", "basics/categories"),
        List.of("basics", "final-test"));
    return username;
  }

  private static AccountDraft draft(
      String username, String name, Language language, Role role, Scope scope) {
    return new AccountDraft(
        username, name, null, "JO", null, null, language, EnumSet.of(role), scope);
  }

  @Test
  void completingACourseIssuesOneCertificateAndNothingIssuesASecond() throws SQLException {
    long learner =
        account(unique(LEARNER), LEARNER_NAME, Language.AR, Role.LEARNER, Scope.NONE).getId();
    assertEquals(List.of(), certificates.of(learner), "nothing before completion");

    complete(learner);
    assertEquals(
        1,
        count("SELECT COUNT(*) FROM certificate WHERE account_id = " + learner),
        "issued the moment the course was completed");
    List<Certificate> issued = certificates.of(learner);
    assertEquals(1, issued.size(), "and only that one");
    Certificate certificate = issued.get(0);
    assertEquals(1, certificate.getSerial());
    assertEquals(LEARNER_NAME, certificate.getHolderName());
    assertEquals(Language.AR, certificate.getLanguage(), "in the learner's language");
    assertEquals(
        "من هو العامل المهاجر؟", certificate.getCourseTitle(), "the course title in that language");
    assertEquals("JO", certificate.getCountry());
    assertEquals(
        100.0, certificate.finalScore().orElseThrow(), "the sample course prints the final score");
    assertTrue(
        certificate
            .getCode()
            .matches("[" + org.rightsacademy.platform.ReadableCode.ALPHABET + "]{16}"),
        certificate.getCode());

    Enrolment enrolment = progress.find(learner, "sample").orElseThrow();
    pass(learner, enrolment, "final-test");
    tracker.rebuild();
    assertEquals(
        List.of(certificate.getCode()),
        certificates.of(learner).stream().map(Certificate::getCode).toList(),
        "passing again, a rebuild and another visit issue nothing new");
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM audit_event WHERE action = 'CERTIFICATE_ISSUED' AND subject LIKE '%account "
                + learner
                + ",%'"));

    try (Connection connection = dataSource.getConnection()) {
      SQLException refused =
          assertThrows(
              SQLException.class,
              () ->
                  connection
                      .createStatement()
                      .executeUpdate(
                          "INSERT INTO certificate (id, code, account_id, course_code, course_version_id, serial, language, holder_name, course_title,"
                              + " completed_at, issuer, issued_at) SELECT id + 1, 'AAAAAAAAAAAAAAAA', account_id, course_code, course_version_id, serial,"
                              + " language, holder_name, course_title, completed_at, issuer, issued_at FROM certificate WHERE code = '"
                              + certificate.getCode()
                              + "'"));
      assertTrue(
          refused.getMessage().toUpperCase().contains("CERTIFICATE_ISSUE_UK"),
          "the database itself refuses a second: " + refused.getMessage());
    }
  }

  @Test
  void aCertificateLostBetweenCompletionAndIssueIsIssuedWhenTheLearnerLooks() throws SQLException {
    long learner =
        account(unique(OTHER_LEARNER), "Omar Khalil", Language.EN, Role.LEARNER, Scope.NONE)
            .getId();
    complete(learner);
    String first = certificates.of(learner).get(0).getCode();
    try (Connection connection = dataSource.getConnection()) {
      assertEquals(
          1,
          connection
              .createStatement()
              .executeUpdate("DELETE FROM certificate WHERE account_id = " + learner));
    }
    List<Certificate> again = certificates.of(learner);
    assertEquals(1, again.size());
    assertNotEquals(
        first, again.get(0).getCode(), "a new number: the lost one was never handed out");
  }

  /** The admin, a learner with a certificate and a trainer with a new workshop, in Jordan. */
  record HostPeople(Certificate certificate, org.rightsacademy.workshops.Workshop workshop) {}

  private HostPeople hostPeople() {
    account(ADMIN, "Administrator", Language.EN, Role.ADMIN, Scope.ALL);
    Account holder = account(HOST_LEARNER, "Awa Ndiaye", Language.EN, Role.LEARNER, Scope.NONE);
    if (certificates.of(holder.getId()).isEmpty()) {
      complete(holder.getId());
    }
    Account trainer = account(HOST_TRAINER, "Trainer Amman", Language.EN, Role.TRAINER, Scope.NONE);
    org.rightsacademy.workshops.Workshop workshop =
        workshops.create(
            trainer,
            new org.rightsacademy.workshops.Workshop.Details(
                "Host header workshop",
                "JO",
                "Amman",
                "Centre",
                java.time.LocalDate.of(2026, 12, 7),
                java.time.LocalDate.of(2026, 12, 9),
                Language.EN,
                20,
                org.rightsacademy.workshops.Workshop.Status.RUNNING,
                false,
                java.util.Set.of("sample"),
                java.util.Set.of(trainer.getId())));
    return new HostPeople(certificates.of(holder.getId()).get(0), workshop);
  }

  /** {@link #hostPeople()} for a client test, through {@link Fixtures#run}. */
  void hostPeopleFixture() {
    hostPeople();
  }

  @Test
  void aForgedHostHeaderReachesNoCredentialQrCodeOrJoinLink() throws Exception {
    HostPeople people = hostPeople();
    Certificate certificate = people.certificate();
    org.rightsacademy.workshops.Workshop workshop = people.workshop();
    String credentialPath = "learn/credential?code=" + certificate.getCode();
    String pdfPath = "learn/certificate?code=" + certificate.getCode();
    WebClient admin = signedIn(ADMIN);
    String learner = signedIn(HOST_LEARNER).cookie("JSESSIONID");
    String teacher = signedIn(HOST_TRAINER).cookie("JSESSIONID");
    try {
      saveAddress(admin, "");
      // No public address: nothing signed, whatever host the request names; the certificate itself
      // still comes.
      Forged refused = forged(credentialPath, learner);
      assertEquals(409, refused.status(), refused.text());
      assertTrue(
          refused.text().contains("an administrator must first set the academy’s public address"),
          refused.text());
      assertEquals(
          200,
          forged(pdfPath, learner).status(),
          "the certificate itself is issued (its text: the next test)");
      Forged poster = forged("teach/poster?id=" + workshop.getId(), teacher);
      assertEquals(409, poster.status(), "no poster without an address to print");
      Forged page = forged("teach/workshop.xhtml?id=" + workshop.getId(), teacher);
      assertEquals(200, page.status());
      assertFalse(page.text().contains(EVIL), "no join link from the Host header");
      assertTrue(
          page.text().contains("id=\"no-address\""), "the trainer is told why there is no link");

      // An address that could send people elsewhere is refused.
      assertTrue(
          saveAddress(admin, "https://academy.example.org@" + EVIL).contains("cannot be used"));
      assertTrue(
          saveAddress(admin, OWN_ADDRESS + "/").contains("Links now point to " + OWN_ADDRESS));

      Forged signed = forged(credentialPath, learner);
      assertEquals(200, signed.status(), signed.text());
      assertFalse(signed.text().contains(EVIL));
      jakarta.json.JsonObject credential =
          VerifiableCredential.verify(
                  signed.text(),
                  keys.published().stream()
                      .map(k -> new VerifiableCredential.Published(k.kid(), k.publicKey()))
                      .toList())
              .orElseThrow(() -> new AssertionError("signature"));
      assertEquals(
          OWN_ADDRESS + "/verify/" + certificate.getDisplayCode(), credential.getString("id"));
      assertEquals(OWN_ADDRESS, credential.getJsonObject("issuer").getString("id"));
      assertFalse(credential.toString().contains(EVIL), credential.toString());
      String join = forged("teach/workshop.xhtml?id=" + workshop.getId(), teacher).text();
      assertTrue(
          join.contains(OWN_ADDRESS + "/join.xhtml?code=" + workshop.getJoinCode()),
          "the join link uses the saved address");
      assertFalse(join.contains(EVIL));
      assertEquals(200, forged("teach/poster?id=" + workshop.getId(), teacher).status());
    } finally {
      saveAddress(admin, "");
    }
  }

  /**
   * The printed links, read back on the client side (PDFBox is not in the application), for the
   * people {@link #hostPeople()} makes.
   */
  @Test
  @RunAsClient
  void theLinksPrintedOnCertificateAndPosterAreTheSavedAddressNeverTheHost() throws IOException {
    Fixtures.run(base, CertificatesIT.class, "hostPeopleFixture");
    WebClient admin = signedIn(ADMIN);
    WebClient learner = signedIn(HOST_LEARNER);
    WebClient trainer = signedIn(HOST_TRAINER);
    String number = numberOn(learner.get("learn/certificates.xhtml").body());
    Matcher row =
        Pattern.compile("data-workshop=\"(\\d+)\"")
            .matcher(trainer.get("teach/workshops.xhtml").body());
    assertTrue(row.find(), "the trainer's workshop");
    String pdfPath = "learn/certificate?code=" + number.replace("-", "");
    String posterPath = "teach/poster?id=" + row.group(1);
    try {
      saveAddress(admin, "");
      String bare = CertificatePdfTest.read(forged(pdfPath, learner.cookie("JSESSIONID")).body());
      assertTrue(bare.contains(number), bare);
      assertFalse(
          bare.contains(EVIL) || bare.contains("/verify/"),
          "no link at all without an address: " + bare);
      assertTrue(
          learner.get("learn/certificates.xhtml").body().contains("id=\"no-credentials\""),
          "the learner is told why there is no signed credential");

      saveAddress(admin, OWN_ADDRESS);
      String printed =
          CertificatePdfTest.read(forged(pdfPath, learner.cookie("JSESSIONID")).body());
      assertTrue(printed.contains(OWN_ADDRESS + "/verify/" + number), printed);
      assertFalse(printed.contains(EVIL), printed);
      String poster =
          CertificatePdfTest.read(forged(posterPath, trainer.cookie("JSESSIONID")).body());
      assertTrue(poster.contains(OWN_ADDRESS + "/join.xhtml?code="), poster);
      assertFalse(poster.contains(EVIL), poster);
    } finally {
      saveAddress(admin, "");
    }
  }

  @Test
  void aKeyStoredInPlainTextBeforeIsSealedAndStillPublishedAndSigns() throws SQLException {
    java.security.KeyPair pair = Ed25519Keys.generate();
    String kid = Ed25519Keys.kid(pair.getPublic());
    String plain = java.util.Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    String publicKey =
        java.util.Base64.getEncoder().encodeToString(Ed25519Keys.raw(pair.getPublic()));
    try (Connection connection = dataSource.getConnection();
        java.sql.PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO signing_key (kid, algorithm, private_key, public_key, created_at) VALUES (?, 'Ed25519', ?, ?, ?)")) {
      insert.setString(1, kid);
      insert.setString(2, plain);
      insert.setString(3, publicKey);
      insert.setObject(
          4,
          java.time.OffsetDateTime.parse(
              "2000-01-01T00:00:00Z")); // older than any key: it does not become the signer
      insert.executeUpdate();
    }
    Map<String, String> published = publishedKeys();

    assertTrue(keys.sealPlainKeys() >= 1, "what the server does at start");
    try (Connection connection = dataSource.getConnection();
        ResultSet row =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT private_key, public_key FROM signing_key WHERE kid = '" + kid + "'")) {
      assertTrue(row.next());
      assertTrue(row.getString(1).startsWith("aes-gcm:"), row.getString(1));
      assertFalse(row.getString(1).contains(plain));
      assertEquals(publicKey, row.getString(2));
    }
    assertEquals(
        published,
        publishedKeys(),
        "the published key set is unchanged: credentials issued before still check out");
    SigningKey sealed =
        keys.published().stream().filter(k -> k.kid().equals(kid)).findFirst().orElseThrow();
    byte[] data = "issued before".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(
        Ed25519Keys.verify(
            pair.getPublic(),
            data,
            Ed25519Keys.sign(sealed.privateKey(SealedKeys.ofServer()).orElseThrow(), data)));
    assertEquals(
        0,
        count("SELECT COUNT(*) FROM signing_key WHERE private_key NOT LIKE 'aes-gcm:%'"),
        "no key is left in plain text");
  }

  private Map<String, String> publishedKeys() {
    Map<String, String> published = new java.util.TreeMap<>();
    keys.published()
        .forEach(
            k ->
                published.put(
                    k.kid(),
                    java.util.Base64.getEncoder().encodeToString(k.publicKey().getEncoded())));
    return published;
  }

  /** Saves the public address on the admin page ("" removes it); returns the page shown after. */
  private static String saveAddress(WebClient admin, String address) {
    HttpResponse<String> saved =
        admin.submit(
            "admin/address.xhtml", "address", Map.of("address:typed", address), "address:save");
    assertEquals(200, saved.statusCode(), saved.body());
    return saved.body();
  }

  /** An answer to a request whose Host (and proxy headers) name another site. */
  record Forged(int status, byte[] body) {
    String text() {
      return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  /**
   * GET with {@code Host: evil.example} and the proxy headers a client can forge, over a raw socket
   * (java.net.http will not send a Host of our choosing), signed in with the session cookie.
   */
  private Forged forged(String path, String session) throws IOException {
    java.net.URI uri =
        java.net
            .URI
            .create(org.rightsacademy.platform.Deployments.local(base).toString())
            .resolve(path);
    String request =
        "GET "
            + uri.getRawPath()
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
            + " HTTP/1.1\r\n"
            + "Host: "
            + EVIL
            + "\r\nX-Forwarded-Host: "
            + EVIL
            + "\r\nX-Forwarded-Proto: https\r\nForwarded: host="
            + EVIL
            + ";proto=https\r\n"
            + "Cookie: JSESSIONID="
            + session
            + "\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n";
    byte[] answer;
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(120_000);
      socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      answer = socket.getInputStream().readAllBytes();
    }
    String head =
        new String(
            answer, 0, Math.min(answer.length, 8192), java.nio.charset.StandardCharsets.ISO_8859_1);
    int end = head.indexOf("\r\n\r\n");
    assertTrue(end > 0, head);
    int status = Integer.parseInt(head.substring(9, 12));
    byte[] body = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
    return new Forged(
        status,
        head.substring(0, end)
                .toLowerCase(java.util.Locale.ROOT)
                .contains("transfer-encoding: chunked")
            ? dechunk(body)
            : body);
  }

  private static byte[] dechunk(byte[] chunked) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int line = at;
      while (chunked[line] != '\r') {
        line++;
      }
      int size =
          Integer.parseInt(
              new String(chunked, at, line - at, java.nio.charset.StandardCharsets.US_ASCII)
                  .replaceAll(";.*", "")
                  .strip(),
              16);
      if (size == 0) {
        return out.toByteArray();
      }
      out.write(chunked, line + 2, size);
      at = line + 2 + size + 2;
    }
  }

  private WebClient signedIn(String username) {
    WebClient browser = new WebClient(base);
    HttpResponse<String> signIn = browser.signIn(username, PASSWORD);
    assertEquals(302, signIn.statusCode(), () -> username + ": " + signIn.body());
    return browser;
  }

  private static String numberOn(String page) {
    Matcher number = NUMBER.matcher(page);
    assertTrue(number.find(), "the certificate's number is shown: " + page);
    return number.group(1);
  }

  @Test
  @RunAsClient
  void theHolderDownloadsTheirCertificateAndNobodyElseCan() throws IOException {
    String holder = holder();
    WebClient admin = signedIn(ADMIN);
    saveAddress(admin, OWN_ADDRESS);
    try {
      holderDownloads(holder);
    } finally {
      saveAddress(admin, "");
    }
  }

  private void holderDownloads(String holder) throws IOException {
    WebClient learner = signedIn(holder);
    HttpResponse<String> mine = learner.get("learn/certificates.xhtml");
    assertEquals(200, mine.statusCode());
    String number = numberOn(mine.body());
    String code = number.replace("-", "");

    HttpResponse<byte[]> pdf = learner.getBytes("learn/certificate?code=" + code);
    assertEquals(200, pdf.statusCode());
    assertEquals(
        "application/pdf",
        pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
    assertEquals("no-store", pdf.headers().firstValue("Cache-Control").orElse(""));
    // Read on the client side: PDFBox is a test library, not in the deployed application.
    String text = CertificatePdfTest.read(pdf.body());
    assertTrue(text.contains("شهادة إتمام"), text);
    assertTrue(text.contains("ليلى حداد"), "the Arabic name in reading order: " + text);
    assertTrue(text.contains("Leila Haddad"), text);
    assertTrue(text.contains(number), text);
    assertTrue(text.contains("/verify/" + number), "the verification link: " + text);

    HttpResponse<String> credential = learner.get("learn/credential?code=" + code);
    assertEquals(200, credential.statusCode());
    assertEquals(
        "application/vc+jwt",
        credential.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
    HttpResponse<String> keySet = new WebClient(base).get("credentials/keys.json");
    assertEquals(200, keySet.statusCode(), "the keys are public");
    jakarta.json.JsonObject jwk =
        jakarta.json.Json.createReader(new java.io.StringReader(keySet.body()))
            .readObject()
            .getJsonArray("keys")
            .getJsonObject(0);
    VerifiableCredential.Published key =
        new VerifiableCredential.Published(
            jwk.getString("kid"),
            Ed25519Keys.publicKey(java.util.Base64.getUrlDecoder().decode(jwk.getString("x"))));
    jakarta.json.JsonObject checked =
        VerifiableCredential.verify(credential.body(), List.of(key))
            .orElseThrow(() -> new AssertionError("signature"));
    assertTrue(checked.getString("id").endsWith("/verify/" + number), checked.toString());
    assertEquals(
        404,
        signedIn(OTHER_LEARNER).get("learn/credential?code=" + code).statusCode(),
        "another learner's credential");

    assertEquals(
        404,
        signedIn(OTHER_LEARNER).getBytes("learn/certificate?code=" + code).statusCode(),
        "another learner");
    assertEquals(
        404,
        signedIn(COORDINATOR_SN).getBytes("learn/certificate?code=" + code).statusCode(),
        "a coordinator of another country");
    assertEquals(
        200,
        signedIn(COORDINATOR_JO).getBytes("learn/certificate?code=" + code).statusCode(),
        "the coordinator of the country");
  }

  @Test
  @RunAsClient
  void anyoneChecksACertificateWithoutSigningInAndLearnsNothingElse() {
    String holder = holder();
    String number = numberOn(signedIn(holder).get("learn/certificates.xhtml").body());
    WebClient stranger = new WebClient(base);

    HttpResponse<String> typed =
        stranger.get("verify?code=" + number.toLowerCase().replace("-", "+"));
    assertEquals(302, typed.statusCode(), "the form moves to the number's own address");
    assertTrue(
        typed.headers().firstValue("Location").orElse("").endsWith("/verify/" + number),
        typed.headers().toString());

    HttpResponse<String> page = stranger.get("verify/" + number);
    assertEquals(200, page.statusCode());
    String body = page.body();
    assertTrue(body.contains("Valid certificate"), body);
    assertTrue(body.contains(LEARNER_NAME), body);
    assertTrue(body.contains("من هو العامل المهاجر؟"), "the course as printed: " + body);
    assertTrue(body.contains("Rights Academy"), "the issuer");
    assertFalse(body.contains(holder), "not the username");
    assertFalse(body.contains("Jordan"), "not where they live");
    assertTrue(body.contains("noindex"), "not for search engines");
  }

  @Test
  @RunAsClient
  void unknownAndMalformedNumbersAreSaidToBeSo() {
    WebClient stranger = new WebClient(base);
    HttpResponse<String> unknown = stranger.get("verify/KD7R-MXQ4-TC3W-9PAE");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("No certificate has this number"), unknown.body());

    HttpResponse<String> malformed = stranger.get("verify/KD7R-MXQ4");
    assertEquals(400, malformed.statusCode());
    assertTrue(malformed.body().contains("This is not a certificate number"), malformed.body());

    HttpResponse<String> hostile = stranger.get("verify/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assertEquals(400, hostile.statusCode());
    assertFalse(hostile.body().contains("<script>alert(1)"), "what was typed is shown escaped");

    assertEquals(200, stranger.get("verify").statusCode(), "the empty form");
  }

  /**
   * In the server, so that the audit trail, the certificates and the transcript can be read after
   * the coordinator's clicks.
   */
  @Test
  void theCoordinatorOfTheCountryReissuesAndRevokesWithAReasonAndItIsAudited() throws SQLException {
    String holder = holder();
    long reissuedBefore = reissuedBy(COORDINATOR_JO);
    long revokedBefore = revokedBy(COORDINATOR_JO);
    String number = numberOn(signedIn(holder).get("learn/certificates.xhtml").body());
    String code = number.replace("-", "");
    String page = "coordinate/certificate.xhtml?code=" + code;
    assertEquals(
        404,
        signedIn(COORDINATOR_SN).get(page).statusCode(),
        "another country's coordinator: not found");
    assertEquals(
        403, signedIn(holder).get(page).statusCode(), "learners do not manage certificates");

    WebClient coordinator = signedIn(COORDINATOR_JO);
    assertTrue(
        coordinator.get("coordinate/certificates.xhtml?q=leila").body().contains(number),
        "found by name");
    assertTrue(
        coordinator
            .get("coordinate/certificates.xhtml?q=" + number.toLowerCase())
            .body()
            .contains(number),
        "found by number");
    assertFalse(
        coordinator.get("coordinate/certificates.xhtml?q=%25").body().contains(number),
        "a % in a search is a character, not a wildcard");
    assertFalse(
        signedIn(COORDINATOR_SN).get("coordinate/certificates.xhtml").body().contains(number),
        "not in another country's list");

    HttpResponse<String> noReason =
        coordinator.submit(page, "manage", Map.of("manage:reason", " "), "manage:revoke");
    assertEquals(200, noReason.statusCode());
    assertTrue(noReason.body().contains("Give a reason"), noReason.body());
    assertTrue(
        new WebClient(base).get("verify/" + number).body().contains("Valid certificate"),
        "nothing changed");

    HttpResponse<String> reissued =
        coordinator.submit(
            page,
            "manage",
            Map.of("manage:reason", "Name spelt as in the passport"),
            "manage:reissue");
    assertEquals(302, reissued.statusCode(), reissued.body());
    String next = reissued.headers().firstValue("Location").orElseThrow().replaceAll(".*code=", "");
    assertNotEquals(code, next);

    String old = new WebClient(base).get("verify/" + number).body();
    assertTrue(old.contains("This certificate has been revoked"), old);
    assertTrue(old.contains("Name spelt as in the passport"), old);
    assertTrue(old.contains(Certificate.CODE.display(next)), "points to its replacement: " + old);

    HttpResponse<String> revoked =
        coordinator.submit(
            "coordinate/certificate.xhtml?code=" + next,
            "manage",
            Map.of("manage:reason", "Issued in error: the final test was retaken"),
            "manage:revoke");
    assertEquals(302, revoked.statusCode(), revoked.body());
    String now = new WebClient(base).get("verify/" + Certificate.CODE.display(next)).body();
    assertTrue(now.contains("This certificate has been revoked"), now);
    assertTrue(now.contains("Issued in error: the final test was retaken"), now);
    jakarta.json.JsonObject asJson = json("verify/" + number);
    assertEquals(
        "revoked",
        asJson.getString("status"),
        "software asking for JSON gets the same answer: " + asJson);
    assertEquals(Certificate.CODE.display(next), asJson.getString("replacedBy"));
    assertEquals(LEARNER_NAME, asJson.getString("holder"));
    assertEquals("unknown", json("verify/KD7R-MXQ4-TC3W-9PAE").getString("status"));
    List<String> listed =
        NUMBER
            .matcher(signedIn(holder).get("learn/certificates.xhtml").body())
            .results()
            .map(m -> m.group(1))
            .toList();
    assertEquals(
        List.of(Certificate.CODE.display(next), number),
        listed,
        "the learner sees both, newest first");
    audited(holder, reissuedBefore, revokedBefore);
  }

  private long reissuedBy(String actor) throws SQLException {
    return count(
        "SELECT COUNT(*) FROM audit_event WHERE action = 'CERTIFICATE_REISSUED' AND actor = '"
            + actor
            + "'");
  }

  private long revokedBy(String actor) throws SQLException {
    return count(
        "SELECT COUNT(*) FROM audit_event WHERE action = 'CERTIFICATE_REVOKED' AND actor = '"
            + actor
            + "' AND detail = 'Issued in error: the final test was retaken'");
  }

  /** What software gets from a verification address when it asks for JSON. */
  private jakarta.json.JsonObject json(String path) {
    try {
      java.net.http.HttpResponse<String> answer =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(new WebClient(base).resolve(path))
                      .header("Accept", "application/json")
                      .GET()
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(
          "application/json",
          answer.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
      return jakarta.json.Json.createReader(new java.io.StringReader(answer.body())).readObject();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The reissue and the revocation of the holder's certificates, as stored and audited. */
  private void audited(String holder, long reissuedBefore, long revokedBefore) throws SQLException {
    long learner = accounts.findByUsername(holder).orElseThrow().getId();
    assertEquals(reissuedBefore + 1, reissuedBy(COORDINATOR_JO), "the reissue is audited");
    assertEquals(revokedBefore + 1, revokedBy(COORDINATOR_JO), "the revocation is audited");
    List<Certificate> all = certificates.of(learner);
    assertEquals(List.of(2, 1), all.stream().map(Certificate::getSerial).toList());
    assertTrue(all.stream().allMatch(Certificate::isRevoked));
    assertEquals(all.get(0).getCode(), all.get(1).getReplacedBy());
    assertNull(all.get(0).getReplacedBy());
    assertEquals(COORDINATOR_JO, all.get(0).getIssuedBy());

    org.rightsacademy.reporting.Transcript transcript =
        transcripts
            .of(accounts.findByUsername(COORDINATOR_JO).orElseThrow(), learner)
            .orElseThrow();
    assertEquals(
        new org.rightsacademy.reporting.Transcript.Certificate(
            all.get(0).getDisplayCode(), all.get(0).getCode(), true),
        transcript.courses().get(0).certificate(),
        "the transcript names the newest certificate and whether it stands");
  }

  @Test
  @RunAsClient
  void anAddressThatTriesNumbersTooFastIsToldToWait() {
    WithinOneMinute.check(
        () -> {
          // From a loopback address of its own: every other test checks numbers from 127.0.0.1,
          // and must not be told to wait for the rest of this minute.
          WebClient guesser = new WebClient(base, loopback(new Random().nextInt(1, 255), 2));
          int limited = -1;
          for (int i = 0; i <= 30 && limited < 0; i++) {
            HttpResponse<String> answer =
                guesser.get(
                    "verify/"
                        + "KD7R-MXQ4-TC3W-"
                        + "ACDEFHJKMNPQRTUVWXY3479".charAt(i % 23)
                        + "AAA");
            if (answer.statusCode() == 429) {
              limited = i;
              assertTrue(answer.body().contains("Too many checks"), answer.body());
              assertEquals("60", answer.headers().firstValue("Retry-After").orElse(""));
            } else {
              assertEquals(404, answer.statusCode());
            }
          }
          assertTrue(limited >= 0, "at most 30 look-ups a minute from one address");
          assertEquals(
              429,
              guesser.get("verify/" + Certificate.CODE.generate()).statusCode(),
              "and it stays refused for the rest of the minute");
        });
  }

  private static InetAddress loopback(int third, int fourth) {
    try {
      return InetAddress.getByAddress(new byte[] {127, 0, (byte) third, (byte) fourth});
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}

package org.rightsacademy.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, for integration tests: keeps cookies, does not follow redirects
 * (tests look at them), and submits Faces forms the way a browser would.
 */
public final class WebClient {

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public WebClient(URL base) {
    this(base, anotherLoopbackAddress());
  }

  /**
   * A loopback address of this client's own (127.16–215.x.y): every test signs in to one shared
   * server, and from one address a fast suite would pass the per-address sign-in cap (60 a minute)
   * that the throttle tests check from 127.0.0.x.
   */
  private static java.net.InetAddress anotherLoopbackAddress() {
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    byte[] address = {
      127,
      (byte) (16 + random.nextInt(200)),
      (byte) random.nextInt(256),
      (byte) (1 + random.nextInt(254))
    };
    try {
      return java.net.InetAddress.getByAddress(address);
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A browser on another machine, as the server sees it: its requests leave from this loopback
   * address (127.0.0.2, 127.0.0.3, ... all reach the server on Linux), so that per-address rules
   * can be tested with two people at once.
   */
  public WebClient(URL base, java.net.InetAddress from) {
    try {
      URI local = Deployments.local(base).toURI();
      // An IPv4 source address needs an IPv4 destination: "localhost" may resolve to ::1.
      this.base =
          from == null
              ? local
              : new URI(
                  local.getScheme(),
                  null,
                  "127.0.0.1",
                  local.getPort(),
                  local.getPath(),
                  null,
                  null);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new BrowserCookies(cookies));
    if (from != null) {
      builder.localAddress(from);
    }
    this.http = builder.build();
  }

  public URI resolve(String path) {
    return base.resolve(path);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(resolve(path)).GET().build());
  }

  /**
   * Loads the page, fills the fields of the form with the given id and presses the button: hidden
   * fields (the view state) are taken from the page as a browser would.
   */
  public HttpResponse<String> submit(
      String path, String formId, Map<String, String> fields, String button) {
    return submit(open(path, formId), fields, button);
  }

  /** A form as loaded, to be submitted later: two people can open a page, then both save. */
  public record Form(String path, String formId, String page) {}

  public Form open(String path, String formId) {
    return new Form(path, formId, get(path).body());
  }

  public HttpResponse<String> submit(Form opened, Map<String, String> fields, String button) {
    return submit(opened, fields, button, new String[0]);
  }

  /** As above, with request headers (name, value, ...) a browser would add, such as Origin. */
  public HttpResponse<String> submit(
      Form opened, Map<String, String> fields, String button, String... headers) {
    Parsed form = parse(opened.page(), opened.formId(), opened.path());
    Map<String, String> values = form.values();
    values.putAll(fields);
    values.put(button, "submit");
    if (form.multipart()) {
      return sendMultipart(form.action(), values, null, null, null);
    }
    String body =
        values.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(resolve(form.action()))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** Presses a button that answers with a file (an export), as bytes. */
  public HttpResponse<byte[]> submitBytes(Form opened, Map<String, String> fields, String button) {
    Parsed form = parse(opened.page(), opened.formId(), opened.path());
    Map<String, String> values = form.values();
    values.putAll(fields);
    values.put(button, "submit");
    String body =
        values.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    try {
      return http.send(
          HttpRequest.newBuilder(resolve(form.action()))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /**
   * Uploads a file through a multipart form (the form's hidden fields taken from the page), as a
   * browser does with a file input.
   */
  public HttpResponse<String> upload(
      String path,
      String formId,
      String fileField,
      String fileName,
      byte[] content,
      String button) {
    Parsed form = parse(get(path).body(), formId, path);
    Map<String, String> values = form.values();
    values.put(button, "submit");
    return sendMultipart(form.action(), values, fileField, fileName, content);
  }

  /** Uploads a file through a form as loaded, with other fields filled as a person would. */
  public HttpResponse<String> upload(
      Form opened,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] content,
      String button) {
    Parsed form = parse(opened.page(), opened.formId(), opened.path());
    Map<String, String> values = form.values();
    values.putAll(fields);
    values.put(button, "submit");
    return sendMultipart(form.action(), values, fileField, fileName, content);
  }

  /** A multipart POST of the fields and, when a field name is given, one file. */
  private HttpResponse<String> sendMultipart(
      String action,
      Map<String, String> values,
      String fileField,
      String fileName,
      byte[] content) {
    String boundary = "----ra" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    try {
      for (Map.Entry<String, String> value : values.entrySet()) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + value.getKey()
                    + "\"\r\n\r\n"
                    + value.getValue()
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      if (fileField != null) {
        body.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + fileField
                    + "\"; filename=\""
                    + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return send(
        HttpRequest.newBuilder(resolve(action))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /** A GET whose answer is a file. */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(resolve(path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new AssertionError(path + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private record Parsed(String action, Map<String, String> values, boolean multipart) {}

  /** The form's action and its hidden fields (the view state), as a browser sends them. */
  private static Parsed parse(String page, String formId, String path) {
    Matcher form =
        Pattern.compile(
                "(?s)<form id=\""
                    + Pattern.quote(formId)
                    + "\"([^>]*)action=\"([^\"]+)\"([^>]*)>(.*?)</form>")
            .matcher(page);
    if (!form.find()) {
      throw new AssertionError("no form " + formId + " on " + path + ":\n" + page);
    }
    Map<String, String> values = new LinkedHashMap<>();
    Matcher hidden =
        Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"")
            .matcher(form.group(4));
    while (hidden.find()) {
      values.put(hidden.group(1), hidden.group(2));
    }
    values.put(formId, formId);
    boolean multipart = (form.group(1) + form.group(3)).contains("multipart/form-data");
    return new Parsed(form.group(2).replace("&amp;", "&"), values, multipart);
  }

  /** Signs in through the login page; the response is the redirect that follows a success. */
  public HttpResponse<String> signIn(String username, String password) {
    return submit(
        "login.xhtml",
        "login",
        Map.of("login:username", username, "login:password", password),
        "login:submit");
  }

  /** Sends JSON with PUT, as the quiz page's script does. */
  public HttpResponse<String> putJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(resolve(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  /** Sends JSON with POST, as the quiz page's script does to check an answer. */
  public HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(resolve(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build());
  }

  /** Chooses the language with the switcher in the page header, as a person would. */
  public HttpResponse<String> chooseLanguage(Language language) {
    String page = get("index.xhtml").body();
    Matcher button =
        Pattern.compile("<input[^>]*data-lang=\"" + language.code() + "\"[^>]*>").matcher(page);
    if (!button.find()) {
      throw new AssertionError("no language switcher button for " + language.code());
    }
    Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(button.group());
    if (!name.find()) {
      throw new AssertionError("switcher button without a name: " + button.group());
    }
    return submit("index.xhtml", "language", Map.of(), name.group(1));
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Sends cookies back as a browser does, {@code name=value}. {@link CookieManager} alone turns a
   * value with a colon (Payara's {@code JSESSIONIDVERSION=2f:0} on a clustered server) into an RFC
   * 2965 cookie, {@code $Version="1"; JSESSIONIDVERSION="2f:0"}, which no browser sends and Payara
   * cannot parse (500).
   */
  private static final class BrowserCookies extends java.net.CookieHandler {
    private final CookieManager store;

    BrowserCookies(CookieManager store) {
      this.store = store;
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
      String header =
          store.getCookieStore().get(uri).stream()
              .filter(c -> !c.hasExpired())
              .filter(c -> c.getPath() == null || pathOf(uri).startsWith(c.getPath()))
              .filter(c -> !c.getSecure() || "https".equals(uri.getScheme()))
              .map(c -> c.getName() + "=" + c.getValue())
              .collect(java.util.stream.Collectors.joining("; "));
      return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
    }

    private static String pathOf(URI uri) {
      return uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
      store.put(uri, responseHeaders);
    }
  }
}

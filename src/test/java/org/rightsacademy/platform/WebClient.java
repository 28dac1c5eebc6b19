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
    try {
      this.base = Deployments.local(base).toURI();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(cookies)
            .build();
  }

  public URI resolve(String path) {
    return base.resolve(path);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(resolve(path)).GET().build());
  }

  /**
   * Loads the page, fills the fields of the form with the given id and presses the button:
   * hidden fields (the view state) are taken from the page as a browser would.
   */
  public HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button) {
    String page = get(path).body();
    Matcher form = Pattern.compile("(?s)<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"(.*?)</form>").matcher(page);
    if (!form.find()) {
      throw new AssertionError("no form " + formId + " on " + path + ":\n" + page);
    }
    Map<String, String> values = new LinkedHashMap<>();
    Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(form.group(2));
    while (hidden.find()) {
      values.put(hidden.group(1), hidden.group(2));
    }
    values.put(formId, formId);
    values.putAll(fields);
    values.put(button, "submit");
    String body =
        values.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(resolve(form.group(1).replace("&amp;", "&")))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Signs in through the login page; the response is the redirect that follows a success. */
  public HttpResponse<String> signIn(String username, String password) {
    return submit("login.xhtml", "login", Map.of("login:username", username, "login:password", password), "login:submit");
  }

  /** Sends JSON with PUT, as the quiz page's script does. */
  public HttpResponse<String> putJson(String path, String json) {
    return send(HttpRequest.newBuilder(resolve(path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build());
  }

  /** Chooses the language with the switcher in the page header, as a person would. */
  public HttpResponse<String> chooseLanguage(Language language) {
    String page = get("index.xhtml").body();
    Matcher button = Pattern.compile("<input[^>]*data-lang=\"" + language.code() + "\"[^>]*>").matcher(page);
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
}

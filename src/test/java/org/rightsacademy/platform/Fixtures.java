package org.rightsacademy.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.enterprise.inject.spi.Unmanaged;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.rightsacademy.assessment.AttemptService;
import org.rightsacademy.assessment.QuizAttempt;
import org.rightsacademy.assessment.RightAnswers;
import org.rightsacademy.people.Account;
import org.rightsacademy.people.AccountDraft;
import org.rightsacademy.people.AccountService;
import org.rightsacademy.people.Role;
import org.rightsacademy.people.Scope;
import org.rightsacademy.progress.Enrolment;
import org.rightsacademy.progress.ProgressService;
import org.rightsacademy.workshops.Participant;
import org.rightsacademy.workshops.Workshop;
import org.rightsacademy.workshops.WorkshopService;

/**
 * The data a browser test needs before its first click, made by the application's own services and
 * asked for by the test itself, so that every test method can run alone and in any order. Browser
 * tests run as clients ({@code @RunAsClient}) and cannot call a service: {@link #addTo} puts {@link
 * Servlet} into the test deployment ({@link Deployments#suite()}, never the shipped WAR), and the
 * static methods here call it, from the client or from inside the server alike. Every fixture is
 * idempotent: asking twice changes nothing.
 */
public final class Fixtures {

  /** Where the fixture servlet answers; {@link Deployments} opens it without sign-in in tests. */
  public static final String PATH = "it-fixtures";

  private Fixtures() {}

  public static WebArchive addTo(WebArchive archive) {
    return archive.addClasses(Fixtures.class, Servlet.class, RightAnswers.class);
  }

  /** A learner with this password, in the language, made unless the username exists. */
  public static void learner(
      URL base, String username, String displayName, Language language, String password) {
    account(
        base,
        new AccountDraft(
            username,
            displayName,
            null,
            null,
            null,
            null,
            language,
            EnumSet.of(Role.LEARNER),
            Scope.NONE),
        password);
  }

  /**
   * The account with this password (not to be changed at sign-in), made unless the username exists.
   */
  public static void account(URL base, AccountDraft draft, String password) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("username", draft.username());
    form.put("name", draft.displayName());
    form.put("country", draft.country() == null ? "" : draft.country());
    form.put("language", draft.language().name());
    form.put("roles", draft.roles().stream().map(Role::name).collect(Collectors.joining(",")));
    form.put(
        "scope", draft.scope().allCountries() ? "*" : String.join(",", draft.scope().countries()));
    form.put("password", password);
    call(base, "account", form);
  }

  /**
   * Learners {@code prefix-1} … {@code prefix-count} of the country, who join the workshop with
   * this code.
   */
  public static void participants(URL base, String code, String prefix, int count, String country) {
    call(
        base,
        "participants",
        Map.of("code", code, "prefix", prefix, "count", String.valueOf(count), "country", country));
  }

  /**
   * The learner (who must exist) has done these lessons of the course and passed these quizzes with
   * every answer right; nothing is done again if they are already enrolled in it.
   */
  public static void completed(
      URL base, String username, String course, List<String> lessons, List<String> quizzes) {
    call(
        base,
        "completed",
        Map.of(
            "username",
            username,
            "course",
            course,
            "lessons",
            String.join(",", lessons),
            "quizzes",
            String.join(",", quizzes)));
  }

  /**
   * Runs a no-argument method of a test class in the server, on an instance whose {@code @EJB} and
   * {@code @Inject} fields are filled as for an in-container test: how a client test gets the
   * fixture its in-container neighbours use. The class must be in the deployment.
   */
  public static void run(URL base, Class<?> testClass, String method) {
    call(base, "run", Map.of("class", testClass.getName(), "method", method));
  }

  private static void call(URL base, String fixture, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    URI uri = URI.create(Deployments.local(base).toString()).resolve(PATH + "/" + fixture);
    try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofMinutes(2))
                  .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(
          200,
          answer.statusCode(),
          "fixture " + fixture + " " + form.keySet() + ": " + answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException("fixture " + fixture, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("fixture " + fixture + " interrupted", e);
    }
  }

  /** Runs a fixture in the server, through the services. Tests only: never in the shipped WAR. */
  @WebServlet("/" + PATH + "/*")
  public static class Servlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB private AccountService accounts;
    @EJB private WorkshopService workshops;
    @EJB private ProgressService progress;
    @EJB private AttemptService attempts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException, ServletException {
      request.setCharacterEncoding(
          "UTF-8"); // names in Arabic and Russian, like everything the tests send
      String fixture = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
      response.setContentType("text/plain;charset=UTF-8");
      switch (fixture) {
        case "account" -> {
          account(request);
          response.getWriter().print("account " + request.getParameter("username"));
        }
        case "participants" -> {
          Workshop workshop =
              workshops
                  .byCode(request.getParameter("code"))
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "no workshop with code " + request.getParameter("code")));
          int count = Integer.parseInt(request.getParameter("count"));
          for (int i = 1; i <= count; i++) {
            String username = request.getParameter("prefix") + "-" + i;
            String name = "Participant " + i;
            long id =
                accounts
                    .findByUsername(username)
                    .orElseGet(
                        () ->
                            accounts.createWithPassword(
                                new AccountDraft(
                                    username,
                                    name,
                                    null,
                                    request.getParameter("country"),
                                    null,
                                    null,
                                    Language.FR,
                                    EnumSet.of(Role.LEARNER),
                                    Scope.NONE),
                                "a participant of the workshop",
                                false))
                    .getId();
            workshops.join(workshop, id, Participant.Via.CODE);
          }
          response.getWriter().print(count + " participants in workshop " + workshop.getId());
        }
        case "completed" -> {
          long learner =
              accounts.findByUsername(request.getParameter("username")).orElseThrow().getId();
          String course = request.getParameter("course");
          if (progress.find(learner, course).isEmpty()) {
            Enrolment enrolment = progress.enrol(learner, course);
            for (String lesson : request.getParameter("lessons").split(",")) {
              progress.complete(learner, course, lesson);
            }
            for (String quiz : request.getParameter("quizzes").split(",")) {
              QuizAttempt attempt =
                  attempts.start(
                      learner, course, enrolment.getCourseVersionId(), quiz, Language.EN);
              RightAnswers.answerAll(attempts, learner, attempt);
              attempts.submit(learner, attempt.getId(), Map.of());
            }
          }
          response.getWriter().print(request.getParameter("username") + " completed " + course);
        }
        case "run" -> {
          try {
            Class<?> type =
                Class.forName(
                    request.getParameter("class"),
                    true,
                    Thread.currentThread().getContextClassLoader());
            Method method = type.getDeclaredMethod(request.getParameter("method"));
            method.setAccessible(true);
            Unmanaged.UnmanagedInstance<?> instance =
                new Unmanaged<>(type).newInstance().produce().inject().postConstruct();
            try {
              method.invoke(instance.get());
            } finally {
              instance.preDestroy().dispose();
            }
          } catch (InvocationTargetException e) {
            throw new ServletException(request.getParameter("method") + " failed", e.getCause());
          } catch (ReflectiveOperationException e) {
            throw new ServletException(e);
          }
          response
              .getWriter()
              .print("ran " + request.getParameter("class") + "." + request.getParameter("method"));
        }
        default -> response.sendError(HttpServletResponse.SC_NOT_FOUND, "no fixture " + fixture);
      }
    }

    private void account(HttpServletRequest request) {
      String username = request.getParameter("username");
      if (accounts.findByUsername(username).isPresent()) {
        return;
      }
      EnumSet<Role> roles = EnumSet.noneOf(Role.class);
      Arrays.stream(request.getParameter("roles").split(","))
          .map(Role::valueOf)
          .forEach(roles::add);
      String scope = request.getParameter("scope");
      accounts.createWithPassword(
          new AccountDraft(
              username,
              request.getParameter("name"),
              null,
              emptyAsNull(request.getParameter("country")),
              null,
              null,
              Language.valueOf(request.getParameter("language")),
              roles,
              scope.equals("*")
                  ? Scope.ALL
                  : scope.isEmpty() ? Scope.NONE : Scope.of(scope.split(","))),
          request.getParameter("password"),
          false);
    }

    private static String emptyAsNull(String value) {
      return value == null || value.isEmpty() ? null : value;
    }
  }

  // ---- in the server: what in-container tests make through the services ----

  /** A name no other test or run has: the prefix and eight random characters. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An account of one role, without e-mail, institution or gender. */
  public static AccountDraft person(
      String username,
      String displayName,
      String country,
      Language language,
      Role role,
      Scope scope) {
    return new AccountDraft(
        username, displayName, null, country, null, null, language, EnumSet.of(role), scope);
  }

  /**
   * The account with this password (not to be changed at sign-in), made unless the username exists;
   * in the server, like {@link #account(URL, AccountDraft, String)} from a client.
   */
  public static Account account(AccountService accounts, AccountDraft draft, String password) {
    return accounts
        .findByUsername(draft.username())
        .orElseGet(() -> accounts.createWithPassword(draft, password, false));
  }

  /**
   * The trainer's running workshop with this title, in the country from today for three days, in
   * English, for ten, teaching the course: found among the trainer's, made when there is none.
   */
  public static Workshop workshop(
      WorkshopService workshops, Account trainer, String title, String country, String course) {
    return workshops.visibleTo(trainer).stream()
        .filter(w -> w.getTitle().equals(title))
        .findFirst()
        .orElseGet(
            () ->
                workshops.create(
                    trainer,
                    new Workshop.Details(
                        title,
                        country,
                        "City " + country,
                        "Hall",
                        LocalDate.now(),
                        LocalDate.now().plusDays(2),
                        Language.EN,
                        10,
                        Workshop.Status.RUNNING,
                        false,
                        Set.of(course),
                        Set.of(trainer.getId()))));
  }
}

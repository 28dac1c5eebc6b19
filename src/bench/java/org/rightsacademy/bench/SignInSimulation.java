package org.rightsacademy.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A sign-in flood with a steady stream of page views beside it: how long one sign-in takes, and
 * how many per second the server holds before pages slow down. Run on demand (see README):
 * {@code mvn -Pbench gatling:test -Dbench.rate=4}.
 */
public class SignInSimulation extends Simulation {

  private static final String BASE = System.getProperty("bench.url", "http://localhost:8080");
  private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "2"));
  private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
  private static final String USER = System.getProperty("bench.user", "bench");
  private static final String PASSWORD = System.getProperty("bench.password", "bench sign in password");

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE).acceptLanguageHeader("en").acceptEncodingHeader("gzip").disableFollowRedirect();

  private final ScenarioBuilder signIn =
      scenario("sign-in")
          .exec(
              http("login page")
                  .get("/login.xhtml")
                  .check(css("form#login input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
          .exec(
              http("sign in")
                  .post("/login.xhtml")
                  .formParam("login", "login")
                  .formParam("login:username", USER)
                  .formParam("login:password", PASSWORD)
                  .formParam("login:submit", "Sign in")
                  .formParam("jakarta.faces.ViewState", "#{viewState}")
                  .check(status().is(302)));

  /** Someone reading while the room signs in: this latency must not suffer. */
  private final ScenarioBuilder reading = scenario("reading").exec(http("home page").get("/index.xhtml").check(status().is(200)));

  {
    setUp(
            signIn.injectOpen(constantUsersPerSec(RATE).during(SECONDS)),
            reading.injectOpen(constantUsersPerSec(5).during(SECONDS)))
        .protocols(protocol);
  }
}

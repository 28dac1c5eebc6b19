package org.rightsacademy.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;

/**
 * The sign-in of a learner fed as {@code #{username}}, tried again while the server turns it away:
 * a sign-in it refuses as busy (it bounds the password checks it runs at once) shows the sign-in
 * page again. Leaves {@code signedIn} in the session.
 */
final class SignIn {

  private SignIn() {}

  /** At most {@code tries} sign-ins, {@code retry} (a pause) after each one turned away. */
  static ChainBuilder chain(int tries, String password, ChainBuilder retry) {
    return exec(session -> session.set("signedIn", false))
        .asLongAs(session -> !session.getBoolean("signedIn") && session.getInt("tries") < tries, "tries")
        .on(
            exec(http("login page").get("/login.xhtml").check(css("form#login input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
                // A person types their username and password.
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
                .exec(
                    http("sign in")
                        .post("/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:username", "#{username}")
                        .formParam("login:password", password)
                        .formParam("login:submit", "x")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().in(200, 302).saveAs("signInStatus")))
                .exec(session -> session.set("signedIn", session.getInt("signInStatus") == 302))
                .doIf(session -> !session.getBoolean("signedIn"))
                .then(retry));
  }
}

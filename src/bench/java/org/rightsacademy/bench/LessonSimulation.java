package org.rightsacademy.bench;

import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A room reading: S learners at once (64 by default), each signed in with a session of their own,
 * open an ICRMW lesson again and again, with no pause: all of them together for {@code
 * bench.seconds} (60) after a sign-in window of {@code bench.signin} seconds (30). Every answer
 * must be the lesson (200 and its text), none an error. Uses the accounts ExamPeakSimulation wrote
 * ({@code bench-learner-1} …, who are enrolled by their final test). On demand:
 * {@code mvn -Pbench test-compile gatling:test -Dbench.simulation=org.rightsacademy.bench.LessonSimulation -Dbench.url=http://localhost:8080}.
 */
public class LessonSimulation extends Simulation {

  private static final String BASE = System.getProperty("bench.url", "http://localhost:8080");
  private static final int SESSIONS = Integer.getInteger("bench.sessions", 64);
  private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
  private static final String LESSON = System.getProperty("bench.lesson", "/learn/lesson.xhtml?code=icrmw&lesson=scope/who-is-covered");
  private static final String PASSWORD = "exam peak learner password";

  private static final AtomicInteger NEXT = new AtomicInteger();

  private final Iterator<Map<String, Object>> learners =
      Stream.generate(() -> Map.<String, Object>of("username", "bench-learner-" + NEXT.incrementAndGet())).iterator();

  private final HttpProtocolBuilder protocol =
      http.baseUrl(BASE).acceptLanguageHeader("fr").acceptEncodingHeader("gzip").disableFollowRedirect().shareConnections();

  /** Everyone signs in within the first {@code bench.signin} seconds, then all read together. */
  private static final int SIGN_IN_SECONDS = Integer.getInteger("bench.signin", 30);

  private static volatile long end;

  private final ScenarioBuilder reading =
      scenario("lesson")
          .feed(learners)
          // A sign-in the server turns away as busy (it bounds the password checks it runs at
          // once) shows the sign-in page again: the learner tries again a second later.
          .exec(SignIn.chain(30, PASSWORD, pause(Duration.ofSeconds(1))))
          // Everyone reads until the same moment: from the end of the sign-in window on, all
          // sessions read at once for bench.seconds.
          .asLongAs(session -> System.currentTimeMillis() < end)
          .on(exec(http("lesson").get(LESSON).check(status().is(200), substring("<article"))));

  @Override
  public void before() {
    end = System.currentTimeMillis() + (SIGN_IN_SECONDS + SECONDS) * 1000L;
  }

  {
    setUp(reading.injectOpen(atOnceUsers(SESSIONS)))
        .protocols(protocol)
        .assertions(global().failedRequests().count().is(0L));
  }
}

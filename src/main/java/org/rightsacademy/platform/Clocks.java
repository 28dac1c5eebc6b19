package org.rightsacademy.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now", injected so that time-dependent rules can be tested without sleeping. It
 * ticks in microseconds, the precision both databases keep: a time written and read back is the
 * time that was computed with, so a record rebuilt from stored times matches the original.
 */
@ApplicationScoped
public class Clocks {

  @Produces
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
  }
}

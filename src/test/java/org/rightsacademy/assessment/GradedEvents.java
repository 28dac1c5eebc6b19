package org.rightsacademy.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts committed grade events per attempt, inside the server, for the tests. */
@ApplicationScoped
public class GradedEvents {

  private final Map<Long, AtomicInteger> counts = new ConcurrentHashMap<>();

  void graded(@Observes(during = TransactionPhase.AFTER_SUCCESS) QuizGraded event) {
    counts.computeIfAbsent(event.attemptId(), id -> new AtomicInteger()).incrementAndGet();
  }

  public int count(long attemptId) {
    return counts.getOrDefault(attemptId, new AtomicInteger()).get();
  }
}

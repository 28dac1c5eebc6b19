package org.rightsacademy.workshops;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.rightsacademy.people.AccountService;

/**
 * The one-time passwords of the accounts a participant list created, held in this node's memory
 * only — never in the database, never in a log — for the trainer who started the list, who sees
 * them once: the first time they open the workshop after the list has finished, they are handed
 * over and forgotten here. Unclaimed, they are forgotten after {@link #KEPT}; a restart forgets
 * them too (the list is then "interrupted", and running it again issues new ones).
 */
@ApplicationScoped
public class ListResults {

  /**
   * Long enough for a trainer to upload a list in the morning and come back to it during the day.
   */
  static final Duration KEPT = Duration.ofHours(8);

  private record Held(long owner, List<AccountService.Created> created, Instant until) {}

  private final Map<Long, Held> held = new ConcurrentHashMap<>();

  /** Adds a few rows' results to a list's, as it runs. */
  void add(long job, long owner, List<AccountService.Created> created, Instant now) {
    forgetExpired(now);
    held.merge(
        job,
        new Held(owner, List.copyOf(created), now.plus(KEPT)),
        (before, more) -> {
          List<AccountService.Created> all = new ArrayList<>(before.created());
          all.addAll(more.created());
          return new Held(before.owner(), List.copyOf(all), more.until());
        });
  }

  /**
   * The list's one-time passwords, handed over once to the trainer who started it (nobody else, not
   * even another trainer of the workshop or an admin); empty for anyone else, and afterwards.
   */
  Optional<List<AccountService.Created>> take(long job, long viewer, Instant now) {
    forgetExpired(now);
    Held result = held.get(job);
    if (result == null || result.owner() != viewer || !held.remove(job, result)) {
      return Optional.empty();
    }
    return Optional.of(result.created());
  }

  private void forgetExpired(Instant now) {
    held.values().removeIf(result -> result.until().isBefore(now));
  }
}

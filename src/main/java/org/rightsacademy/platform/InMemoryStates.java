package org.rightsacademy.platform;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** {@link SharedStates} in one node's memory. */
final class InMemoryStates implements SharedStates {

  private record Entry(String state, Instant keepUntil) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @Override
  public <R> R update(String space, String subject, Function<String, Change<R>> change) {
    Object[] result = new Object[1];
    entries.compute(
        space + '\u0000' + subject,
        (key, entry) -> {
          Change<R> next = change.apply(entry == null ? null : entry.state());
          result[0] = next.result();
          return next.state() == null ? null : new Entry(next.state(), next.keepUntil());
        });
    @SuppressWarnings("unchecked")
    R typed = (R) result[0];
    return typed;
  }

  @Override
  public long increment(String space, String subject, Instant keepUntil) {
    Entry counted =
        entries.merge(
            space + '\u0000' + subject,
            new Entry("1", keepUntil),
            (entry, one) ->
                new Entry(String.valueOf(Long.parseLong(entry.state()) + 1), entry.keepUntil()));
    return Long.parseLong(counted.state());
  }

  @Override
  public void forgetExpired(String space, Instant now) {
    entries
        .entrySet()
        .removeIf(e -> inSpace(e.getKey(), space) && e.getValue().keepUntil().isBefore(now));
  }

  @Override
  public long count(String space) {
    return entries.keySet().stream().filter(key -> inSpace(key, space)).count();
  }

  private static boolean inSpace(String key, String space) {
    return key.startsWith(space + '\u0000');
  }
}

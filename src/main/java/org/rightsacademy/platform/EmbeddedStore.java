package org.rightsacademy.platform;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Keeps the embedded H2 file from losing acknowledged commits when the server is killed.
 *
 * <p>H2 (2.5.252) writes each commit as a chunk. Once a chunk has been free for the retention time
 * (45 s), a later commit may be written into its space inside the file, and the file's header is
 * not always moved to it. After a {@code kill -9}, H2 finds the newest chunk by following the chain
 * from the header, stops at that gap and drops every later commit: in {@code CrashRecoveryIT} on a
 * busy machine, six questions lost their last one to three acknowledged answers (the copy of the
 * killed file held chunks 425 to 439, its header pointed at 424). With new chunks always written at
 * the end of the file the chain has no gap: nothing was lost in 35 trials of 64 to 438 commits each
 * with space reused at once ({@code RETENTION_TIME=0}), against 5 of 10 trials losing commits
 * without it ({@code EmbeddedStoreCrashTest} runs such trials in every build).
 *
 * <p>So every connection the pool opens makes sure new chunks go to the end (when commits are
 * written at once, {@code WRITE_DELAY=0}, as {@link DatabaseSettings} sets; with a write delay H2
 * keeps its own ways). Each commit then adds ~25 KB to the file, so every 30 seconds the file is
 * compacted once it has grown by {@value #GROWTH_MB} MB since the last time. Free space is reused
 * only for that step and only inside H2's store lock, after every pending write: a commit that
 * found space reuse switched on would be written into a gap again (with the switch outside the
 * lock, 2 commits of one trial in {@code EmbeddedStoreCrashTest} were lost on a busy machine).
 * Measured ({@code EmbeddedStoreTest}): 1,800 saves grow the file by ~50 MB and compact back in
 * ~300 ms; a file grown by 36,000 saves (a 3,000-learner peak of ten minutes, 1.4 GB) needs two
 * runs, the first (2 s) gives nothing back. PostgreSQL has its own write-ahead log: nothing to do.
 */
@Singleton
public class EmbeddedStore {

  private static final Logger LOG = Logger.getLogger(EmbeddedStore.class.getName());

  /**
   * After this long a compaction starts no further step, in milliseconds; one step may take longer
   * (a file of 170 MB: 0.6 s idle, 1.3 s beside other work). Commits wait meanwhile.
   */
  static final int COMPACTION_MILLIS = 500;

  /** How much commits may grow the file before it is compacted, in megabytes. */
  static final int GROWTH_MB = 32;

  /**
   * The files made append-only in this JVM, each with its size after the last compaction that
   * halved it. Kept from the pool's own physical connections: a pooled connection as the
   * application gets it cannot be unwrapped to H2's (Payara refuses a class for {@code unwrap}).
   */
  private static final Map<MVStore, Long> FILES = new ConcurrentHashMap<>();

  /**
   * New chunks of this connection's H2 database go to the end of its file, if it writes each commit
   * at once. Cheap enough for every connection the pool opens, which also covers a database H2
   * closed and opened again.
   */
  public static void appendOnly(Connection connection) throws SQLException {
    store(connection)
        .filter(store -> store.isSpaceReused() && store.getAutoCommitDelay() == 0)
        .ifPresent(
            store -> {
              store.setReuseSpace(false);
              FILES.putIfAbsent(store, 0L);
              LOG.fine("H2: new chunks are written at the end of the file");
            });
  }

  /** Compacts this connection's H2 file, see {@link #compact(MVStore)}; nothing for others. */
  static void compact(Connection connection) throws SQLException {
    store(connection).ifPresent(EmbeddedStore::compact);
  }

  /**
   * Compacts an append-only file into the space its free chunks leave, for at most {@value
   * #COMPACTION_MILLIS} ms, inside H2's store lock; the retention time H2's compaction resets is
   * put back. A file grown far may need a second call. Returns the file's size after.
   */
  static long compact(MVStore store) {
    long before = store.getFileStore().size();
    if (store.isSpaceReused()) {
      return before; // not append-only: H2 reuses the space itself
    }
    int retention = store.getRetentionTime();
    store.executeFilestoreOperation(
        () -> {
          store.setReuseSpace(true);
          try {
            store.compactFile(COMPACTION_MILLIS);
          } finally {
            store.setReuseSpace(false);
            store.setRetentionTime(retention);
          }
        });
    long after = store.getFileStore().size();
    LOG.fine(() -> "H2 file compacted from " + before + " to " + after + " bytes");
    return after;
  }

  /** The MVStore behind an embedded H2 file connection; empty for PostgreSQL and H2 in memory. */
  static Optional<MVStore> store(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(JdbcConnection.class)) {
      return Optional.empty();
    }
    if (!(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
      return Optional.empty(); // a client of an H2 server: that server owns its file
    }
    MVStore store = session.getDatabase().getStore().getMvStore();
    return store.getFileStore() == null ? Optional.empty() : Optional.of(store);
  }

  /** The append-only files this JVM compacts. */
  static Set<MVStore> appendOnlyFiles() {
    return Set.copyOf(FILES.keySet());
  }

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void every30Seconds() {
    compactGrownFiles();
  }

  /** Compacts each append-only file that has grown; until it has halved, again at the next run. */
  static void compactGrownFiles() {
    FILES.keySet().removeIf(MVStore::isClosed);
    FILES.forEach(
        (store, compacted) -> {
          try {
            long size = store.getFileStore().size();
            if (size >= compacted + ((long) GROWTH_MB << 20)) {
              long after = compact(store);
              if (after <= size / 2) {
                FILES.put(store, after);
              }
            }
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "H2 file not compacted: " + e.getMessage(), e);
          }
        });
  }
}

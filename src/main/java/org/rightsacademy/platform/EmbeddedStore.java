package org.rightsacademy.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
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
 * <p>So every connection the pool opens makes sure new chunks go to the end. Each commit then adds
 * ~25 KB to the file, so every 30 seconds the file is compacted once it has grown by {@value
 * #GROWTH_MB} MB since the last time (free space reused for that one step, then off again).
 * Measured ({@code EmbeddedStoreTest}): 1,800 saves grow the file by ~50 MB and compact back in
 * ~300 ms; left to grow by 36,000 saves (a 3,000-learner peak of ten minutes) it reached 1.4 GB,
 * and one pass of compaction took 2 s without giving anything back. PostgreSQL has its own
 * write-ahead log: nothing to do.
 */
@Singleton
public class EmbeddedStore {

  private static final Logger LOG = Logger.getLogger(EmbeddedStore.class.getName());

  /** The longest one pass of compaction may take, in milliseconds (commits wait for it). */
  static final int COMPACTION_MILLIS = 500;

  /** How much commits may grow the file before it is compacted, in megabytes. */
  static final int GROWTH_MB = 32;

  /**
   * Passes of compaction at most: a file grown far (hundreds of megabytes) may need one to rewrite
   * its live pages and another to move them to the front and give the rest back; on a busy machine
   * the first gave back 0.1 % of 170 MB, the second all but 1 MB. A pass with nothing to do takes a
   * millisecond.
   */
  static final int PASSES = 3;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

  /** The file's size after the last compaction, in bytes. */
  private long compactedSize;

  public EmbeddedStore() {}

  EmbeddedStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * New chunks of this connection's H2 database go to the end of its file. Cheap enough for every
   * connection the pool opens, which also covers a database H2 closed and opened again.
   */
  public static void appendOnly(Connection connection) throws SQLException {
    store(connection)
        .filter(MVStore::isSpaceReused)
        .ifPresent(
            store -> {
              store.setReuseSpace(false);
              LOG.fine("H2: new chunks are written at the end of the file");
            });
  }

  /** Compacts this connection's H2 file, see {@link #compact(MVStore)}; nothing for others. */
  static void compact(Connection connection) throws SQLException {
    store(connection).ifPresent(EmbeddedStore::compact);
  }

  /**
   * Compacts the file into the space its free chunks leave, in up to {@value #PASSES} passes until
   * it has at most half its size, then writes at the end again; the retention time H2's compaction
   * resets is put back. Returns the file's size after.
   */
  static long compact(MVStore store) {
    long before = store.getFileStore().size();
    long after = before;
    int retention = store.getRetentionTime();
    store.setReuseSpace(true);
    try {
      for (int pass = 1; pass <= PASSES && after > before / 2; pass++) {
        store.compactFile(COMPACTION_MILLIS);
        after = store.getFileStore().size();
      }
    } finally {
      store.setReuseSpace(false);
      store.setRetentionTime(retention);
    }
    long size = after;
    LOG.fine(() -> "H2 file compacted from " + before + " to " + size + " bytes");
    return size;
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

  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void compactWhenGrown() {
    try (Connection connection = dataSource.getConnection()) {
      store(connection)
          .filter(store -> store.getFileStore().size() >= compactedSize + ((long) GROWTH_MB << 20))
          .ifPresent(store -> compactedSize = compact(store));
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.WARNING, "H2 file not compacted: " + e.getMessage(), e);
    }
  }
}

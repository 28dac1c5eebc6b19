package org.rightsacademy.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
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
 * <p>So every connection the pool opens makes sure new chunks go to the end, and every ten minutes
 * the file is compacted (free space reused for that one step, then off again), which keeps it from
 * growing by the ~20 KB each commit writes. PostgreSQL has its own write-ahead log: nothing to do.
 */
@Singleton
public class EmbeddedStore {

  private static final Logger LOG = Logger.getLogger(EmbeddedStore.class.getName());

  /** The longest one compaction may take, in milliseconds (commits wait for it). */
  static final int COMPACTION_MILLIS = 500;

  @Resource(lookup = SchemaMigration.DATA_SOURCE)
  private DataSource dataSource;

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

  /**
   * Compacts this connection's H2 file into the space its free chunks leave, then writes at the end
   * again; the retention time H2's compaction resets is put back.
   */
  static void compact(Connection connection) throws SQLException {
    Optional<MVStore> found = store(connection);
    if (found.isEmpty()) {
      return;
    }
    MVStore store = found.get();
    int retention = store.getRetentionTime();
    store.setReuseSpace(true);
    try {
      store.compactFile(COMPACTION_MILLIS);
    } finally {
      store.setReuseSpace(false);
      store.setRetentionTime(retention);
    }
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

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void compactEveryTenMinutes() {
    Optional<Path> file =
        DatabaseSettings.from(ConfigProvider.getConfig())
            .h2File()
            .map(path -> path.resolveSibling(path.getFileName() + ".mv.db"));
    if (file.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      long before = Files.size(file.get());
      compact(connection);
      long after = Files.size(file.get());
      LOG.fine(() -> "H2 file compacted from " + before + " to " + after + " bytes");
    } catch (Exception e) {
      LOG.log(Level.WARNING, "H2 file not compacted: " + e.getMessage(), e);
    }
  }
}

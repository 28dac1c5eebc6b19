package org.rightsacademy.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Applied migrations whose text was corrected later without changing what they do (a comment). Its
 * table and columns are quoted lower case, as Flyway makes them on H2 and PostgreSQL. Flyway
 * refuses to start when an applied migration's checksum differs from its file, and that stays on
 * for everything else: here the history takes the corrected checksum only where it holds exactly
 * the checksum of the text we shipped before. A migration edited in any other way, or a database
 * holding any other checksum, still stops the start. Not {@code flyway.repair()}, which would
 * accept every difference, real drift included.
 */
final class CorrectedMigrations {

  /** One correction: the version, the checksum of the text as shipped, and of the text now. */
  record Correction(String version, int shipped, int corrected, String why) {}

  static final List<Correction> ALL =
      List.of(
          new Correction(
              "12",
              2108386508,
              1803191220,
              "the comment named RA_CREDENTIALS_SIGNING_KEY, which no code reads"));

  /**
   * Flyway's history table (its default name; created quoted, so lower case in H2 and PostgreSQL).
   */
  static final String HISTORY = "flyway_schema_history";

  private static final Logger LOG = Logger.getLogger(CorrectedMigrations.class.getName());

  private CorrectedMigrations() {}

  /** Records the corrected checksums before Flyway validates; returns how many rows changed. */
  static int apply(Connection connection) throws SQLException {
    try (ResultSet tables =
        connection.getMetaData().getTables(null, connection.getSchema(), HISTORY, null)) {
      if (!tables.next()) {
        return 0; // an empty database: nothing was applied with the old text
      }
    }
    int changed = 0;
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE \""
                + HISTORY
                + "\" SET \"checksum\" = ? WHERE \"version\" = ? AND \"checksum\" = ?")) {
      for (Correction correction : ALL) {
        update.setInt(1, correction.corrected());
        update.setString(2, correction.version());
        update.setInt(3, correction.shipped());
        int rows = update.executeUpdate();
        if (rows > 0) {
          LOG.info(
              () ->
                  "Migration V"
                      + correction.version()
                      + " was corrected after it was applied ("
                      + correction.why()
                      + "): its recorded checksum now matches the file");
        }
        changed += rows;
      }
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    return changed;
  }
}

package org.rightsacademy.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver-level data source behind the container's pooled {@code java:app/jdbc/rightsacademy}
 * (declared in web.xml). It reads {@link DatabaseSettings} itself, so one set of environment
 * variables chooses H2 or PostgreSQL without editing any descriptor.
 */
public class ConfiguredDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

  private volatile DataSource driver;
  private PrintWriter logWriter;
  private int loginTimeout;

  private DataSource driver() {
    DataSource current = driver;
    if (current == null) {
      synchronized (this) {
        current = driver;
        if (current == null) {
          current = driver = open(settings());
        }
      }
    }
    return current;
  }

  private static DatabaseSettings settings() {
    return DatabaseSettings.from(
        ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader()));
  }

  static DataSource open(DatabaseSettings settings) {
    LOG.info(() -> "Database: " + settings.safeUrl());
    if (settings.isH2()) {
      // before H2 creates its files: the folder is the server's user's only
      settings.h2File().ifPresent(DataFolder::prepare);
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(settings.url());
      h2.setUser(settings.user());
      h2.setPassword(settings.password());
      return h2;
    }
    if (settings.isPostgreSql()) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(settings.url());
      if (settings.user() != null) {
        postgres.setUser(settings.user());
      }
      postgres.setPassword(settings.password());
      return postgres;
    }
    throw new IllegalStateException(
        "RA_DB_URL must start with jdbc:h2: or jdbc:postgresql: but is " + settings.safeUrl());
  }

  @Override
  public Connection getConnection() throws SQLException {
    return crashSafe(driver().getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    // The pool passes empty credentials when the descriptor names none: ours come from config.
    if (username == null || username.isBlank()) {
      return getConnection();
    }
    return crashSafe(driver().getConnection(username, password));
  }

  /** An embedded H2 file writes new chunks at its end, see {@link EmbeddedStore}. */
  private static Connection crashSafe(Connection connection) throws SQLException {
    try {
      EmbeddedStore.appendOnly(connection);
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return driver().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || driver().isWrapperFor(iface);
  }
}

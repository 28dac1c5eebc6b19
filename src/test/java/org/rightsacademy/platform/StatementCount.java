package org.rightsacademy.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Counts the SQL statements each HTTP request runs, for tests only: {@link #counting} turns a test
 * deployment's data source into {@link Counting} (the app's own {@link ConfiguredDataSource} with
 * every statement it executes counted) and puts {@link PerRequest} first in the filter chain. Each
 * request's count is kept by its path and query; read it with {@link #of}. Nothing of this is in
 * the WAR that ships.
 */
public final class StatementCount {

  private static final String WEB_XML = "WEB-INF/web.xml";

  /** The request being counted on this thread, if any. */
  private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();

  /** Path and query (as a test writes them: no leading slash) → statements its last request ran. */
  private static final Map<String, Integer> BY_PAGE = new ConcurrentHashMap<>();

  private StatementCount() {}

  /** The deployment with every request's statements counted. */
  public static WebArchive counting(WebArchive war) {
    String webXml;
    try (InputStream in = war.get(WEB_XML).getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String dataSource = "<class-name>" + ConfiguredDataSource.class.getName() + "</class-name>";
    if (!webXml.contains(dataSource) || !webXml.contains("<filter>")) {
      throw new IllegalStateException("web.xml no longer declares " + dataSource + " and a filter");
    }
    // Declared before every other filter: its mapping comes first, so the whole request is counted.
    String filter =
        "<filter><filter-name>statementCount</filter-name>"
            + "<filter-class>"
            + PerRequest.class.getName()
            + "</filter-class></filter>"
            + "<filter-mapping><filter-name>statementCount</filter-name><url-pattern>/*</url-pattern></filter-mapping>\n  ";
    webXml =
        webXml
            .replace(dataSource, "<class-name>" + Counting.class.getName() + "</class-name>")
            .replaceFirst("<filter>", Matcher.quoteReplacement(filter) + "<filter>");
    war.delete(WEB_XML);
    war.add(new StringAsset(webXml), WEB_XML);
    return war.addClasses(StatementCount.class, Counting.class, PerRequest.class, Counted.class);
  }

  /** The statements the last request for this path (and query) ran. */
  public static int of(String page) {
    Integer count = BY_PAGE.get(page);
    if (count == null) {
      throw new IllegalStateException(
          "no request for " + page + " was counted; counted: " + BY_PAGE.keySet());
    }
    return count;
  }

  /**
   * The app's data source, each statement its connections execute counted for the request on this
   * thread.
   */
  public static class Counting extends ConfiguredDataSource {

    @Override
    public Connection getConnection() throws SQLException {
      return counted(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return counted(super.getConnection(username, password));
    }

    private static Connection counted(Connection connection) {
      if (Proxy.isProxyClass(connection.getClass())
          && Proxy.getInvocationHandler(connection) instanceof Counted) {
        return connection; // getConnection(user, password) without a user asks getConnection()
      }
      return proxy(Connection.class, new Counted(connection, true));
    }
  }

  /** Starts and ends the count of one request. */
  public static class PerRequest extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      int[] count = new int[1];
      CURRENT.set(count);
      try {
        chain.doFilter(request, response);
      } finally {
        CURRENT.remove();
        String query = request.getQueryString();
        String path =
            request
                .getRequestURI()
                .substring(request.getContextPath().length())
                .replaceFirst("^/", "");
        BY_PAGE.put(query == null ? path : path + "?" + query, count[0]);
      }
    }
  }

  /** A connection whose statements count their executions, or one of those statements. */
  private record Counted(Object target, boolean connection) implements InvocationHandler {

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "equals":
          if (method.getParameterCount() == 1) {
            return proxy == args[0];
          }
          break;
        case "hashCode":
          if (method.getParameterCount() == 0) {
            return System.identityHashCode(proxy);
          }
          break;
        default:
          break;
      }
      if (!connection && method.getName().startsWith("execute")) {
        int[] count = CURRENT.get();
        if (count != null) {
          count[0]++;
        }
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (connection
          && result instanceof Statement statement
          && method.getReturnType() != Object.class) {
        Class<? extends Statement> type =
            statement instanceof CallableStatement
                ? CallableStatement.class
                : statement instanceof PreparedStatement
                    ? PreparedStatement.class
                    : Statement.class;
        if (method.getReturnType().isAssignableFrom(type)) {
          return proxy(type, new Counted(statement, false));
        }
      }
      return result;
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            StatementCount.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}

package org.rightsacademy.platform;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that ships, as built by `mvn package`: tests deploy exactly what users run. */
public final class Deployments {

  private static final String WEB_XML = "WEB-INF/web.xml";

  /**
   * The one change for in-container tests: Arquillian's test-runner servlet (and {@link Fixtures}'
   * servlet, in {@link #suite()}) must be reachable without signing in, while every page keeps its
   * own rules.
   */
  private static final String OPEN_TEST_RUNNER =
      """
        <security-constraint>
          <web-resource-collection>
            <web-resource-name>arquillian test runner (tests only)</web-resource-name>
            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
            <url-pattern>/it-fixtures/*</url-pattern>
          </web-resource-collection>
        </security-constraint>
      </web-app>""";

  private Deployments() {}

  /**
   * The deployment's URL on the loopback interface: the container reports its host's network
   * address, and tests only ever talk to this machine through localhost.
   */
  public static URL local(URL base) {
    try {
      return new URI(
              base.getProtocol(), null, "localhost", base.getPort(), base.getPath(), null, null)
          .toURL();
    } catch (URISyntaxException | MalformedURLException e) {
      throw new IllegalArgumentException(base.toString(), e);
    }
  }

  /**
   * The one deployment all integration test classes share ({@link OneDeployment}): the shipped WAR
   * with {@link StatementCount}'s counting, {@link Fixtures}' servlet and every compiled test class
   * (an in-container test class must be in the archive; classes no test loads cost nothing).
   */
  public static WebArchive suite() {
    WebArchive archive = Fixtures.addTo(StatementCount.counting(shippedWar()));
    Path classes;
    try {
      classes =
          Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(classes.resolve("org"))) {
      files
          .filter(file -> file.toString().endsWith(".class"))
          .forEach(
              file ->
                  archive.add(
                      new FileAsset(file.toFile()),
                      "WEB-INF/classes/" + classes.relativize(file).toString().replace('\\', '/')));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return archive;
  }

  public static WebArchive shippedWar() {
    String path =
        Objects.requireNonNull(
            System.getProperty("ra.war"), "system property ra.war (set by failsafe)");
    File war = new File(path);
    if (!war.isFile()) {
      throw new IllegalStateException(war + " does not exist: run the tests through `mvn verify`");
    }
    WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    try (InputStream in = archive.get(WEB_XML).getAsset().openStream()) {
      String webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      archive.delete(WEB_XML);
      archive.add(new StringAsset(webXml.replace("</web-app>", OPEN_TEST_RUNNER)), WEB_XML);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return archive;
  }
}

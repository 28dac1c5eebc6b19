package org.rightsacademy.platform;

import java.io.File;
import java.util.Objects;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that ships, as built by `mvn package`: tests deploy exactly what users run. */
final class Deployments {

  private Deployments() {}

  static WebArchive shippedWar() {
    String path = Objects.requireNonNull(System.getProperty("ra.war"), "system property ra.war (set by failsafe)");
    File war = new File(path);
    if (!war.isFile()) {
      throw new IllegalStateException(war + " does not exist: run the tests through `mvn verify`");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}

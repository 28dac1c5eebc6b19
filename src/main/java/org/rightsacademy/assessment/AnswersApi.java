package org.rightsacademy.assessment;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.rightsacademy.platform.ApiErrors;
import org.rightsacademy.platform.UnreadableBody;

/**
 * The small JSON API the pages call from the browser (answer saves): under /api, signed-in only.
 * Its classes are named here, as each of the application's JAX-RS applications names its own (the
 * public ones are in {@code credentials}): an application that names none would take every resource
 * of the WAR.
 */
@ApplicationPath("api")
public class AnswersApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(AnswersResource.class, ApiErrors.class, UnreadableBody.class);
  }

  /**
   * No generated description of the API (/api/application.wadl): it serves our pages, not the
   * public.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

package org.rightsacademy.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The small JSON API the pages call from the browser (answer saves): under /api, signed-in only.
 */
@ApplicationPath("api")
public class RestApplication extends Application {

  /**
   * No generated description of the API (/api/application.wadl): it serves our pages, not the
   * public.
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

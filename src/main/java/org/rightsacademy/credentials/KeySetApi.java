package org.rightsacademy.credentials;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;

/** The public keys at {@code /credentials/keys.json} ({@link KeySetResource}). */
@ApplicationPath("credentials")
public class KeySetApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(KeySetResource.class);
  }

  /** No Jersey WADL beside the OpenAPI description. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

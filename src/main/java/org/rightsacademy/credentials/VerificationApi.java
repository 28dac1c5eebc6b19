package org.rightsacademy.credentials;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public certificate check at {@code /verify} ({@link VerifyResource}). With {@link KeySetApi}
 * it is the public API that {@code /openapi} describes; the signed-in {@code /api} is left out of
 * that description (microprofile-config.properties).
 */
@ApplicationPath("verify")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Rights Academy public API",
            version = "1",
            description =
                "Checking a certificate of completion by its number, and the public keys that check"
                    + " its signed credential offline. Public: no sign-in."),
    tags = {
      @Tag(name = "verification", description = "Is this certificate valid?"),
      @Tag(name = "keys", description = "The keys that check signed credentials")
    })
public class VerificationApi extends Application {

  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(VerifyResource.class);
  }

  /** No Jersey WADL beside the OpenAPI description. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}

package org.rightsacademy.credentials;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Touches up the generated description of the public API (mp.openapi.filter): the verification path
 * is written {@code /verify/{number}}, not with the pattern Jersey matches it by ({@code {number:
 * .+}}, so that any text, even with a slash, is answered as a malformed number).
 */
public class ApiDescription implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    Paths paths = openAPI.getPaths();
    if (paths == null || paths.getPathItems() == null) {
      return;
    }
    for (String path : java.util.List.copyOf(paths.getPathItems().keySet())) {
      String plain = path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
      if (!plain.equals(path)) {
        PathItem item = paths.getPathItem(path);
        paths.removePathItem(path);
        paths.addPathItem(plain, item);
      }
    }
  }
}

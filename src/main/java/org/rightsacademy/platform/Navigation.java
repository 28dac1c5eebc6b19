package org.rightsacademy.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/**
 * The main menu, filtered by the signed-in user's roles. Each area adds its entry here with the
 * roles that may see it; the pages themselves are still guarded on their own.
 */
@Named
@RequestScoped
public class Navigation {

  /**
   * One menu entry: a Faces outcome, its bundle key and the roles that see it (none = everyone).
   */
  public record Item(String outcome, String labelKey, Set<String> roles) {}

  private static final List<Item> ITEMS =
      List.of(
          new Item("/index", "nav.home", Set.of()),
          new Item(
              "/learn/courses",
              "nav.courses",
              Set.of("LEARNER", "TRAINER", "COORDINATOR", "ADMIN")),
          new Item(
              "/learn/certificates",
              "nav.certificates",
              Set.of("LEARNER", "TRAINER", "COORDINATOR", "ADMIN")),
          new Item("/author/courses", "nav.author", Set.of("TRAINER", "ADMIN")),
          new Item("/coordinate/dashboard", "nav.dashboard", Set.of("COORDINATOR", "ADMIN")),
          new Item("/teach/workshops", "nav.workshops", Set.of("TRAINER", "COORDINATOR", "ADMIN")),
          new Item(
              "/coordinate/certificates",
              "nav.manage_certificates",
              Set.of("COORDINATOR", "ADMIN")),
          new Item("/teach/quizzes", "nav.results", Set.of("TRAINER", "COORDINATOR", "ADMIN")),
          new Item("/teach/essays", "nav.essays", Set.of("TRAINER")),
          new Item("/admin/users", "nav.users", Set.of("ADMIN")),
          new Item("/admin/audit", "nav.audit", Set.of("ADMIN")),
          new Item("/admin/completions", "nav.completions", Set.of("ADMIN")),
          new Item("/admin/address", "nav.address", Set.of("ADMIN")),
          new Item("/admin/backup", "nav.backup", Set.of("ADMIN")));

  @Inject private FacesContext faces;

  public List<Item> getItems() {
    ExternalContext external = faces.getExternalContext();
    return ITEMS.stream()
        .filter(
            item ->
                item.roles().isEmpty()
                    || item.roles().stream().anyMatch(role -> inRole(external, role)))
        .toList();
  }

  private static boolean inRole(ExternalContext external, String role) {
    try {
      return external.isUserInRole(role);
    } catch (RuntimeException e) {
      // Payara's authorization module can fail while an error page is dispatched; show less, not a
      // second error.
      return false;
    }
  }

  /** Whether the entry points at the page being shown, for {@code aria-current}. */
  public boolean isCurrent(Item item) {
    return (item.outcome() + ".xhtml").equals(faces.getViewRoot().getViewId());
  }
}

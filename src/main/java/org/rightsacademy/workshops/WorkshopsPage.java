package org.rightsacademy.workshops;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rightsacademy.people.CurrentUser;
import org.rightsacademy.people.Role;

/**
 * The workshops a person may see: a trainer their own, a coordinator their countries', an admin
 * all.
 */
@Named
@RequestScoped
public class WorkshopsPage {

  /** A line of the list. */
  public record Row(Workshop workshop, long participants, boolean editable) {}

  @EJB private WorkshopService workshops;
  @Inject private CurrentUser user;

  private List<Row> rows;

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          user.account()
              .map(
                  viewer -> {
                    List<Workshop> visible = workshops.visibleTo(viewer);
                    java.util.Map<Long, Long> counts =
                        workshops.participantCounts(visible.stream().map(Workshop::getId).toList());
                    return visible.stream()
                        .map(
                            w ->
                                new Row(
                                    w,
                                    counts.getOrDefault(w.getId(), 0L),
                                    WorkshopService.canEdit(viewer, w)))
                        .toList();
                  })
              .orElse(List.of());
    }
    return rows;
  }

  /** Trainers and admins open workshops; coordinators follow them. */
  public boolean isMayCreate() {
    return user.account().map(a -> a.hasRole(Role.TRAINER) || a.hasRole(Role.ADMIN)).orElse(false);
  }
}

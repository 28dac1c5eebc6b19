package org.rightsacademy.workshops;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.omnifaces.util.Messages;
import org.rightsacademy.people.CurrentUser;

/**
 * The attendance sheet of a workshop's page: one row per participant, one box per day of the
 * workshop (at most 32 days). The workshop comes from {@link WorkshopPage}, which checked on load
 * that the viewer may see it; saving is checked again by the service.
 */
@Named("attendanceSheet")
@ViewScoped
public class AttendancePanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private WorkshopService workshops;
  @Inject private CurrentUser user;
  @Inject private WorkshopPage page;

  /** Presence marks, "account:yyyy-mm-dd" → present; read when the sheet is first shown. */
  private Map<String, Boolean> presence;

  /** The workshop's days. */
  public List<LocalDate> getDays() {
    LocalDate startsOn = page.getStartsOn();
    LocalDate endsOn = page.getEndsOn();
    if (startsOn == null
        || endsOn == null
        || endsOn.isBefore(startsOn)
        || startsOn.plusDays(31).isBefore(endsOn)) {
      return List.of();
    }
    return startsOn.datesUntil(endsOn.plusDays(1)).toList();
  }

  public Map<String, Boolean> getPresence() {
    if (presence == null) {
      presence = new HashMap<>();
      if (page.getId() != null) {
        workshops
            .attendance(page.getId())
            .forEach(a -> presence.put(a.getAccountId() + ":" + a.getDay(), true));
      }
    }
    return presence;
  }

  public void save() {
    Set<String> present = new HashSet<>();
    getPresence()
        .forEach(
            (pair, mark) -> {
              if (Boolean.TRUE.equals(mark)) {
                present.add(pair);
              }
            });
    workshops.markAttendance(user.account().orElseThrow(), page.getId(), present);
    Messages.addInfo(null, "workshop.attendance_saved", present.size());
  }
}

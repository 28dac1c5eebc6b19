package org.rightsacademy.platform;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The admin's view of the audit log, newest first, filtered in the database. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private AuditLog audit;

  private String action;
  private String actor;
  private LocalDate from;
  private LocalDate to;

  private final PagedModel<AuditEvent> model =
      new PagedModel<>(
          () -> audit.count(filter()),
          (first, size, sortField, ascending) -> audit.search(filter(), first, size),
          AuditEvent::getId);

  private AuditLog.Filter filter() {
    return new AuditLog.Filter(action, actor, from, to);
  }

  public List<String> getActions() {
    return audit.actions();
  }

  public PagedModel<AuditEvent> getModel() {
    return model;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}

package org.rightsacademy.platform;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The admin's view of the audit log, newest first, filtered in the database. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private transient AuditLog audit;

  private String action;
  private String actor;
  private LocalDate from;
  private LocalDate to;

  private final LazyDataModel<AuditEvent> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) audit.count(filter());
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return audit.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
          return String.valueOf(event.getId());
        }
      };

  private AuditLog.Filter filter() {
    return new AuditLog.Filter(action, actor, from, to);
  }

  public List<String> getActions() {
    return audit.actions();
  }

  public LazyDataModel<AuditEvent> getModel() {
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

package org.rightsacademy.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One line of the audit log: who did what, to what, when and from where. Written once and never
 * changed by the application, which has no method to do so.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.LATEST_BY_ACTION,
    query =
        "SELECT e FROM AuditEvent e WHERE e.action = :action ORDER BY e.occurredAt DESC, e.id DESC")
public class AuditEvent {

  public static final String LATEST_BY_ACTION = "AuditEvent.latestByAction";

  public static final int ACTOR_LENGTH = 100;
  public static final int ACTION_LENGTH = 50;
  public static final int SUBJECT_LENGTH = 200;
  public static final int DETAIL_LENGTH = 2000;

  /** Long enough for any IPv6 address in text form. */
  public static final int ADDRESS_LENGTH = 45;

  /** The actor recorded for what the platform does on its own. */
  public static final String SYSTEM = "system";

  @Id
  @SequenceGenerator(
      name = "audit_event_seq",
      sequenceName = "audit_event_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
  private Long id;

  @NotNull
  // OffsetDateTime maps to TIMESTAMP WITH TIME ZONE on H2 and PostgreSQL alike; always UTC.
  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @NotNull
  @Size(max = ACTOR_LENGTH)
  @Column(nullable = false, updatable = false, length = ACTOR_LENGTH)
  private String actor;

  @NotNull
  @Size(max = ACTION_LENGTH)
  @Column(nullable = false, updatable = false, length = ACTION_LENGTH)
  private String action;

  @Size(max = SUBJECT_LENGTH)
  @Column(updatable = false, length = SUBJECT_LENGTH)
  private String subject;

  @Size(max = DETAIL_LENGTH)
  @Column(updatable = false, length = DETAIL_LENGTH)
  private String detail;

  @Size(max = ADDRESS_LENGTH)
  @Column(name = "client_address", updatable = false, length = ADDRESS_LENGTH)
  private String clientAddress;

  protected AuditEvent() {}

  public AuditEvent(
      Instant occurredAt,
      String actor,
      String action,
      String subject,
      String detail,
      String clientAddress) {
    this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
    this.actor = actor;
    this.action = action;
    this.subject = truncate(subject, SUBJECT_LENGTH);
    this.detail = truncate(detail, DETAIL_LENGTH);
    this.clientAddress = clientAddress;
  }

  private static String truncate(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt.toInstant();
  }

  /** The moment in UTC as a wall-clock time, for display (the audit page labels its column UTC). */
  public java.time.LocalDateTime getOccurredAtUtc() {
    return occurredAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }

  public String getClientAddress() {
    return clientAddress;
  }
}

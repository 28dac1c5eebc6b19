package org.rightsacademy.workshops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A participant was present on a day of a workshop. */
@Entity
@Table(name = "attendance")
@IdClass(Attendance.Key.class)
@NamedQuery(
    name = Attendance.OF_WORKSHOP,
    query = "SELECT a FROM Attendance a WHERE a.workshopId = :workshop")
@NamedQuery(
    name = Attendance.DAYS_OF,
    query =
        "SELECT COUNT(a) FROM Attendance a WHERE a.workshopId = :workshop AND a.accountId = :account")
public class Attendance {

  public static final String OF_WORKSHOP = "Attendance.ofWorkshop";
  public static final String DAYS_OF = "Attendance.daysOf";

  /** The composite key: workshop, account, day. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long workshopId;
    private Long accountId;
    private LocalDate day;

    public Key() {}

    public Key(long workshopId, long accountId, LocalDate day) {
      this.workshopId = workshopId;
      this.accountId = accountId;
      this.day = day;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(workshopId, key.workshopId)
          && Objects.equals(accountId, key.accountId)
          && Objects.equals(day, key.day);
    }

    @Override
    public int hashCode() {
      return Objects.hash(workshopId, accountId, day);
    }
  }

  @Id
  @Column(name = "workshop_id", nullable = false, updatable = false)
  private Long workshopId;

  @Id
  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  // "day" is a word of SQL (H2 refuses it as a column name).
  @Id
  @Column(name = "attended_on", nullable = false, updatable = false)
  private LocalDate day;

  @Column(name = "marked_at", nullable = false, updatable = false)
  private OffsetDateTime markedAt;

  @Column(name = "marked_by", nullable = false, updatable = false, length = 60)
  private String markedBy;

  protected Attendance() {}

  Attendance(long workshopId, long accountId, LocalDate day, String markedBy, Instant now) {
    this.workshopId = workshopId;
    this.accountId = accountId;
    this.day = day;
    this.markedBy = markedBy;
    this.markedAt = now.atOffset(ZoneOffset.UTC);
  }

  public long getAccountId() {
    return accountId;
  }

  public LocalDate getDay() {
    return day;
  }
}

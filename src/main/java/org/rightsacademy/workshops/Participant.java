package org.rightsacademy.workshops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** A person taking part in a workshop, and how they came in. */
@Entity
@Table(name = "workshop_participant")
@IdClass(Participant.Key.class)
@NamedQuery(
    name = Participant.OF_WORKSHOP,
    query = "SELECT p FROM Participant p WHERE p.workshopId = :workshop ORDER BY p.joinedAt")
@NamedQuery(
    name = Participant.COUNT_OF_WORKSHOP,
    query = "SELECT COUNT(p) FROM Participant p WHERE p.workshopId = :workshop")
public class Participant {

  public static final String OF_WORKSHOP = "Participant.ofWorkshop";
  public static final String COUNT_OF_WORKSHOP = "Participant.countOfWorkshop";

  public enum Via {
    CODE,
    CSV,
    TRAINER
  }

  /** The composite key: workshop and account. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long workshopId;
    private Long accountId;

    public Key() {}

    public Key(long workshopId, long accountId) {
      this.workshopId = workshopId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(workshopId, key.workshopId)
          && Objects.equals(accountId, key.accountId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(workshopId, accountId);
    }
  }

  @Id
  @Column(name = "workshop_id", nullable = false, updatable = false)
  private Long workshopId;

  @Id
  @Column(name = "account_id", nullable = false, updatable = false)
  private Long accountId;

  @Column(name = "joined_at", nullable = false, updatable = false)
  private OffsetDateTime joinedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "joined_by", nullable = false, updatable = false, length = 8)
  private Via via;

  /** The participant list that enrolled them, if one did. */
  @Column(name = "list_job_id", updatable = false)
  private Long listJobId;

  protected Participant() {}

  Participant(long workshopId, long accountId, Via via, Instant now) {
    this(workshopId, accountId, via, null, now);
  }

  Participant(long workshopId, long accountId, Via via, Long listJobId, Instant now) {
    this.workshopId = workshopId;
    this.accountId = accountId;
    this.via = via;
    this.listJobId = listJobId;
    this.joinedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long getListJobId() {
    return listJobId;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getJoinedAt() {
    return joinedAt.toInstant();
  }

  public Via getVia() {
    return via;
  }
}

package org.rightsacademy.workshops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A participant list being enrolled in the background: who started it, how far it got, and how it
 * ended. Counts only; the rows and the one-time passwords never reach the database.
 */
@Entity
@Table(name = "participant_list_job")
@NamedQuery(
    name = ListJob.LATEST_OF_WORKSHOP,
    query =
        "SELECT j FROM ListJob j WHERE j.workshopId = :workshop ORDER BY j.startedAt DESC, j.id DESC")
@NamedQuery(
    name = ListJob.INTERRUPTED_OF_WORKSHOP,
    query =
        "SELECT j.id FROM ListJob j WHERE j.workshopId = :workshop "
            + "AND (j.status = org.rightsacademy.workshops.ListJob.Status.INTERRUPTED OR (j.status = org.rightsacademy.workshops.ListJob.Status.RUNNING "
            + "AND j.heartbeatAt < :stale))")
public class ListJob {

  public static final String LATEST_OF_WORKSHOP = "ListJob.latestOfWorkshop";
  public static final String INTERRUPTED_OF_WORKSHOP = "ListJob.interruptedOfWorkshop";

  /**
   * A running list writes its progress every few rows, seconds apart even while sign-ins take their
   * turn first; one silent this long stopped with its node.
   */
  public static final Duration SILENT_WHEN_STOPPED = Duration.ofMinutes(5);

  public enum Status {
    RUNNING,
    DONE,
    INTERRUPTED
  }

  @Id
  @SequenceGenerator(
      name = "participant_list_job_seq",
      sequenceName = "participant_list_job_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_list_job_seq")
  private Long id;

  @Column(name = "workshop_id", nullable = false, updatable = false)
  private long workshopId;

  @Column(name = "started_by", nullable = false, updatable = false)
  private long startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private OffsetDateTime startedAt;

  @Column(name = "heartbeat_at", nullable = false)
  private OffsetDateTime heartbeatAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  @Column(name = "rows_total", nullable = false, updatable = false)
  private int rowsTotal;

  @Column(name = "rows_done", nullable = false)
  private int rowsDone;

  @Column(name = "accounts_created", nullable = false)
  private int accountsCreated;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status = Status.RUNNING;

  @Version private int version;

  protected ListJob() {}

  ListJob(long workshopId, long startedBy, int rowsTotal, Instant now) {
    this.workshopId = workshopId;
    this.startedBy = startedBy;
    this.rowsTotal = rowsTotal;
    this.startedAt = now.atOffset(ZoneOffset.UTC);
    this.heartbeatAt = startedAt;
  }

  /** A few more rows enrolled, in the same transaction as their enrolment. */
  void advance(int rows, int created, Instant now) {
    rowsDone += rows;
    accountsCreated += created;
    heartbeatAt = now.atOffset(ZoneOffset.UTC);
  }

  void finish(Status end, Instant now) {
    status = end;
    finishedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** How the list stands: a running list whose node went silent is interrupted. */
  public Status statusAt(Instant now) {
    return status == Status.RUNNING
            && heartbeatAt.toInstant().plus(SILENT_WHEN_STOPPED).isBefore(now)
        ? Status.INTERRUPTED
        : status;
  }

  public Long getId() {
    return id;
  }

  public long getWorkshopId() {
    return workshopId;
  }

  public long getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt.toInstant();
  }

  public Instant getFinishedAt() {
    return finishedAt == null ? null : finishedAt.toInstant();
  }

  public int getRowsTotal() {
    return rowsTotal;
  }

  public int getRowsDone() {
    return rowsDone;
  }

  public int getAccountsCreated() {
    return accountsCreated;
  }
}

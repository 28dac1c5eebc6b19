package org.rightsacademy.credentials;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.rightsacademy.platform.Language;
import org.rightsacademy.platform.ReadableCode;

/**
 * A certificate of completion, as printed: who completed which course, where and when, issued by
 * whom, under an unguessable number that anyone can check. Frozen once issued; it can only be
 * revoked (with a reason), or replaced by a re-issue.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(name = Certificate.BY_CODE, query = "SELECT c FROM Certificate c WHERE c.code = :code")
@NamedQuery(
    name = Certificate.OF_ACCOUNT,
    query =
        "SELECT c FROM Certificate c WHERE c.accountId = :account ORDER BY c.issuedAt DESC, c.id DESC")
@NamedQuery(
    name = Certificate.OF_ISSUE,
    query =
        "SELECT c FROM Certificate c WHERE c.accountId = :account AND c.courseVersionId = :version ORDER BY c.serial")
public class Certificate {

  static final String BY_CODE = "Certificate.byCode";
  static final String OF_ACCOUNT = "Certificate.ofAccount";
  static final String OF_ISSUE = "Certificate.ofIssue";

  /** Sixteen characters from 23: about 7 × 10^21 numbers, 72 bits, behind a rate-limited page. */
  public static final ReadableCode CODE = new ReadableCode(16);

  public static final int REASON_LENGTH = 500;

  @Id
  @SequenceGenerator(
      name = "certificate_seq",
      sequenceName = "certificate_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
  private Long id;

  @Column(nullable = false, updatable = false, length = 16)
  private String code;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "course_code", nullable = false, updatable = false, length = 60)
  private String courseCode;

  @Column(name = "course_version_id", nullable = false, updatable = false)
  private long courseVersionId;

  @Column(nullable = false, updatable = false)
  private int serial;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 2)
  private Language language;

  @Column(name = "holder_name", nullable = false, updatable = false, length = 120)
  private String holderName;

  @Column(name = "course_title", nullable = false, updatable = false, length = 300)
  private String courseTitle;

  @Column(length = 2, updatable = false)
  private String country;

  @Column(name = "workshop_id", updatable = false)
  private Long workshopId;

  @Column(name = "workshop_title", updatable = false, length = 200)
  private String workshopTitle;

  @Column(name = "workshop_city", updatable = false, length = 100)
  private String workshopCity;

  @Column(name = "workshop_country", updatable = false, length = 2)
  private String workshopCountry;

  @Column(name = "workshop_starts_on", updatable = false)
  private LocalDate workshopStartsOn;

  @Column(name = "workshop_ends_on", updatable = false)
  private LocalDate workshopEndsOn;

  @Column(name = "completed_at", nullable = false, updatable = false)
  private OffsetDateTime completedAt;

  @Column(name = "final_score", updatable = false)
  private BigDecimal finalScore;

  @Column(nullable = false, updatable = false, length = 200)
  private String issuer;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "issued_by", updatable = false, length = 60)
  private String issuedBy;

  @Column(name = "reissue_reason", updatable = false, length = REASON_LENGTH)
  private String reissueReason;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "revoked_by", length = 60)
  private String revokedBy;

  @Column(name = "revoked_reason", length = REASON_LENGTH)
  private String revokedReason;

  @Column(name = "replaced_by", length = 16)
  private String replacedBy;

  /** The workshop a course was taken in, as printed. */
  public record Workshop(
      long id, String title, String city, String country, LocalDate startsOn, LocalDate endsOn) {}

  /** Everything printed on a certificate, gathered by the service before issuing. */
  public record Contents(
      long accountId,
      String courseCode,
      long courseVersionId,
      Language language,
      String holderName,
      String courseTitle,
      String country,
      Workshop workshop,
      Instant completedAt,
      Double finalScore,
      String issuer) {}

  protected Certificate() {}

  Certificate(
      Contents contents,
      int serial,
      String code,
      Instant issuedAt,
      String issuedBy,
      String reissueReason) {
    this.code = code;
    this.accountId = contents.accountId();
    this.courseCode = contents.courseCode();
    this.courseVersionId = contents.courseVersionId();
    this.serial = serial;
    this.language = contents.language();
    this.holderName = contents.holderName();
    this.courseTitle = contents.courseTitle();
    this.country = contents.country();
    if (contents.workshop() != null) {
      this.workshopId = contents.workshop().id();
      this.workshopTitle = contents.workshop().title();
      this.workshopCity = contents.workshop().city();
      this.workshopCountry = contents.workshop().country();
      this.workshopStartsOn = contents.workshop().startsOn();
      this.workshopEndsOn = contents.workshop().endsOn();
    }
    this.completedAt = contents.completedAt().atOffset(ZoneOffset.UTC);
    this.finalScore = org.rightsacademy.progress.Completion.score(contents.finalScore());
    this.issuer = contents.issuer();
    this.issuedAt = issuedAt.atOffset(ZoneOffset.UTC);
    this.issuedBy = issuedBy;
    this.reissueReason = reissueReason;
  }

  /** Withdraws the certificate; the verification page says so from now on, with the reason. */
  void revoke(Instant at, String by, String reason, String replacement) {
    if (isRevoked()) {
      throw new IllegalStateException("certificate " + getDisplayCode() + " is already revoked");
    }
    revokedAt = at.atOffset(ZoneOffset.UTC);
    revokedBy = by;
    revokedReason = reason;
    replacedBy = replacement;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  /** The number as printed: KD7R-MXQ4-… */
  public String getDisplayCode() {
    return CODE.display(code);
  }

  /**
   * Its verification page under the application's public address: what the QR code and the signed
   * credential carry.
   */
  public String verifyLink(String base) {
    return base + "/verify/" + getDisplayCode();
  }

  public long getAccountId() {
    return accountId;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public long getCourseVersionId() {
    return courseVersionId;
  }

  public int getSerial() {
    return serial;
  }

  public Language getLanguage() {
    return language;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public String getCountry() {
    return country;
  }

  public Optional<Workshop> workshop() {
    return workshopId == null
        ? Optional.empty()
        : Optional.of(
            new Workshop(
                workshopId,
                workshopTitle,
                workshopCity,
                workshopCountry,
                workshopStartsOn,
                workshopEndsOn));
  }

  /** The workshop as printed, or null (for pages; code uses {@link #workshop()}). */
  public Workshop getPrintedWorkshop() {
    return workshop().orElse(null);
  }

  /** The final-test grade as printed, or null. */
  public BigDecimal getPrintedScore() {
    return finalScore;
  }

  public Instant getCompletedAt() {
    return completedAt.toInstant();
  }

  /** The final-test grade in per cent, when the course prints it. */
  public Optional<Double> finalScore() {
    return Optional.ofNullable(finalScore).map(BigDecimal::doubleValue);
  }

  public String getIssuer() {
    return issuer;
  }

  public Instant getIssuedAt() {
    return issuedAt.toInstant();
  }

  /** Who re-issued it; null when it was issued on completion. */
  public String getIssuedBy() {
    return issuedBy;
  }

  public String getReissueReason() {
    return reissueReason;
  }

  public Instant getRevokedAt() {
    return revokedAt == null ? null : revokedAt.toInstant();
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public String getRevokedReason() {
    return revokedReason;
  }

  /** The number of the certificate that replaced this one, if it was re-issued. */
  public String getReplacedBy() {
    return replacedBy;
  }

  public String getReplacedByDisplay() {
    return CODE.display(replacedBy);
  }
}

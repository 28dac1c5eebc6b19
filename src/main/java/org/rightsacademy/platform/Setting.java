package org.rightsacademy.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A setting an administrator makes in the browser (V15): its value, and who changed it when. */
@Entity
@Table(name = "app_setting")
public class Setting {

  @Id
  @Column(nullable = false, updatable = false, length = 60)
  private String name;

  @Column(name = "setting_value", nullable = false, length = PublicAddress.MAX_LENGTH)
  private String value;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  @Column(name = "changed_by", length = 60)
  private String changedBy;

  protected Setting() {}

  Setting(String name, String value, Instant at, String by) {
    this.name = name;
    change(value, at, by);
  }

  void change(String value, Instant at, String by) {
    this.value = value;
    this.changedAt = at.atOffset(ZoneOffset.UTC);
    this.changedBy = by;
  }

  String value() {
    return value;
  }
}

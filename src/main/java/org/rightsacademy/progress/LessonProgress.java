package org.rightsacademy.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/** When a learner first opened a lesson and when they finished it. */
@Embeddable
public class LessonProgress {

  @Column(name = "started_at", nullable = false)
  private OffsetDateTime startedAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  protected LessonProgress() {}

  LessonProgress(OffsetDateTime startedAt) {
    this.startedAt = startedAt;
  }

  void complete(OffsetDateTime at) {
    if (completedAt == null) {
      completedAt = at;
    }
  }

  boolean isDone() {
    return completedAt != null;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public OffsetDateTime getCompletedAt() {
    return completedAt;
  }
}

package org.rightsacademy.progress;

import java.time.Instant;

/**
 * A learner has just completed a course version: their completion turned COMPLETED (after a lesson,
 * a graded quiz or a rebuild). Fired inside the transaction that records it; observers that act on
 * it (certificates) observe it once that transaction has committed.
 */
public record CourseCompleted(
    long enrolmentId,
    long accountId,
    String courseCode,
    long courseVersionId,
    Instant completedAt) {}

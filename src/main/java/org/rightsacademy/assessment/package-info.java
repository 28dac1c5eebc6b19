/**
 * Assessment: quiz attempts that never lose an acknowledged answer, grading of every question type,
 * reviews, attempt limits, and item statistics (knowledge gain belongs to the completion, in {@code
 * progress}). Depends on {@code catalog} for the questions (immutable course versions), on {@code
 * people} for whose attempts a trainer or coordinator may see and grade ({@link
 * org.rightsacademy.people.LearnerAccess}, never on workshops or progress directly) and on {@code
 * platform}.
 */
package org.rightsacademy.assessment;

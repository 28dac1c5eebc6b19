/**
 * Progress: enrolments in course versions, lessons started and done, completion and knowledge gain
 * (one stored value, in {@code course_completion}), and the learner's pages that show them
 * (catalogue, course, lesson, review).
 *
 * <p>Reads course content from {@code catalog}, accounts from {@code people} and quiz attempts and
 * grades from {@code assessment} (the course page's quiz lines, reviews, the completion rule), and
 * stands on {@code platform}; {@code reporting} reads its tables, never the other way round.
 */
package org.rightsacademy.progress;

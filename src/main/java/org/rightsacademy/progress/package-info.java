/**
 * Progress: enrolments in course versions, lessons started and done, completion and knowledge gain
 * (one stored value, in {@code course_completion}), and the learner's pages that show them
 * (catalogue, course, lesson, review).
 *
 * <p>Reads course content from {@code catalog} and accounts from {@code people}; reporting reads
 * its tables later, never the other way round.
 */
package org.rightsacademy.progress;

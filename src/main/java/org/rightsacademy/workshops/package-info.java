/**
 * Workshops: a few days in one place for one or more courses, their trainers, join codes and
 * posters, participants (by code, or by a list checked whole and enrolled as a background job),
 * attendance, and the trainer's live grid.
 *
 * <p>Depends on {@code people} (accounts), {@code catalog} (courses), {@code assessment} (grades in
 * the grid) and {@code progress} (joining enrols; it tells progress, through {@code Attribution},
 * where a course was taken), and stands on {@code platform}; reports read workshops, never the
 * other way round.
 */
package org.rightsacademy.workshops;

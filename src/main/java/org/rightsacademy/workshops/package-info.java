/**
 * Workshops: a few days in one place for one or more courses, their trainers, their join codes
 * and the participants who joined with them.
 *
 * <p>Depends on {@code people} (accounts), {@code catalog} (courses) and {@code progress}
 * (joining enrols); reports read workshops, never the other way round.
 */
package org.rightsacademy.workshops;

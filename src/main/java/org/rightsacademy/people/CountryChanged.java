package org.rightsacademy.people;

/**
 * Fired when an account's own country changes (by an admin or in the person's profile): where no
 * workshop places a learner's course, it counts in this country. Fired inside the changing
 * transaction; observe {@code AFTER_SUCCESS}.
 */
public record CountryChanged(long accountId, String country) {}

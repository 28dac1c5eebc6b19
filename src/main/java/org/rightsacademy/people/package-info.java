/**
 * People: accounts, roles and country scopes, passwords, sign-in and its protection against
 * guessing, profiles, and the admin's account management (including CSV import).
 *
 * <p>Depends only on {@code platform}. Other areas ask it who someone is and what they may see
 * ({@link org.rightsacademy.people.Scope}, and whose learning work they may see or grade, {@link
 * org.rightsacademy.people.LearnerAccess}, answered by {@code workshops}); they never read its
 * tables. A changed country is announced ({@link org.rightsacademy.people.CountryChanged}): where
 * no workshop places a learner's course, its completion counts in the learner's country.
 */
package org.rightsacademy.people;

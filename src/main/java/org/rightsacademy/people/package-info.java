/**
 * People: accounts, roles and country scopes, passwords, sign-in and its protection against
 * guessing, profiles, and the admin's account management (including CSV import).
 *
 * <p>Depends only on {@code platform}. Other areas ask it who someone is and what they may see
 * ({@link org.rightsacademy.people.Scope}); they never read its tables.
 */
package org.rightsacademy.people;

/**
 * What every other area stands on: the database connection and its migrations, health checks, the
 * interface language and its negotiation, the shared page chrome, the texts of Faces messages
 * ({@code BundleTexts}, for OmniFaces' {@code Messages}) and how the JSON API refuses a request.
 *
 * <p>Depends on no other area; every other area may depend on it. It must not hold course, quiz,
 * progress or reporting logic.
 */
package org.rightsacademy.platform;

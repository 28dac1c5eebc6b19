/**
 * Credentials: certificates of completion (issued once when a course version is completed, as a PDF
 * in the learner's language with a QR code), the public verification page, and revocation and
 * re-issue by coordinators; signed credentials under keys stored sealed ({@code SealedKeys}), whose
 * links use the public address ({@code platform.PublicAddress}), never a request header.
 *
 * <p>Depends on {@code progress} (it observes {@code CourseCompleted} and reads completions),
 * {@code people}, {@code catalog} and {@code workshops} (what is printed), and stands on {@code
 * platform}; only {@code reporting} reads it (the certificate on a learner's transcript). Its
 * public API — the verification JSON and the key set — is JAX-RS ({@code VerificationApi}, {@code
 * KeySetApi}), described at {@code /openapi}.
 */
package org.rightsacademy.credentials;

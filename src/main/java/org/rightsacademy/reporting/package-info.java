/**
 * Reports for coordinators: completion, pass rates, scores and knowledge gain, as headline figures
 * and disaggregated by country, workshop, course, institution, gender and language, with small
 * groups hidden, and their exports; learners' transcripts.
 *
 * <p>Reads the completion table kept by {@code progress}, and through their services accounts
 * ({@code people}), workshops ({@code workshops}), course titles ({@code catalog}), quiz attempts
 * ({@code assessment}) and the certificates on a learner's transcript ({@code credentials}); stands
 * on {@code platform}; writes nothing. Every query is scoped to the coordinator's countries.
 */
package org.rightsacademy.reporting;

/**
 * Assessment: quiz attempts that never lose an acknowledged answer, grading of every question
 * type, reviews, knowledge gain between pre-test and final test, and item statistics. Depends on
 * {@code catalog} for the questions (immutable course versions) and on {@code platform}.
 */
package org.rightsacademy.assessment;

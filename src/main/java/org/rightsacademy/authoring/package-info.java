/**
 * Authoring in the browser: drafts of learning packages, the translation status of every lesson and
 * question, the inclusive-wording check, Moodle GIFT import and export, and packages in and out as
 * zip files.
 *
 * <p>A draft is a set of package files in exactly the {@code courses/} format, so the web editor
 * and the folders in {@code courses/} are two views of one model: publishing hands the draft's
 * files to the catalogue, which validates them with the same reader as a folder or an upload.
 * Depends on {@code catalog} and {@code platform}; never touches learners' records.
 */
package org.rightsacademy.authoring;

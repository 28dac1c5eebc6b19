/**
 * The learning package as one typed model: immutable records of the package as its author wrote it
 * ({@link LearningPackage}: manifest, modules and lessons in Markdown, quizzes with one record per
 * question type, the translation ledger), and {@link PackageFormat}, the one place that turns the
 * files of {@code courses/<code>/} into that model and back (format: {@code courses/README.md}).
 * The YAML key names live here only, in {@link PackageKeys}, read by the readers and written by
 * {@link PackageWriter}.
 *
 * <p>The catalogue's reader validates this model and renders it for learners ({@code
 * catalog.CoursePackage}); the editor changes it one function at a time; GIFT and the zip export
 * read and write it. This package knows no Faces, no JPA and no other area of the application: it
 * depends on {@code platform.Language} and SnakeYAML only.
 */
package org.rightsacademy.catalog.model;

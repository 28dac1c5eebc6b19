/**
 * The catalogue: courses, their versions, modules, lessons and quiz texts in four languages, and
 * the reader and validator of learning packages (the folders in {@code courses/}): {@code
 * PackageReader} reads a package into its model ({@code catalog.model}), checks it and renders it
 * into the {@code CoursePackage} learners take.
 *
 * <p>Depends only on {@code platform} and its own {@code catalog.model}, which owns the package
 * format, its YAML limits and the model the editor shares; grading, progress and reports belong to
 * other areas, which receive content from here.
 */
package org.rightsacademy.catalog;

/**
 * The catalogue: courses, their versions, modules, lessons and quiz texts in four languages, and
 * the reader and validator of learning packages (the folders in {@code courses/}).
 *
 * <p>Depends only on {@code platform}. It owns the package format and its YAML limits ({@code
 * YamlLimits}, used by {@code authoring} too); grading, progress and reports belong to other areas,
 * which receive content from here.
 */
package org.rightsacademy.catalog;

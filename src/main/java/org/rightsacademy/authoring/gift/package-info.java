/**
 * Moodle's GIFT question format, read and written as Moodle's own importer ({@code qformat_gift})
 * takes it: every GIFT question type, titles, categories, format markers, weights, per-answer and
 * general feedback, escapes and comments, from files in UTF-8, UTF-16 with a byte-order mark or
 * Windows-1252.
 *
 * <p>{@link org.rightsacademy.authoring.gift.GiftQuestion} is this package's own model of what a
 * GIFT file carries; mapping it to the learning-package model is left to the caller. The reader
 * never throws on bad input: it returns what it could read and every problem by line and reason,
 * and strict callers refuse on any problem. Depends on nothing else in the application.
 */
package org.rightsacademy.authoring.gift;

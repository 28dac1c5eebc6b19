package org.rightsacademy.catalog.model;

/** Draw {@code count} questions at random from the course's questions tagged {@code tag}. */
public record Draw(String tag, int count) {}

package org.rightsacademy.catalog.model;

/** An option's words in one language, with the feedback shown when it is picked (or null). */
public record OptionText(String text, String feedback) {}

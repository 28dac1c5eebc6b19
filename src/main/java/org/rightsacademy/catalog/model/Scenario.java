package org.rightsacademy.catalog.model;

/** A case told once above the questions of a quiz that share it, per language. */
public record Scenario(String id, Localized<String> text) {}

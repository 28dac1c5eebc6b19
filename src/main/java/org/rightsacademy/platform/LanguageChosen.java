package org.rightsacademy.platform;

/**
 * Fired when a visitor picks a language in the switcher; areas that remember preferences observe
 * it.
 */
public record LanguageChosen(Language language) {}

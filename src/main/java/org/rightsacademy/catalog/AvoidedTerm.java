package org.rightsacademy.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The marker for a stigmatising term a text must quote in order to teach not to use it: {@code
 * {--illegal migrants--}}, opened and closed on one line around exactly the quoted words (format:
 * {@code courses/README.md}). The wording check and the shipped-courses test ignore the words
 * inside it; lessons show them struck through; quiz texts show them plain (a struck-through option
 * would give the answer away), so the package reader takes the marker off them.
 */
public final class AvoidedTerm {

  /**
   * One marked term on one line; group 1 is the term. An opening without its closing is no marker.
   */
  public static final Pattern MARKER = Pattern.compile("\\{--([^\\n]*?\\S[^\\n]*?)--\\}");

  /** The CSS class of the element a lesson shows a marked term in. */
  public static final String CSS_CLASS = "avoided-term";

  private AvoidedTerm() {}

  /** The text with each marker taken off and its term left as written; null stays null. */
  public static String strip(String text) {
    return text == null
        ? null
        : MARKER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
  }

  /**
   * The text with each marker, term included, turned into underscores: what a check for unmarked
   * terms reads. Lines and positions stay where they were, and no word or space is left for a term
   * to match across the marker.
   */
  public static String mask(String text) {
    return text == null
        ? null
        : MARKER.matcher(text).replaceAll(m -> "_".repeat(m.group().length()));
  }
}

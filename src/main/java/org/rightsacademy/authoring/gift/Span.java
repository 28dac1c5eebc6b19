package org.rightsacademy.authoring.gift;

import java.util.ArrayList;
import java.util.List;

/** A piece of a held question and where it starts in it, so problems can name their line. */
record Span(String text, int at) {

  boolean isEmpty() {
    return text.isEmpty();
  }

  Span strip() {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return new Span(text.substring(start).stripTrailing(), at + start);
  }

  Span from(int index) {
    return new Span(text.substring(index), at + index);
  }

  Span upTo(int index) {
    return new Span(text.substring(0, index), at);
  }

  /**
   * Splits before each of the {@code markers} characters, each piece keeping the marker that opens
   * it; a blank piece before the first marker is dropped.
   */
  List<Span> splitBefore(String markers) {
    List<Span> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || (i > start && markers.indexOf(text.charAt(i)) >= 0)) {
        Span piece = new Span(text.substring(start, i), at + start);
        if (!(start == 0 && piece.text.isBlank())) {
          pieces.add(piece);
        }
        start = i;
      }
    }
    return pieces;
  }

  /** The part before the first {@code #} and the feedback after it ("" when there is none). */
  Span[] answerAndFeedback() {
    int hash = text.indexOf('#');
    return hash < 0
        ? new Span[] {this, new Span("", at + text.length())}
        : new Span[] {upTo(hash), from(hash + 1)};
  }
}

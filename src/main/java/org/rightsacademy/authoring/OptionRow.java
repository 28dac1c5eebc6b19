package org.rightsacademy.authoring;

import java.io.Serializable;
import java.util.List;

/** An option (or an item to order or to match) as the form edits it. */
public final class OptionRow implements Serializable {
  private static final long serialVersionUID = 1L;
  String id;
  String text;
  String feedback;
  boolean correct;
  String match;
  String englishText;
  String englishFeedback;
  String weight;
  String weightError;

  OptionRow(String id) {
    this.id = id;
  }

  public String getId() {
    return id;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getFeedback() {
    return feedback;
  }

  public void setFeedback(String feedback) {
    this.feedback = feedback;
  }

  public boolean isCorrect() {
    return correct;
  }

  public void setCorrect(boolean correct) {
    this.correct = correct;
  }

  public String getMatch() {
    return match;
  }

  public void setMatch(String match) {
    this.match = match;
  }

  /** The option's weight in per cent as typed, "" for none (multiple choice). */
  public String getWeight() {
    return weight;
  }

  public void setWeight(String weight) {
    this.weight = weight;
  }

  /** The bundle key of what is wrong with the weight, or null. */
  public String getWeightError() {
    return weightError;
  }

  public String getEnglishText() {
    return englishText;
  }

  public String getEnglishFeedback() {
    return englishFeedback;
  }

  /** Whether the row is a short answer's catch-all: its English words are {@code *}. */
  public boolean isCatchAll() {
    return englishText != null && englishText.strip().equals("*");
  }

  /** The first id of the form {@code a, b, …} (or {@code prefix1, prefix2, …}) no row has. */
  static String freeId(List<OptionRow> rows, String prefix) {
    for (int i = 0; ; i++) {
      String id =
          prefix.isEmpty()
              ? (i < 26 ? String.valueOf((char) ('a' + i)) : "o" + i)
              : prefix + (i + 1);
      if (rows.stream().noneMatch(r -> r.id.equals(id))) {
        return id;
      }
    }
  }
}

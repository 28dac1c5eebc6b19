package org.rightsacademy.people;

/**
 * What is wrong with one field: the field's name (as in the CSV header and the form), the bundle
 * key of the message, and the offending value to show back. Row 0 means "not from a file".
 */
public record FieldProblem(int row, String field, String messageKey, String value)
    implements java.io.Serializable {

  public FieldProblem atRow(int newRow) {
    return new FieldProblem(newRow, field, messageKey, value);
  }

  /** For logs and tests: {@code row 3, country: problem.country (XX)}. */
  @Override
  public String toString() {
    return (row > 0 ? "row " + row + ", " : "")
        + field
        + ": "
        + messageKey
        + (value == null ? "" : " (" + value + ")");
  }
}

package org.rightsacademy.people;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Input that cannot be saved, with every problem; the transaction is rolled back, nothing is
 * written.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldProblem> problems;

  public InvalidInputException(List<FieldProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}

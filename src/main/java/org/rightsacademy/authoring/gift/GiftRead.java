package org.rightsacademy.authoring.gift;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a GIFT text gave: the questions read, each with the line it starts on, and the problems of
 * the ones that could not be read. Lenient callers take {@link #questions()}; strict ones call
 * {@link #strict()}, which refuses the whole file on any problem.
 */
public record GiftRead(List<Located> located, List<GiftProblem> problems) {

  /** A question and the line of the file its text starts on. */
  public record Located(int line, GiftQuestion question) {}

  /** Thrown by {@link #strict()}: the file has problems, all listed. */
  public static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<GiftProblem> problems;

    Refused(List<GiftProblem> problems) {
      super(problems.stream().map(GiftProblem::toString).collect(Collectors.joining("; ")));
      this.problems = problems;
    }

    public List<GiftProblem> problems() {
      return problems;
    }
  }

  public GiftRead {
    located = List.copyOf(located);
    problems = List.copyOf(problems);
  }

  /** The questions read, in file order, leaving out the ones with problems. */
  public List<GiftQuestion> questions() {
    return located.stream().map(Located::question).toList();
  }

  public boolean clean() {
    return problems.isEmpty();
  }

  /** All the questions, or {@link Refused} when any could not be read. */
  public List<GiftQuestion> strict() {
    if (!clean()) {
      throw new Refused(problems);
    }
    return questions();
  }
}

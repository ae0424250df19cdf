package org.zhizao.plc.mapping;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an adapter configuration is rejected as a whole; lists every problem found. */
public class MappingException extends RuntimeException {

  private final transient List<MappingProblem> problems;

  /** Creates the exception from the problems found, at least one. */
  public MappingException(List<MappingProblem> problems) {
    super(problems.stream().map(MappingProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in the order they were found. */
  public List<MappingProblem> problems() {
    return problems;
  }
}

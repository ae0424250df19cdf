package org.zhizao.plc.simulator.device;

/** A job a machine tool runs: a program to make a quantity of good parts. */
public final class ProductionJob {

  private final String identifier;
  private final String programName;
  private final long quantity;
  private long runsCompleted;
  private long goodParts;
  private ProgramState state = ProgramState.INITIALIZING;
  private boolean stoppedByOperator;

  ProductionJob(String identifier, String programName, long quantity) {
    this.identifier = identifier;
    this.programName = programName;
    this.quantity = quantity;
  }

  public String identifier() {
    return identifier;
  }

  public String programName() {
    return programName;
  }

  /** Good parts to make. */
  public long quantity() {
    return quantity;
  }

  /** Parts made by this job, good and bad. */
  public long runsCompleted() {
    return runsCompleted;
  }

  public long goodParts() {
    return goodParts;
  }

  public ProgramState state() {
    return state;
  }

  boolean stoppedByOperator() {
    return stoppedByOperator;
  }

  void partMade(boolean good) {
    runsCompleted++;
    if (good) {
      goodParts++;
    }
    if (goodParts >= quantity) {
      state = ProgramState.ENDED;
    }
  }

  void state(ProgramState newState) {
    state = newState;
  }

  void stopByOperator() {
    stoppedByOperator = true;
    state = ProgramState.INTERRUPTED;
  }

  boolean running() {
    return state == ProgramState.RUNNING || state == ProgramState.INITIALIZING;
  }
}

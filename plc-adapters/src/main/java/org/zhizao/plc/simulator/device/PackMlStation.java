package org.zhizao.plc.simulator.device;

import org.zhizao.plc.simulator.plant.DeviceSpec;

/**
 * A PLC-controlled station following the PackML state model (OPC 30050): runs in Execute at about its
 * design speed, is starved or blocked now and then (Suspended), held by an operator (Held), and
 * aborts on a breakdown, then clears, resets and restarts.
 */
public final class PackMlStation extends SimulatedDevice {

  private static final double TRANSITION_SECONDS = 2;

  private final double ratedPowerKw;
  private final FailureClock failures;
  private final MicroStops interruptions;
  private PackMlState state = PackMlState.STOPPED;
  private double stateLeft = TRANSITION_SECONDS;
  private long processed;
  private long defective;
  private double partFraction;
  private double currentSpeed;
  private boolean blocked;
  private boolean starved;
  private int stopReasonId;
  private String stopReason = "";

  public PackMlStation(DeviceSpec spec, DeviceBehaviour behaviour, long seed) {
    super(spec.code(), spec.rootNodeId(), spec.identification(), behaviour, seed);
    this.ratedPowerKw = spec.ratedPowerKw() > 0 ? spec.ratedPowerKw() : 4;
    this.failures = new FailureClock(behaviour, random);
    this.interruptions = new MicroStops(behaviour, random);
  }

  @Override
  protected void step(double seconds) {
    currentSpeed = 0;
    switch (state) {
      case EXECUTE -> execute(seconds);
      case ABORTED -> {
        if (failures.repairing(seconds)) {
          clearAlarm();
          enter(PackMlState.CLEARING, 3);
        }
      }
      case SUSPENDED, HELD -> {
        if (interruptions.waiting(seconds)) {
          blocked = false;
          starved = false;
          clearAlarm();
          enter(state == PackMlState.HELD ? PackMlState.UNHOLDING : PackMlState.UNSUSPENDING, 1);
        }
      }
      default -> transition(seconds);
    }
  }

  private void execute(double seconds) {
    if (failures.operate(seconds)) {
      brokeDown();
      return;
    }
    if (interruptions.operate(seconds)) {
      interrupt();
      return;
    }
    currentSpeed = Math.round(noisy(behaviour.stationDesignSpeed() * 0.95, 0.03) * 100) / 100.0;
    partFraction += currentSpeed / 60.0 * seconds;
    while (partFraction >= 1) {
      partFraction -= 1;
      processed++;
      if (random.nextDouble() < behaviour.scrapRate()) {
        defective++;
      }
    }
  }

  private void interrupt() {
    int kind = random.nextInt(3);
    if (kind == 0) {
      starved = true;
      stop(101, "Starved: no part at infeed");
      enter(PackMlState.SUSPENDING, 1);
    } else if (kind == 1) {
      blocked = true;
      stop(102, "Blocked: outfeed full");
      enter(PackMlState.SUSPENDING, 1);
    } else {
      stop(201, "Held by operator: quality check");
      raiseAlarm(200, "W0201", "Operator hold");
      enter(PackMlState.HOLDING, 1);
    }
  }

  /** Runs the timed transitions of the state model. */
  private void transition(double seconds) {
    stateLeft -= seconds;
    if (stateLeft > 0) {
      return;
    }
    switch (state) {
      case ABORTING -> enter(PackMlState.ABORTED, 0);
      case CLEARING -> enter(PackMlState.STOPPED, TRANSITION_SECONDS);
      case STOPPED -> enter(PackMlState.RESETTING, TRANSITION_SECONDS);
      case RESETTING -> enter(PackMlState.IDLE, 3);
      case IDLE -> enter(PackMlState.STARTING, TRANSITION_SECONDS);
      case SUSPENDING -> enter(PackMlState.SUSPENDED, 0);
      case HOLDING -> enter(PackMlState.HELD, 0);
      case STARTING, UNSUSPENDING, UNHOLDING -> {
        stop(0, "");
        enter(PackMlState.EXECUTE, 0);
      }
      default -> enter(PackMlState.STOPPED, TRANSITION_SECONDS);
    }
  }

  private void enter(PackMlState next, double seconds) {
    state = next;
    stateLeft = seconds;
  }

  private void stop(int id, String reason) {
    stopReasonId = id;
    stopReason = reason;
  }

  private void brokeDown() {
    stop(900, "Aborted: safety door opened");
    raiseAlarm(800, "E0900", "Safety door opened during operation");
    enter(PackMlState.ABORTING, 1);
  }

  @Override
  public void breakDown() {
    if (!failures.broken()) {
      failures.breakDown();
      blocked = false;
      starved = false;
      brokeDown();
    }
  }

  @Override
  public void repair() {
    if (failures.broken()) {
      failures.repair();
      clearAlarm();
      enter(PackMlState.CLEARING, 3);
    }
  }

  @Override
  protected double power() {
    double share =
        switch (state) {
          case EXECUTE -> 0.7;
          case ABORTED, STOPPED -> 0.05;
          default -> 0.25;
        };
    return Math.round(noisy(ratedPowerKw * share, 0.03) * 100) / 100.0;
  }

  public PackMlState state() {
    return state;
  }

  /** PackTags UnitModeCurrent: 1 Production, 2 Maintenance. */
  public int unitMode() {
    return failures.broken() ? 2 : 1;
  }

  public long processed() {
    return processed;
  }

  public long defective() {
    return defective;
  }

  /** parts per minute */
  public double currentSpeed() {
    return currentSpeed;
  }

  /** parts per minute */
  public double designSpeed() {
    return behaviour.stationDesignSpeed();
  }

  /** parts per minute the station is set to run at */
  public double setSpeed() {
    return Math.round(behaviour.stationDesignSpeed() * 0.95 * 100) / 100.0;
  }

  public boolean blocked() {
    return blocked;
  }

  public boolean starved() {
    return starved;
  }

  public int stopReasonId() {
    return stopReasonId;
  }

  public String stopReason() {
    return stopReason;
  }
}

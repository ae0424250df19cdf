package org.zhizao.plc.simulator.device;

import org.zhizao.plc.simulator.plant.DeviceSpec;

/**
 * A PLC-controlled station following the PackML state model (OPC 30050): runs in Execute at about its
 * design speed, is starved or blocked now and then (Suspended), held by an operator (Held), and
 * aborts on a breakdown, then clears, resets and restarts. The PackML commands (Start, Stop, Hold,
 * Unhold, Reset, Abort, Clear) put it under an operator's control: after Stop it waits in Stopped
 * for Reset and in Idle for Start; after Hold in Held for Unhold; after Abort in Aborted for Clear,
 * then as after Stop. Start hands it back to its own control.
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
  private boolean stoppedByOperator;
  private boolean heldByOperator;
  private boolean abortedByOperator;

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
        if (failures.repairing(seconds) && !abortedByOperator) {
          clearAlarm();
          enter(PackMlState.CLEARING, 3);
        }
      }
      case STOPPED, IDLE -> {
        if (!stoppedByOperator) {
          transition(seconds);
        }
      }
      case SUSPENDED, HELD -> {
        if (!heldByOperator && interruptions.waiting(seconds)) {
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
      reason(101, "Starved: no part at infeed");
      enter(PackMlState.SUSPENDING, 1);
    } else if (kind == 1) {
      blocked = true;
      reason(102, "Blocked: outfeed full");
      enter(PackMlState.SUSPENDING, 1);
    } else {
      reason(201, "Held by operator: quality check");
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
        reason(0, "");
        enter(PackMlState.EXECUTE, 0);
      }
      default -> enter(PackMlState.STOPPED, TRANSITION_SECONDS);
    }
  }

  private void enter(PackMlState next, double seconds) {
    state = next;
    stateLeft = seconds;
  }

  private void reason(int id, String reason) {
    stopReasonId = id;
    stopReason = reason;
  }

  private void brokeDown() {
    reason(900, "Aborted: safety door opened");
    raiseAlarm(800, "E0900", "Safety door opened during operation");
    enter(PackMlState.ABORTING, 1);
  }

  /** PackML Start: Idle → Starting → Execute; the station runs by itself again. */
  public void start() {
    require(state == PackMlState.IDLE, "Start");
    stoppedByOperator = false;
    enter(PackMlState.STARTING, TRANSITION_SECONDS);
  }

  /** PackML Stop: → Stopping → Stopped, where it waits for Reset. */
  public void stop() {
    require(state != PackMlState.STOPPED && state != PackMlState.STOPPING
        && state != PackMlState.ABORTING && state != PackMlState.ABORTED
        && state != PackMlState.CLEARING, "Stop");
    takeOver();
    stoppedByOperator = true;
    reason(301, "Stopped by operator");
    enter(PackMlState.STOPPING, 1);
  }

  /** PackML Reset: Stopped or Complete → Resetting → Idle. */
  public void reset() {
    require(state == PackMlState.STOPPED || state == PackMlState.COMPLETE, "Reset");
    enter(PackMlState.RESETTING, TRANSITION_SECONDS);
  }

  /** PackML Hold: Execute or Suspended → Holding → Held, where it waits for Unhold. */
  public void hold() {
    require(state == PackMlState.EXECUTE || state == PackMlState.SUSPENDED, "Hold");
    takeOver();
    heldByOperator = true;
    reason(202, "Held by operator command");
    enter(PackMlState.HOLDING, 1);
  }

  /** PackML Unhold: Held (by command) → Unholding → Execute. */
  public void unhold() {
    require(state == PackMlState.HELD && heldByOperator, "Unhold");
    heldByOperator = false;
    enter(PackMlState.UNHOLDING, 1);
  }

  /** PackML Abort: → Aborting → Aborted, where it waits for Clear. */
  public void abort() {
    require(state != PackMlState.ABORTING && state != PackMlState.ABORTED, "Abort");
    takeOver();
    abortedByOperator = true;
    stoppedByOperator = true;
    reason(902, "Aborted by operator");
    enter(PackMlState.ABORTING, 1);
  }

  /** PackML Clear: Aborted → Clearing → Stopped; refused while a breakdown is under repair. */
  public void clear() {
    require(state == PackMlState.ABORTED && !failures.broken(), "Clear");
    abortedByOperator = false;
    clearAlarm();
    enter(PackMlState.CLEARING, 3);
  }

  private void require(boolean allowed, String command) {
    if (!allowed) {
      throw new DeviceCommandRejected(
          DeviceCommandRejected.Reason.INVALID_STATE, command + " is not allowed in state " + state.browseName());
    }
  }

  /** An operator command ends whatever the station was waiting for by itself. */
  private void takeOver() {
    interruptions.cancel();
    heldByOperator = false;
    blocked = false;
    starved = false;
  }

  @Override
  public void breakDown() {
    if (!failures.broken()) {
      failures.breakDown();
      interruptions.cancel();
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

package org.zhizao.plc.simulator.device;

import org.zhizao.plc.simulator.plant.DeviceSpec;

/**
 * An industrial robot (OPC 40010-1 shape): runs its task program in automatic mode, counting
 * cycles; waits for parts now and then; a breakdown is a protective stop, repaired in manual mode.
 */
public final class Robot extends SimulatedDevice {

  private final double ratedPowerKw;
  private final FailureClock failures;
  private final MicroStops waits;
  private RobotOperationalMode operationalMode = RobotOperationalMode.AUTOMATIC;
  private final String taskProgram;
  private long cycleCounter;
  private double cycleLeft;
  private boolean protectiveStop;
  private double speedOverride = 100;

  public Robot(DeviceSpec spec, DeviceBehaviour behaviour, long seed) {
    super(spec.code(), spec.rootNodeId(), spec.identification(), behaviour, seed);
    this.ratedPowerKw = spec.ratedPowerKw() > 0 ? spec.ratedPowerKw() : 6;
    this.failures = new FailureClock(behaviour, random);
    this.waits = new MicroStops(behaviour, random);
    this.taskProgram = "PICK_PLACE_" + (1 + random.nextInt(9));
    this.cycleLeft = nextCycle();
  }

  @Override
  protected void step(double seconds) {
    if (failures.broken()) {
      if (failures.repairing(seconds)) {
        repaired();
      }
      return;
    }
    if (stillStopped(waits, seconds)) {
      return;
    }
    if (failures.operate(seconds)) {
      brokeDown();
      return;
    }
    if (stoppedShort(waits, seconds, 200, "W0100", "Waiting for part at infeed")) {
      return;
    }
    cycleLeft -= seconds;
    if (cycleLeft <= 0) {
      cycleCounter++;
      cycleLeft += nextCycle();
    }
  }

  private double nextCycle() {
    return Math.max(1, noisy(behaviour.robotCycleSeconds(), behaviour.cycleTimeNoise()));
  }

  private void brokeDown() {
    protectiveStop = true;
    operationalMode = RobotOperationalMode.MANUAL_REDUCED_SPEED;
    speedOverride = 10;
    raiseAlarm(700, "E0230", "Protective stop: collision detected");
  }

  private void repaired() {
    protectiveStop = false;
    operationalMode = RobotOperationalMode.AUTOMATIC;
    speedOverride = 100;
    clearAlarm();
  }

  @Override
  public void breakDown() {
    if (!failures.broken()) {
      failures.breakDown();
      brokeDown();
    }
  }

  @Override
  public void repair() {
    if (failures.broken()) {
      failures.repair();
      repaired();
    }
  }

  @Override
  protected double power() {
    double share =
        switch (state()) {
          case EXECUTING -> 0.55;
          case NOT_EXECUTING -> 0.2;
          case OUT_OF_SERVICE -> 0.08;
          case NOT_AVAILABLE -> 0;
        };
    return Math.round(noisy(ratedPowerKw * share, 0.05) * 100) / 100.0;
  }

  /**
   * The state derived as OPC 40010-1 with OPC 40001-1 intends: out of service while a protective
   * or emergency stop holds or not in an automatic mode; executing while the task program runs.
   */
  public MachineryItemState state() {
    if (protectiveStop || !inAutomatic()) {
      return MachineryItemState.OUT_OF_SERVICE;
    }
    return waits.active() ? MachineryItemState.NOT_EXECUTING : MachineryItemState.EXECUTING;
  }

  private boolean inAutomatic() {
    return operationalMode == RobotOperationalMode.AUTOMATIC
        || operationalMode == RobotOperationalMode.AUTOMATIC_EXTERNAL;
  }

  public RobotOperationalMode operationalMode() {
    return operationalMode;
  }

  public String taskProgram() {
    return taskProgram;
  }

  /** Whether the task program runs (OPC 40010-1 TaskControl ExecutionMode aside). */
  public boolean programRunning() {
    return state() == MachineryItemState.EXECUTING;
  }

  public long cycleCounter() {
    return cycleCounter;
  }

  public boolean protectiveStop() {
    return protectiveStop;
  }

  /** percent */
  public double speedOverride() {
    return speedOverride;
  }
}

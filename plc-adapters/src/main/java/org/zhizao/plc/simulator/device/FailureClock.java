package org.zhizao.plc.simulator.device;

import java.util.Random;

/** Breakdowns after exponential operating times (MTBF) and repairs after exponential durations (MTTR). */
final class FailureClock {

  private final DeviceBehaviour behaviour;
  private final Random random;
  private double untilFailure;
  private double repairLeft;
  private boolean broken;

  FailureClock(DeviceBehaviour behaviour, Random random) {
    this.behaviour = behaviour;
    this.random = random;
    this.untilFailure = nextFailure();
  }

  /** Counts operating time; true when the device breaks down now. */
  boolean operate(double seconds) {
    if (broken || behaviour.mtbfSeconds() <= 0) {
      return false;
    }
    untilFailure -= seconds;
    if (untilFailure <= 0) {
      breakDown();
      return true;
    }
    return false;
  }

  /** Counts repair time; true when the repair is done now. */
  boolean repairing(double seconds) {
    if (!broken) {
      return false;
    }
    repairLeft -= seconds;
    if (repairLeft <= 0) {
      repair();
      return true;
    }
    return false;
  }

  void breakDown() {
    broken = true;
    repairLeft = Math.max(60, exponential(behaviour.mttrSeconds()));
  }

  void repair() {
    broken = false;
    untilFailure = nextFailure();
  }

  boolean broken() {
    return broken;
  }

  private double nextFailure() {
    return behaviour.mtbfSeconds() <= 0 ? Double.MAX_VALUE : exponential(behaviour.mtbfSeconds());
  }

  private double exponential(double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }
}

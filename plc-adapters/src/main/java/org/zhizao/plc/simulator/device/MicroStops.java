package org.zhizao.plc.simulator.device;

import java.util.Random;

/** Short stops (a jammed conveyor, a waiting part) after exponential operating times. */
final class MicroStops {

  private final DeviceBehaviour behaviour;
  private final Random random;
  private double untilNext;
  private double left;

  MicroStops(DeviceBehaviour behaviour, Random random) {
    this.behaviour = behaviour;
    this.random = random;
    this.untilNext = next();
  }

  /** Counts operating time; true when a micro-stop begins now. */
  boolean operate(double seconds) {
    if (behaviour.microStopIntervalSeconds() <= 0 || left > 0) {
      return false;
    }
    untilNext -= seconds;
    if (untilNext <= 0) {
      left = 5 + random.nextDouble() * Math.max(0, behaviour.microStopMaxSeconds() - 5);
      untilNext = next();
      return true;
    }
    return false;
  }

  /** Counts stopped time; true when the micro-stop ends now. */
  boolean waiting(double seconds) {
    if (left <= 0) {
      return false;
    }
    left -= seconds;
    return left <= 0;
  }

  /** Ends a running micro-stop now, e.g. when an operator takes over. */
  void cancel() {
    left = 0;
  }

  boolean active() {
    return left > 0;
  }

  private double next() {
    double mean = behaviour.microStopIntervalSeconds();
    return mean <= 0 ? Double.MAX_VALUE : -mean * Math.log(1 - random.nextDouble());
  }
}

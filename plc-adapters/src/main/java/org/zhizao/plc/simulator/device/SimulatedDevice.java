package org.zhizao.plc.simulator.device;

import java.util.Random;
import org.zhizao.plc.simulator.plant.Identification;

/**
 * A simulated device: its behaviour over simulated time, power and energy, alarm and the faults a
 * test can inject. Not thread-safe: the plant model serialises all access.
 */
public abstract class SimulatedDevice {

  protected final DeviceBehaviour behaviour;
  protected final Random random;
  private final String code;
  private final String rootNodeId;
  private final Identification identification;
  private boolean frozen;
  private boolean valuesDropped;
  private double powerKw;
  private double energyKwh;
  private DeviceAlarm alarm = DeviceAlarm.NONE;
  private long alarmsRaised;

  protected SimulatedDevice(
      String code, String rootNodeId, Identification identification, DeviceBehaviour behaviour,
      long seed) {
    this.code = code;
    this.rootNodeId = rootNodeId;
    this.identification = identification;
    this.behaviour = behaviour;
    // each device draws from its own stream, so adding a device leaves the others' runs unchanged
    this.random = new Random(seed ^ ((long) code.hashCode() << 16));
  }

  /** Advances the device by a short step of simulated time, unless it is frozen. */
  public final void advance(double seconds) {
    if (frozen) {
      return;
    }
    step(seconds);
    powerKw = Math.max(0, power());
    energyKwh += powerKw * seconds / 3600.0;
  }

  /** The device's own behaviour over a short step. */
  protected abstract void step(double seconds);

  /** Active power drawn in the current state, kW. */
  protected abstract double power();

  /** Breaks the device down now (as a random breakdown would). */
  public abstract void breakDown();

  /** Ends a breakdown now. */
  public abstract void repair();

  protected final void raiseAlarm(int severity, String alarmCode, String message) {
    alarm = new DeviceAlarm(true, severity, alarmCode, message);
    alarmsRaised++;
  }

  protected final void clearAlarm() {
    alarm = DeviceAlarm.NONE;
  }

  /** Lets a micro-stop in progress run on, clearing its alarm when it ends; true while it lasts. */
  protected final boolean stillStopped(MicroStops stops, double seconds) {
    if (!stops.active()) {
      return false;
    }
    if (stops.waiting(seconds)) {
      clearAlarm();
    }
    return true;
  }

  /** Starts a micro-stop by chance, raising its alarm; true if one started. */
  protected final boolean stoppedShort(MicroStops stops, double seconds, int severity, String alarmCode,
      String message) {
    if (!stops.operate(seconds)) {
      return false;
    }
    raiseAlarm(severity, alarmCode, message);
    return true;
  }

  /** {@code value} with Gaussian noise of relative standard deviation {@code relative}, never negative. */
  protected final double noisy(double value, double relative) {
    return Math.max(0, value * (1 + relative * random.nextGaussian()));
  }

  public String code() {
    return code;
  }

  public String rootNodeId() {
    return rootNodeId;
  }

  public Identification identification() {
    return identification;
  }

  public double powerKw() {
    return powerKw;
  }

  public double energyKwh() {
    return energyKwh;
  }

  public DeviceAlarm alarm() {
    return alarm;
  }

  public long alarmsRaised() {
    return alarmsRaised;
  }

  public boolean frozen() {
    return frozen;
  }

  /** A frozen device keeps its values and stops changing, like a PLC whose program halted. */
  public void freeze(boolean on) {
    frozen = on;
  }

  public boolean valuesDropped() {
    return valuesDropped;
  }

  /** A device with dropped values serves them with Bad quality, like a lost field-bus link. */
  public void dropValues(boolean on) {
    valuesDropped = on;
  }
}

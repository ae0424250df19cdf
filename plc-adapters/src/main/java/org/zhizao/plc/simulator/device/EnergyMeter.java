package org.zhizao.plc.simulator.device;

import java.util.List;
import org.zhizao.plc.simulator.plant.DeviceSpec;

/**
 * A station's energy meter: measures what the other equipment of its station draws, plus the
 * station's auxiliary load (lighting, extraction, controls).
 */
public final class EnergyMeter extends SimulatedDevice {

  private static final double AUXILIARY_KW = 0.4;

  private final List<SimulatedDevice> metered;

  public EnergyMeter(DeviceSpec spec, List<SimulatedDevice> metered, DeviceBehaviour behaviour, long seed) {
    super(spec.code(), spec.rootNodeId(), spec.identification(), behaviour, seed);
    this.metered = List.copyOf(metered);
  }

  @Override
  protected void step(double seconds) {
    // nothing of its own: the meter follows the devices it measures
  }

  @Override
  protected double power() {
    double sum = noisy(AUXILIARY_KW, 0.05);
    for (SimulatedDevice device : metered) {
      sum += device.powerKw();
    }
    return Math.round(sum * 100) / 100.0;
  }

  @Override
  public void breakDown() {
    // a meter does not break down in the simulation
  }

  @Override
  public void repair() {
    // nothing to repair
  }
}

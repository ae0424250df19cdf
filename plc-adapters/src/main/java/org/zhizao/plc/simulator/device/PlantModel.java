package org.zhizao.plc.simulator.device;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhizao.plc.simulator.plant.AgvSpec;
import org.zhizao.plc.simulator.plant.DeviceSpec;
import org.zhizao.plc.simulator.plant.DeviceTemplate;
import org.zhizao.plc.simulator.plant.SimulatedPlant;

/**
 * All simulated devices of a plant and the simulated clock. Every access to a device goes through
 * {@link #lock()}, so the ticker and method calls from OPC UA clients never interleave.
 */
public final class PlantModel {

  /** Longest step a device advances at once, so events within a tick happen in order. */
  private static final double MAX_STEP_SECONDS = 1.0;

  private final Object lock = new Object();
  private final Map<String, SimulatedDevice> devices = new LinkedHashMap<>();
  private final List<SimulatedDevice> meters = new ArrayList<>();
  private double simulatedSeconds;

  public PlantModel(SimulatedPlant plant, DeviceBehaviour behaviour, long seed) {
    for (DeviceSpec spec : plant.devices()) {
      switch (spec.template()) {
        case CNC_MACHINE_TOOL -> add(new CncMachineTool(spec, behaviour, seed));
        case ROBOT -> add(new Robot(spec, behaviour, seed));
        case PACKML_STATION -> add(new PackMlStation(spec, behaviour, seed));
        default -> { }
      }
    }
    for (DeviceSpec spec : plant.devices()) {
      if (spec.template() == DeviceTemplate.ENERGY_METER) {
        List<SimulatedDevice> metered =
            plant.devices().stream()
                .filter(d -> d.stationCode().equals(spec.stationCode()))
                .map(d -> devices.get(d.code()))
                .filter(d -> d != null)
                .toList();
        EnergyMeter meter = new EnergyMeter(spec, metered, behaviour, seed);
        meters.add(meter);
      }
    }
    meters.forEach(this::add);
    for (AgvSpec spec : plant.agvs()) {
      add(new Agv(spec, plant.workshop(spec.workshopCode()), behaviour, seed));
    }
  }

  private void add(SimulatedDevice device) {
    devices.put(device.code(), device);
  }

  /** The lock that guards every device. */
  public Object lock() {
    return lock;
  }

  /** Advances every device by {@code seconds} of simulated time, in steps of at most one second. */
  public void advance(double seconds) {
    synchronized (lock) {
      double left = seconds;
      while (left > 1e-9) {
        double step = Math.min(MAX_STEP_SECONDS, left);
        for (SimulatedDevice device : devices.values()) {
          if (!(device instanceof EnergyMeter)) {
            device.advance(step);
          }
        }
        // meters last: they measure what the others drew in this step
        meters.forEach(m -> m.advance(step));
        left -= step;
        simulatedSeconds += step;
      }
    }
  }

  /** Simulated seconds since the start. */
  public double simulatedSeconds() {
    synchronized (lock) {
      return simulatedSeconds;
    }
  }

  public Collection<SimulatedDevice> devices() {
    return devices.values();
  }

  public Optional<SimulatedDevice> device(String code) {
    return Optional.ofNullable(devices.get(code));
  }
}

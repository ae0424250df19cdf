package org.zhizao.plc.simulator;

import java.util.function.Consumer;
import org.zhizao.plc.simulator.device.SimulatedDevice;

/** The fault injection of a {@link PlantSimulator}. */
final class SimulatorFaults implements FaultInjection {

  private final PlantSimulator simulator;

  SimulatorFaults(PlantSimulator simulator) {
    this.simulator = simulator;
  }

  @Override
  public void stopServer() {
    simulator.stopServer();
  }

  @Override
  public void restartServer() {
    simulator.startServer();
  }

  @Override
  public void freeze(String deviceCode) {
    on(deviceCode, d -> d.freeze(true));
  }

  @Override
  public void unfreeze(String deviceCode) {
    on(deviceCode, d -> d.freeze(false));
  }

  @Override
  public void dropValues(String deviceCode) {
    on(deviceCode, d -> d.dropValues(true));
  }

  @Override
  public void restoreValues(String deviceCode) {
    on(deviceCode, d -> d.dropValues(false));
  }

  @Override
  public void breakDown(String deviceCode) {
    on(deviceCode, SimulatedDevice::breakDown);
  }

  @Override
  public void repair(String deviceCode) {
    on(deviceCode, SimulatedDevice::repair);
  }

  private void on(String deviceCode, Consumer<SimulatedDevice> fault) {
    simulator.inspect(deviceCode, d -> {
      fault.accept(d);
      return null;
    });
  }
}

package org.zhizao.plc.simulator.plant;

/** A device's name plate (OPC 10000-100 / OPC 40001-1 Identification); blank where the file has none. */
public record Identification(String manufacturer, String model, String serialNumber) {

  public Identification {
    manufacturer = manufacturer == null ? "" : manufacturer;
    model = model == null ? "" : model;
    serialNumber = serialNumber == null ? "" : serialNumber;
  }
}

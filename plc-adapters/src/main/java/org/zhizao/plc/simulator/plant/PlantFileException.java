package org.zhizao.plc.simulator.plant;

/** A plant file the simulator cannot serve; the message names the file and the field. */
public class PlantFileException extends RuntimeException {

  public PlantFileException(String message) {
    super(message);
  }

  public PlantFileException(String message, Throwable cause) {
    super(message, cause);
  }
}

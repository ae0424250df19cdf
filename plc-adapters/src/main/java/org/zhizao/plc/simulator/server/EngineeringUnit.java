package org.zhizao.plc.simulator.server;

import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;

/** Units of the simulator's analog values, as UNECE Rec. 20 codes (OPC 10000-8 §5.6.3). */
enum EngineeringUnit {
  KILOWATT("KWT", "kW", "kilowatt"),
  KILOWATT_HOUR("KWH", "kWh", "kilowatt hour"),
  REVOLUTIONS_PER_MINUTE("RPM", "r/min", "revolutions per minute"),
  PERCENT("P1", "%", "percent"),
  METRE("MTR", "m", "metre"),
  METRE_PER_SECOND("MTS", "m/s", "metre per second"),
  DEGREE("DD", "°", "degree"),
  PARTS_PER_MINUTE(null, "1/min", "parts per minute");

  private static final String UNECE = "http://www.opcfoundation.org/UA/units/un/cefact";

  private final String code;
  private final String symbol;
  private final String description;

  EngineeringUnit(String code, String symbol, String description) {
    this.code = code;
    this.symbol = symbol;
    this.description = description;
  }

  String symbol() {
    return symbol;
  }

  EUInformation information() {
    return new EUInformation(
        UNECE, unitId(), LocalizedText.english(symbol), LocalizedText.english(description));
  }

  /** The UnitId of OPC 10000-8: the code's characters packed into an Int32; -1 when it has none. */
  private int unitId() {
    if (code == null) {
      return -1;
    }
    int id = 0;
    for (char c : code.toCharArray()) {
      id = (id << 8) | c;
    }
    return id;
  }
}

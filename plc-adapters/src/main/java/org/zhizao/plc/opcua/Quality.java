package org.zhizao.plc.opcua;

import org.eclipse.milo.opcua.stack.core.StatusCodes;

/**
 * The quality of a value: the OPC UA StatusCode (OPC 10000-4 §7.39) and its symbolic name.
 *
 * @param statusCode the 32-bit StatusCode
 * @param name the symbolic name, e.g. {@code Good}, {@code Bad_NotConnected}
 */
public record Quality(long statusCode, String name) {

  /** A good value. */
  public static final Quality GOOD = new Quality(StatusCodes.Good, "Good");

  /** The device's server is not connected; the value is the last known one. */
  public static final Quality NOT_CONNECTED =
      new Quality(StatusCodes.Bad_NotConnected, "Bad_NotConnected");

  /** The quality for a StatusCode value. */
  public static Quality of(long statusCode) {
    if (statusCode == StatusCodes.Good) {
      return GOOD;
    }
    String name = StatusCodes.lookup(statusCode).map(n -> n[0])
        .orElse(String.format("0x%08X", statusCode));
    return new Quality(statusCode, name);
  }

  /** Whether the value can be used (severity Good). */
  public boolean isGood() {
    return (statusCode & 0xC0000000L) == 0;
  }

  /** Whether the value must not be used (severity Bad). */
  public boolean isBad() {
    return (statusCode & 0x80000000L) != 0;
  }

  @Override
  public String toString() {
    return name;
  }
}

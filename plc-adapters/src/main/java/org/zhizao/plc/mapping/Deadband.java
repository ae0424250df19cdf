package org.zhizao.plc.mapping;

/**
 * A data-change deadband (OPC 10000-4 §7.22.2): changes smaller than {@code value} are not reported.
 * A percent deadband is relative to the variable's EURange, so the server must expose one.
 *
 * @param kind none, absolute (in the variable's unit) or percent of the EURange
 * @param value the threshold, {@code >= 0}
 */
public record Deadband(Kind kind, double value) {

  /** No deadband: every change is reported. */
  public static final Deadband NONE = new Deadband(Kind.NONE, 0);

  /** Kind of deadband, numbered as DeadbandType in OPC 10000-4. */
  public enum Kind {
    NONE, ABSOLUTE, PERCENT
  }
}

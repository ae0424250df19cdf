package org.zhizao.plc.opcua;

import java.time.Instant;

/**
 * A normalised value of one device signal.
 *
 * <p>Values are Java types: {@link Boolean}, {@link Long} for integers (unsigned ones included),
 * {@link Double} for floating point and for any scaled value, {@link String} for strings and
 * localized texts, {@link Instant} for date-times; other OPC UA values are passed as Milo returns
 * them. While the server is not connected the last value is repeated with quality
 * {@link Quality#NOT_CONNECTED}.
 *
 * @param device the device code from its binding
 * @param signal the canonical signal name
 * @param value the value, scaled; {@code null} if the server sent none
 * @param quality the value's quality
 * @param sourceTime when the device produced the value, or {@code null}
 * @param serverTime when the server saw the value, or {@code null}
 * @param unit the configured engineering unit, or {@code null}
 * @param countDelta for a counter signal with a good value, the parts counted since the previous
 *     value (see {@link CounterDelta}); {@code null} for other signals and bad values
 */
public record SignalUpdate(
    String device,
    String signal,
    Object value,
    Quality quality,
    Instant sourceTime,
    Instant serverTime,
    String unit,
    Long countDelta) {

  /** The value as a double, for numeric signals. */
  public double doubleValue() {
    return ((Number) value).doubleValue();
  }

  /** The value as a long, for integer signals. */
  public long longValue() {
    return ((Number) value).longValue();
  }
}

package org.zhizao.plc.mapping;

/**
 * How one canonical signal of a device type (state, partsTotal, spindleSpeed, …) is found on a server
 * and sampled.
 *
 * <p>Exactly one of {@code path} and {@code nodeId} is set. A path is a relative browse path from
 * the device's root node, segments separated by {@code /}, each segment a browse name optionally
 * prefixed by a namespace alias ({@code mt:Production}); without a prefix the segment is in the
 * namespace of the device's root node. A node id is absolute and carries its namespace URI
 * ({@code nsu=urn:vendor;s=Spindle.Speed}), never a namespace index.
 *
 * @param name the canonical signal name
 * @param path relative browse path, or {@code null}
 * @param nodeId absolute node id with namespace URI, or {@code null}
 * @param type expected kind of value, checked against the server's DataType
 * @param counter whether the value is a monotonic counter whose deltas are reported
 * @param counterBits the counter's width for wrap detection, or 0 to take it from the DataType
 * @param samplingIntervalMs requested sampling interval in milliseconds ({@code 0} = fastest)
 * @param deadband data-change deadband
 * @param queueSize server-side queue size, at least 1
 * @param unit engineering unit reported with each value, or {@code null}
 * @param scale factor applied to numeric values before they are reported (writes divide by it)
 */
public record SignalMapping(
    String name,
    String path,
    String nodeId,
    ValueType type,
    boolean counter,
    int counterBits,
    double samplingIntervalMs,
    Deadband deadband,
    int queueSize,
    String unit,
    double scale) {

  /** Default sampling interval when none is configured. */
  public static final double DEFAULT_SAMPLING_MS = 250;

  /** A signal at a relative browse path with default sampling and no scaling. */
  public static SignalMapping atPath(String name, String path, ValueType type) {
    return new SignalMapping(
        name, path, null, type, false, 0, DEFAULT_SAMPLING_MS, Deadband.NONE, 1, null, 1.0);
  }

  /** A copy of this mapping with another sampling interval. */
  public SignalMapping withSamplingInterval(double ms) {
    return new SignalMapping(
        name, path, nodeId, type, counter, counterBits, ms, deadband, queueSize, unit, scale);
  }

  /** Where the signal is found, as written in the configuration. */
  public String location() {
    return path != null ? path : nodeId;
  }
}

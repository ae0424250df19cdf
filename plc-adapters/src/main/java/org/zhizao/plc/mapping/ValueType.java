package org.zhizao.plc.mapping;

/**
 * The kind of value a signal carries. Checked against the DataType attribute of the server's node
 * when a device is connected, so that a mapping to the wrong variable is reported instead of
 * streaming nonsense.
 */
public enum ValueType {
  /** Any value; no check. */
  ANY,
  /** Boolean. */
  BOOLEAN,
  /** An integer type (SByte … UInt64) or an enumeration. */
  INTEGER,
  /** Any numeric type, integer or floating point. */
  NUMBER,
  /** String or LocalizedText. */
  STRING
}

package org.zhizao.plc.simulator.server;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/** Conversions of model values to OPC UA variants. */
final class Values {

  private Values() {}

  static Variant text(String value) {
    return Variant.ofString(value == null ? "" : value);
  }

  static Variant localized(String value) {
    return Variant.ofLocalizedText(LocalizedText.english(value == null ? "" : value));
  }

  /** A counter as UInt32; it wraps at 2^32 like a PLC's DWORD counter. */
  static Variant counter(long value) {
    return Variant.ofUInt32(uint(value & 0xFFFF_FFFFL));
  }

  static Variant uint32(long value) {
    return Variant.ofUInt32(uint(value));
  }

  static Variant uint16(int value) {
    return Variant.ofUInt16(ushort(value));
  }

  static Variant int32(int value) {
    return Variant.ofInt32(value);
  }

  static Variant real(double value) {
    return Variant.ofDouble(value);
  }

  /** A value rounded to {@code decimals}, so noise below the display resolution sends no update. */
  static Variant real(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Variant.ofDouble(Math.round(value * scale) / scale);
  }

  /** A method's string argument; empty when null. */
  static String string(Variant value) {
    return value.value() == null ? "" : value.value().toString();
  }

  static Variant flag(boolean value) {
    return Variant.ofBoolean(value);
  }
}

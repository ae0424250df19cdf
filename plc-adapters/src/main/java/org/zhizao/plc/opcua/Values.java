package org.zhizao.plc.opcua;

import java.time.Instant;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UByte;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.ULong;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned;

/** Converts between OPC UA values and the plain Java values the adapters report. */
final class Values {

  private Values() {}

  /** The plain Java value of an OPC UA value, scaled when {@code scale != 1}. */
  static Object toJava(Object value, double scale) {
    Object plain = plain(value);
    if (scale != 1.0 && plain instanceof Number n) {
      return n.doubleValue() * scale;
    }
    return plain;
  }

  private static Object plain(Object value) {
    if (value == null || value instanceof Boolean || value instanceof String) {
      return value;
    }
    if (value instanceof Double || value instanceof Float) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Byte || value instanceof Short || value instanceof Integer
        || value instanceof Long) {
      return ((Number) value).longValue();
    }
    if (value instanceof UByte || value instanceof UShort || value instanceof UInteger) {
      return ((Number) value).longValue();
    }
    if (value instanceof ULong u) {
      return u.longValue(); // beyond 2^63 wraps; no counter grows that far
    }
    if (value instanceof LocalizedText text) {
      return text.text();
    }
    if (value instanceof DateTime time) {
      return time.isNull() ? null : time.getJavaInstant();
    }
    return value;
  }

  /** A Variant of the node's built-in type from a Java value, un-scaled. */
  static Variant toVariant(Object value, OpcUaDataType type, double scale) {
    Object v = value;
    if (scale != 1.0 && v instanceof Number n) {
      v = n.doubleValue() / scale;
    }
    if (type == null) {
      return new Variant(v);
    }
    return switch (type) {
      case Boolean -> new Variant(v instanceof Boolean b ? b : Boolean.parseBoolean(v.toString()));
      case SByte -> new Variant((byte) Math.round(number(v)));
      case Byte -> new Variant(Unsigned.ubyte(Math.round(number(v))));
      case Int16 -> new Variant((short) Math.round(number(v)));
      case UInt16 -> new Variant(Unsigned.ushort((int) Math.round(number(v))));
      case Int32 -> new Variant((int) Math.round(number(v)));
      case UInt32 -> new Variant(Unsigned.uint(Math.round(number(v))));
      case Int64 -> new Variant(Math.round(number(v)));
      case UInt64 -> new Variant(Unsigned.ulong(Math.round(number(v))));
      case Float -> new Variant((float) number(v));
      case Double -> new Variant(number(v));
      case String -> new Variant(v.toString());
      case LocalizedText -> new Variant(LocalizedText.english(v.toString()));
      case DateTime -> new Variant(new DateTime((Instant) v));
      default -> new Variant(v);
    };
  }

  private static double number(Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    return Double.parseDouble(v.toString());
  }

  /** Converts a method argument given as a Java value to a Variant as-is. */
  static Variant argument(Object value) {
    if (value instanceof Variant v) {
      return v;
    }
    if (value instanceof Instant i) {
      return new Variant(new DateTime(i));
    }
    return new Variant(value);
  }
}

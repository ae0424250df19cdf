package org.zhizao.plc.opcua;

import java.util.List;

/**
 * The outcome of a write or a method call: never an exception for a device's refusal, a timeout or
 * a lost connection, but a result a user can read.
 *
 * @param succeeded whether the server accepted the command
 * @param status the OPC UA status name ({@code Good}, {@code Bad_Timeout}, {@code Bad_NotConnected}, …)
 * @param message what happened, naming the device and the command
 * @param outputs a method's output arguments, normalised like {@link SignalUpdate#value()}
 */
public record CommandResult(boolean succeeded, String status, String message, List<Object> outputs) {

  static CommandResult ok(String message, List<Object> outputs) {
    return new CommandResult(true, "Good", message, List.copyOf(outputs));
  }

  static CommandResult failed(String status, String message) {
    return new CommandResult(false, status, message, List.of());
  }
}

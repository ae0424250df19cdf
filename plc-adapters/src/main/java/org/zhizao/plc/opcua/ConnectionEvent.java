package org.zhizao.plc.opcua;

import java.time.Instant;
import java.util.List;

/**
 * A change in the connection to one endpoint.
 *
 * @param endpoint the endpoint URL as configured
 * @param state the new state
 * @param reason why, in words (the OPC UA status or the exception's message); empty when connected
 * @param devices the devices bound to this endpoint
 * @param at when the change was seen
 */
public record ConnectionEvent(
    String endpoint, State state, String reason, List<String> devices, Instant at) {

  /** Connection state. */
  public enum State {
    /** A session is active and the devices' signals are subscribed. */
    CONNECTED,
    /** The connection is down or not yet up; the adapter keeps trying with backoff. */
    RECONNECTING,
    /** The connection was lost or could not be made; {@code reason} says why. */
    LOST
  }
}

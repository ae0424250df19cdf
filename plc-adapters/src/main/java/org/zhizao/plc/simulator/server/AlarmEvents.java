package org.zhizao.plc.simulator.server;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.ushort;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.milo.opcua.sdk.server.EventListener;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.EventItem;
import org.eclipse.milo.opcua.sdk.server.model.objects.BaseEventTypeNode;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhizao.plc.simulator.device.DeviceAlarm;

/**
 * Fires a BaseEventType event (OPC 10000-5 §6.4.2) when a device raises an alarm, with the alarm's
 * Severity and Message, and the device root as SourceNode. Clients receive it by an event item on
 * the Server object, on the device, or on any plant folder above it.
 */
final class AlarmEvents {

  private static final Logger LOG = LoggerFactory.getLogger(AlarmEvents.class);

  private final OpcUaServer server;
  private final int namespaceIndex;
  private final Map<EventItem, EventListener> listeners = new ConcurrentHashMap<>();

  AlarmEvents(OpcUaServer server, int namespaceIndex) {
    this.server = server;
    this.namespaceIndex = namespaceIndex;
  }

  void fire(NodeId source, String sourceName, DeviceAlarm alarm) {
    try {
      UUID id = UUID.randomUUID();
      BaseEventTypeNode event =
          server.getEventFactory().createEvent(new NodeId(namespaceIndex, id), NodeIds.BaseEventType);
      event.setBrowseName(new QualifiedName(namespaceIndex, "AlarmRaised"));
      event.setDisplayName(LocalizedText.english("AlarmRaised"));
      event.setEventId(ByteString.of(ByteBuffer.allocate(16)
          .putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array()));
      event.setEventType(NodeIds.BaseEventType);
      event.setSourceNode(source);
      event.setSourceName(sourceName);
      event.setTime(DateTime.now());
      event.setReceiveTime(DateTime.NULL_VALUE);
      event.setMessage(LocalizedText.english(alarm.code() + ": " + alarm.message()));
      event.setSeverity(ushort(alarm.severity()));
      server.getEventNotifier().fire(event);
      event.delete();
    } catch (Exception e) {
      // an event that cannot be made must not stop the values from flowing
      LOG.warn("Cannot fire the alarm event of {}", sourceName, e);
    }
  }

  /** Lets an event item on a node of the namespace receive the events of the devices under it. */
  void subscribe(EventItem item) {
    Object watched = item.getReadValueId().getNodeId().getIdentifier();
    EventListener listener = event -> {
      NodeId source = event.getSourceNode();
      if (source != null && source.getIdentifier() instanceof String id
          && (id.equals(watched) || id.startsWith(watched + "/"))) {
        item.onEvent(event);
      }
    };
    EventListener previous = listeners.put(item, listener);
    if (previous != null) {
      server.getEventNotifier().unregister(previous);
    }
    server.getEventNotifier().register(listener);
  }

  void unsubscribe(EventItem item) {
    EventListener listener = listeners.remove(item);
    if (listener != null) {
      server.getEventNotifier().unregister(listener);
    }
  }
}

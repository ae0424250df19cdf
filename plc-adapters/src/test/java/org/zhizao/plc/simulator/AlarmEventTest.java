package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.plc.simulator.SimulatorFixture.CNC;
import static org.zhizao.plc.simulator.SimulatorFixture.ROBOT;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.structured.ContentFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.EventFilter;
import org.eclipse.milo.opcua.stack.core.types.structured.SimpleAttributeOperand;
import org.junit.jupiter.api.Test;

/**
 * A raised alarm is also an OPC UA event (OPC 10000-5 §6.4.2 BaseEventType: SourceName, Message,
 * Severity), notified by the Server object and by the device and the plant folders above it
 * (OPC 10000-3 §5.5.2 EventNotifier).
 */
class AlarmEventTest {

  private static final EventFilter SEVERITY_MESSAGE_SOURCE =
      new EventFilter(
          new SimpleAttributeOperand[] {field("Severity"), field("Message"), field("SourceName")},
          new ContentFilter(null));

  private static SimpleAttributeOperand field(String name) {
    return new SimpleAttributeOperand(
        NodeIds.BaseEventType, new QualifiedName[] {new QualifiedName(0, name)}, AttributeId.Value.uid(), null);
  }

  @Test
  void aBreakdownIsNotifiedAsAnEventByTheServerTheStationAndTheDeviceButNotByAnotherDevice()
      throws Exception {
    try (PlantSimulator simulator = SimulatorFixture.testPlant().build().start();
        OpcUaTestClient client = OpcUaTestClient.connect(simulator)) {
      OpcUaSubscription subscription = new OpcUaSubscription(client.milo(), 100.0);
      subscription.create();
      BlockingQueue<Variant[]> server = watch(subscription, NodeIds.Server);
      BlockingQueue<Variant[]> station = watch(subscription, client.nodeId("P1/F1/W1/L1/S01"));
      BlockingQueue<Variant[]> device = watch(subscription, client.nodeId(CNC));
      BlockingQueue<Variant[]> robot = watch(subscription, client.nodeId(ROBOT));
      subscription.synchronizeMonitoredItems();
      assertThat(subscription.getMonitoredItems())
          .allSatisfy(i -> assertThat(i.getCreateResult().orElseThrow().isGood()).as(i.toString()).isTrue());

      simulator.faults().breakDown(CNC);

      for (BlockingQueue<Variant[]> events : List.of(server, station, device)) {
        Variant[] event = events.poll(10, TimeUnit.SECONDS);
        assertThat(event).as("an event arrived").isNotNull();
        assertThat(event[0].value()).isEqualTo(UShort.valueOf(800));
        assertThat(((LocalizedText) event[1].value()).text()).matches("E\\d+: .+");
        assertThat(event[2].value()).isEqualTo(CNC);
      }
      assertThat(robot.poll(500, TimeUnit.MILLISECONDS)).as("the robot raised nothing").isNull();
      subscription.delete();
    }
  }

  private static BlockingQueue<Variant[]> watch(OpcUaSubscription subscription, NodeId node) {
    BlockingQueue<Variant[]> events = new LinkedBlockingQueue<>();
    OpcUaMonitoredItem item = OpcUaMonitoredItem.newEventItem(node, SEVERITY_MESSAGE_SOURCE);
    item.setEventValueListener((it, values) -> events.add(values));
    subscription.addMonitoredItem(item);
    return events;
  }
}

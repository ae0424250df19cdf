package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.zhizao.plc.simulator.SimulatorFixture.CNC;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.Test;

/** A subscriber sees every part of a job on the lifetime counters, one notification per part. */
class PartCountSubscriptionTest {

  private static final String COUNTERS = CNC + "/LifetimeCounters/";

  @Test
  void everyPartOfAJobArrivesAsOneIncrementOfTheLifetimeCounters() throws Exception {
    try (PlantSimulator simulator = SimulatorFixture.testPlant().build().start();
        OpcUaTestClient client = OpcUaTestClient.connect(simulator)) {
      OpcUaSubscription subscription = new OpcUaSubscription(client.milo(), 100.0);
      subscription.create();
      List<Long> produced = watch(client, subscription, "PartsProduced");
      List<Long> good = watch(client, subscription, "PartsGood");
      List<Long> bad = watch(client, subscription, "PartsBad");
      subscription.synchronizeMonitoredItems();

      String jobs = CNC + "/Production/JobManagement";
      client.call(jobs, jobs + "/StoreAndStart",
          Variant.ofString("WO-7"), Variant.ofString("O3003-HOUSING"), Variant.ofUInt32(uint(6)));
      client.await(CNC + "/Production/ActiveProgram/State/CurrentState/Number",
          v -> ((Number) v).intValue() == 2, Duration.ofSeconds(30));
      Thread.sleep(500); // the last publishing interval

      long total = client.number(COUNTERS + "PartsProduced");
      // the counters change once per part, and a 100 ms sampling interval sees each change
      // (OPC 10000-4 §5.12.1.2: a data change is reported when the value changes)
      assertThat(produced).containsExactlyElementsOf(LongStream.rangeClosed(0, total).boxed().toList());
      assertThat(good.get(good.size() - 1)).isEqualTo(6);
      assertThat(good.get(good.size() - 1) + bad.get(bad.size() - 1)).isEqualTo(total);
      subscription.delete();
    }
  }

  private static List<Long> watch(OpcUaTestClient client, OpcUaSubscription subscription, String counter) {
    List<Long> values = new CopyOnWriteArrayList<>();
    OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(client.nodeId(COUNTERS + counter));
    item.setSamplingInterval(100.0);
    item.setQueueSize(uint(100));
    item.setDataValueListener((it, value) -> values.add(((Number) value.getValue().value()).longValue()));
    subscription.addMonitoredItem(item);
    return values;
  }
}

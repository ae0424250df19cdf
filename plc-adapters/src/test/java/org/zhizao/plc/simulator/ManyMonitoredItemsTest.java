package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.junit.jupiter.api.Test;
import org.zhizao.plc.simulator.device.DeviceBehaviour;
import org.zhizao.plc.simulator.plant.DeviceSpec;
import org.zhizao.plc.simulator.plant.PlantFileReader;
import org.zhizao.plc.simulator.plant.SimulatedPlant;

/** The demo park's 86 devices serve 5,000 monitored items while the simulation stays cheap. */
class ManyMonitoredItemsTest {

  private static final Path DEMO_PARK =
      Path.of("..", "mes-core", "src", "main", "resources", "plant", "demo-park.yaml");
  private static final int ITEMS = 5_000;

  @Test
  void fiveThousandMonitoredItemsAcrossTheDemoParkAreServedWithoutSlowingTheClock() throws Exception {
    SimulatedPlant plant = PlantFileReader.read(DEMO_PARK);
    Map<String, String> templateOf =
        plant.devices().stream().collect(Collectors.toMap(DeviceSpec::rootNodeId, d -> d.template().key()));
    plant.agvs().forEach(a -> templateOf.put(a.rootNodeId(), "agv"));
    Map<String, List<DocumentedPaths.Entry>> nodes =
        templateOf.values().stream().distinct()
            .collect(Collectors.toMap(Function.identity(), t -> of(t)));
    List<String> variables = new ArrayList<>();
    templateOf.forEach((root, template) -> nodes.get(template).stream()
        .filter(e -> !e.isMethod())
        .forEach(e -> variables.add(root + "/" + e.path())));

    try (PlantSimulator simulator =
            SimulatorFixture.testPlant()
                .plant(DEMO_PARK)
                .timeFactor(10)
                .tickInterval(java.time.Duration.ofMillis(100))
                .behaviour(DeviceBehaviour.defaults())
                .build()
                .start();
        OpcUaTestClient client = OpcUaTestClient.connect(simulator)) {
      OpcUaSubscription subscription = new OpcUaSubscription(client.milo(), 100.0);
      subscription.create();
      AtomicLong notifications = new AtomicLong();
      List<OpcUaMonitoredItem> items = new ArrayList<>();
      for (int i = 0; i < ITEMS; i++) {
        // each variable several times over, as several MES features would watch the same signal
        OpcUaMonitoredItem item =
            OpcUaMonitoredItem.newDataItem(client.nodeId(variables.get(i % variables.size())));
        item.setSamplingInterval(100.0);
        item.setQueueSize(uint(10));
        item.setDataValueListener((it, value) -> notifications.incrementAndGet());
        items.add(item);
      }
      subscription.addMonitoredItems(items);
      subscription.synchronizeMonitoredItems();
      assertThat(items).allSatisfy(i -> assertThat(i.getCreateResult().orElseThrow().isGood()).isTrue());

      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long tickThread = tickThreadId(threads);
      long cpuBefore = threads.getThreadCpuTime(tickThread);
      double simulatedBefore = simulator.simulatedSeconds();
      long received = notifications.get();
      long start = System.nanoTime();
      Thread.sleep(4_000);
      double wall = (System.nanoTime() - start) / 1e9;
      double tickCpu = (threads.getThreadCpuTime(tickThread) - cpuBefore) / 1e9;
      double simulated = simulator.simulatedSeconds() - simulatedBefore;
      long changes = notifications.get() - received;
      System.out.printf(
          "%d variables, %d items: %.0f notifications/s; tick thread %.1f %% of a core; clock %.1f s simulated in %.1f s%n",
          variables.size(), ITEMS, changes / wall, 100 * tickCpu / wall, simulated, wall);

      assertThat(variables.size()).isGreaterThan(1_000);
      assertThat(changes).as("values keep changing").isGreaterThan(1_000);
      // the clock keeps pace (time factor 10) and the ticks take a small share of one core
      assertThat(simulated / wall).isBetween(8.0, 11.0);
      assertThat(tickCpu / wall).isLessThan(0.25);
      subscription.delete();
    }
  }

  private static List<DocumentedPaths.Entry> of(String template) {
    try {
      return DocumentedPaths.of(template);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long tickThreadId(ThreadMXBean threads) {
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().equals("plant-simulator-tick")) {
        return info.getThreadId();
      }
    }
    throw new IllegalStateException("no tick thread");
  }
}

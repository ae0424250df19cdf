package org.zhizao.plc.bench;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.zhizao.plc.mapping.AdapterConfig;
import org.zhizao.plc.mapping.Deadband;
import org.zhizao.plc.mapping.DeviceBinding;
import org.zhizao.plc.mapping.DeviceTemplate;
import org.zhizao.plc.mapping.EndpointSettings;
import org.zhizao.plc.mapping.SignalMapping;
import org.zhizao.plc.mapping.ValueType;
import org.zhizao.plc.opcua.AdapterListener;
import org.zhizao.plc.opcua.ConnectionEvent;
import org.zhizao.plc.opcua.OpcUaAdapter;
import org.zhizao.plc.opcua.SignalUpdate;

/**
 * Throughput of the OPC UA adapters beside the raw Milo subscription rate, measured in the same run
 * against the same in-process Milo server: {@code devices × items} Double variables, each changed
 * every {@code period} ms, sampled and published every {@code period} ms.
 *
 * <pre>
 * ./mvnw -q -B -pl plc-adapters test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.zhizao.plc.bench.AdapterThroughputBenchmark \
 *   -Dexec.args="--devices 10 --items 500 --seconds 20 --period 100"
 * </pre>
 */
public final class AdapterThroughputBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int devices = Integer.parseInt(options.getOrDefault("devices", "10"));
    int items = Integer.parseInt(options.getOrDefault("items", "500"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
    long period = Long.parseLong(options.getOrDefault("period", "100"));
    Path work = Files.createTempDirectory("zhizao-bench");

    System.out.printf("%d devices × %d items = %d monitored items, values change every %d ms; "
            + "%d CPUs, Java %s%n", devices, items, devices * items, period,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    try (BenchServer server = new BenchServer(freePort(), devices, items, period, work.resolve("server"))) {
      double raw = rawMilo(server, devices, items, period, seconds);
      System.out.printf("raw Milo subscription: %,.0f value changes/s%n", raw);
      double adapters = adapters(server, devices, items, period, seconds, work.resolve("client-pki"));
      System.out.printf("OPC UA adapters:       %,.0f value changes/s (%.0f %% of raw)%n",
          adapters, 100 * adapters / raw);
      System.out.printf("| %d | %d | %d ms | %,.0f | %,.0f |%n", devices, devices * items, period, raw, adapters);
    }
    System.exit(0);
  }

  /** One plain Milo subscription with a listener that only counts. */
  private static double rawMilo(BenchServer server, int devices, int items, long period, int seconds)
      throws Exception {
    OpcUaClient client = OpcUaClient.create(server.url());
    client.connect();
    AtomicLong count = new AtomicLong();
    OpcUaSubscription subscription = new OpcUaSubscription(client, (double) period);
    subscription.setSubscriptionListener(new OpcUaSubscription.SubscriptionListener() {
      @Override
      public void onDataReceived(OpcUaSubscription s, List<OpcUaMonitoredItem> its, List<DataValue> values) {
        count.addAndGet(values.size());
      }
    });
    subscription.create();
    int ns = client.getNamespaceTable().getIndex(BenchServer.NAMESPACE).intValue();
    List<OpcUaMonitoredItem> monitored = new ArrayList<>();
    for (int d = 1; d <= devices; d++) {
      for (int i = 0; i < items; i++) {
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(
            new NodeId(ns, String.format("Dev%02d/%s", d, BenchServer.path(i))));
        item.setSamplingInterval(period);
        item.setQueueSize(uint(1));
        monitored.add(item);
      }
    }
    subscription.addMonitoredItems(monitored);
    subscription.synchronizeMonitoredItems();
    double rate = measure(count, seconds);
    subscription.delete();
    client.disconnect();
    return rate;
  }

  /** The adapters, with one template of {@code items} signals bound to {@code devices} devices. */
  private static double adapters(BenchServer server, int devices, int items, long period, int seconds,
      Path pki) throws Exception {
    Map<String, SignalMapping> signals = new LinkedHashMap<>();
    for (int i = 0; i < items; i++) {
      String name = String.format("v%03d", i);
      signals.put(name, new SignalMapping(name, BenchServer.path(i), null, ValueType.NUMBER, false, 0, period,
          Deadband.NONE, 1, null, 1.0));
    }
    AdapterConfig config = AdapterConfig.empty()
        .withTemplates(Map.of("bench-device", new DeviceTemplate("bench-device", Map.of(), signals, Map.of())))
        .withEndpoint(EndpointSettings.insecure(server.url()).withPublishingInterval(period));
    for (int d = 1; d <= devices; d++) {
      String device = String.format("Dev%02d", d);
      config = config.withDevice(new DeviceBinding("B/" + device, server.url(), "bench-device",
          "nsu=" + BenchServer.NAMESPACE + ";s=" + device));
    }
    AtomicLong count = new AtomicLong();
    CountDownLatch connected = new CountDownLatch(1);
    try (OpcUaAdapter adapter = new OpcUaAdapter(config, pki)) {
      adapter.addListener(new AdapterListener() {
        @Override
        public void onUpdate(SignalUpdate update) {
          count.incrementAndGet();
        }

        @Override
        public void onConnection(ConnectionEvent event) {
          if (event.state() == ConnectionEvent.State.CONNECTED) {
            connected.countDown();
          } else {
            System.err.println(event.state() + ": " + event.reason());
          }
        }
      });
      adapter.addListener(new AdapterListener() {
        @Override
        public void onProblem(org.zhizao.plc.mapping.MappingProblem problem) {
          System.err.println(problem);
        }
      });
      long startedAt = System.nanoTime();
      adapter.start();
      if (!connected.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the adapters did not connect");
      }
      System.out.printf("adapters connected, resolved and subscribed %d items in %.1f s%n",
          devices * items, (System.nanoTime() - startedAt) / 1e9);
      return measure(count, seconds);
    }
  }

  /** Rate over {@code seconds} after a 3 s warm-up. */
  private static double measure(AtomicLong count, int seconds) throws InterruptedException {
    Thread.sleep(3_000);
    long start = System.nanoTime();
    long before = count.get();
    Thread.sleep(seconds * 1_000L);
    long after = count.get();
    return (after - before) / ((System.nanoTime() - start) / 1e9);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return options;
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private AdapterThroughputBenchmark() {}
}

package org.zhizao.plc.opcua;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.zhizao.plc.mapping.AdapterConfig;
import org.zhizao.plc.mapping.DeviceBinding;
import org.zhizao.plc.mapping.DeviceTemplate;
import org.zhizao.plc.mapping.MappingProblem;

/**
 * The OPC UA client adapters: one connection per endpoint, each device's signals subscribed and
 * reported as {@link SignalUpdate}s, connection changes as {@link ConnectionEvent}s, configuration
 * problems as {@link MappingProblem}s. Commands: {@link #write} a signal, {@link #call} a method.
 *
 * <pre>{@code
 * OpcUaAdapter adapter = new OpcUaAdapter(MappingLoader.load(List.of(file)), Path.of("data/pki"));
 * adapter.addListener(new AdapterListener() {
 *   public void onUpdate(SignalUpdate u) { ... }
 * });
 * adapter.start();
 * CommandResult r = adapter.call("P1/F1/W1/L1/S01/CNC", "startJob",
 *     List.of("JOB-1", "O1001", 20), Duration.ofSeconds(5));
 * adapter.stop();
 * }</pre>
 *
 * <p>A device whose configuration is broken, or whose server cannot be reached, never stops the
 * others: each endpoint connects and recovers on its own, and a bad signal drops only that signal.
 */
public final class OpcUaAdapter implements AutoCloseable {

  private final AdapterConfig config;
  private final Path pkiDir;
  private final Delivery delivery = new Delivery();
  private final Map<String, EndpointConnection> byDevice = new LinkedHashMap<>();
  private final List<EndpointConnection> connections = new ArrayList<>();
  private final Commands commands = new Commands();
  private ScheduledExecutorService scheduler;
  private ClientCertificates certificates;
  private boolean started;
  private boolean stopped;

  /**
   * An adapter for the configuration.
   *
   * @param config endpoints, templates and devices
   * @param pkiDir folder of the client certificate and trust list (see {@link #rejectedCertificates()})
   */
  public OpcUaAdapter(AdapterConfig config, Path pkiDir) {
    this.config = config;
    this.pkiDir = pkiDir;
  }

  /** Registers a listener; register before {@link #start()} to see everything. */
  public void addListener(AdapterListener listener) {
    delivery.addListener(listener);
  }

  /** Removes a listener. */
  public void removeListener(AdapterListener listener) {
    delivery.removeListener(listener);
  }

  /**
   * Reports the configuration's problems and starts connecting every endpoint in the background.
   * Returns at once; watch {@link ConnectionEvent}s to know when devices are connected. An adapter
   * is started once; after {@link #stop()} make a new one.
   */
  public synchronized void start() {
    if (stopped) {
      throw new IllegalStateException("this adapter was stopped; create a new one to connect again");
    }
    if (started) {
      return;
    }
    started = true;
    certificates = ClientCertificates.open(pkiDir);
    config.problems().forEach(delivery::problem);
    Map<String, List<DeviceBinding>> byEndpoint = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (DeviceBinding d : config.devices()) {
      if (valid(d, seen)) {
        byEndpoint.computeIfAbsent(d.endpoint(), k -> new ArrayList<>()).add(d);
      }
    }
    AtomicInteger n = new AtomicInteger();
    scheduler = new ScheduledThreadPoolExecutor(Math.min(8, byEndpoint.size() + 1), r -> {
      Thread t = new Thread(r, "opcua-adapter-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    byEndpoint.forEach((url, devices) -> {
      var connection = new EndpointConnection(config.endpointFor(url), devices,
          config.templates(), certificates, delivery, scheduler);
      connections.add(connection);
      devices.forEach(d -> byDevice.put(d.device(), connection));
    });
    connections.forEach(EndpointConnection::start);
  }

  /** Disconnects every endpoint and stops delivering. */
  public synchronized void stop() {
    if (!started) {
      return;
    }
    connections.forEach(EndpointConnection::stop);
    scheduler.shutdownNow();
    delivery.close();
    started = false;
    stopped = true;
  }

  @Override
  public void close() {
    stop();
  }

  /**
   * Writes a signal's value (scaled back by the signal's scale, converted to the node's type).
   *
   * @return the outcome; never throws for a refusal, a timeout or a lost connection
   */
  public CommandResult write(String device, String signal, Object value, Duration timeout) {
    return commands.write(byDevice.get(device), device, signal, value, timeout);
  }

  /**
   * Calls a device's method (OPC 10000-4 §5.11.2) with the arguments converted to the types the
   * method declares.
   *
   * @return the outcome with the output arguments; never throws for a refusal, a timeout or a lost
   *     connection
   */
  public CommandResult call(String device, String method, List<?> arguments, Duration timeout) {
    return commands.call(byDevice.get(device), device, method, arguments, timeout);
  }

  /**
   * Sets a counter signal's baseline, e.g. the last reading the MES stored, so that parts made
   * while the MES was down are counted on the first reading (see {@link CounterDelta}).
   */
  public void seedCounter(String device, String signal, long lastReading, int bits) {
    delivery.seedCounter(device, signal, lastReading, bits);
  }

  /** Whether the device's endpoint has an active session. */
  public boolean isConnected(String device) {
    EndpointConnection c = byDevice.get(device);
    return c != null && c.isConnected();
  }

  /** The devices that are configured correctly enough to be connected. */
  public synchronized List<String> devices() {
    return List.copyOf(byDevice.keySet());
  }

  /**
   * The folder where unknown server certificates are put; an administrator trusts one by moving it
   * to {@code trusted/certs} beside it, which takes effect on the next connection attempt.
   */
  public Path rejectedCertificates() {
    return pkiDir.resolve("rejected").resolve("certs");
  }

  /** The folder of trusted server certificates. */
  public Path trustedCertificates() {
    return pkiDir.resolve("trusted").resolve("certs");
  }

  private boolean valid(DeviceBinding d, Set<String> seen) {
    String problem = null;
    String field = null;
    DeviceTemplate template = config.templates().get(d.template());
    if (d.device() == null || d.device().isBlank()) {
      field = "device";
      problem = "a device binding has no device code";
    } else if (!seen.add(d.device())) {
      field = "device";
      problem = "device " + d.device() + " is bound twice; the second binding is ignored";
    } else if (d.endpoint() == null || !d.endpoint().matches("^opc\\.tcp://[^:/\\s]+(:\\d{1,5})?(/\\S*)?$")) {
      field = "endpoint";
      problem = d.device() + ": '" + d.endpoint() + "' is not an opc.tcp://host:port/path URL";
    } else if (d.rootNode() == null || !d.rootNode().startsWith("nsu=") || !d.rootNode().contains(";")) {
      field = "rootNode";
      problem = d.device() + ": '" + d.rootNode() + "' is not a node id with namespace URI";
    } else if (template == null) {
      field = "template";
      problem = d.device() + ": unknown template '" + d.template() + "'";
    }
    if (problem != null) {
      delivery.problem(new MappingProblem(null, 0, field, d.device(), problem));
    }
    return problem == null;
  }
}

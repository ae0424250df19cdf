package org.zhizao.plc.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.sdk.client.subscriptions.MonitoredItemSynchronizationException;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.subscriptions.OpcUaSubscription;
import org.eclipse.milo.opcua.sdk.core.typetree.DataTypeTree;
import org.eclipse.milo.opcua.stack.core.NamespaceTable;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.DataChangeTrigger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.DataChangeFilter;
import org.zhizao.plc.mapping.Deadband;
import org.zhizao.plc.mapping.DeviceBinding;
import org.zhizao.plc.mapping.DeviceTemplate;
import org.zhizao.plc.mapping.EndpointSettings;
import org.zhizao.plc.mapping.MappingProblem;
import org.zhizao.plc.opcua.ConnectionEvent.State;

/**
 * One connection to one server and the subscription of all its devices' signals.
 *
 * <p>Recovery, after OPC 10000-4 §6.7: while the channel is down Milo re-opens it and re-activates
 * the session; subscriptions it cannot transfer to the new session ({@code onTransferFailed}, or
 * {@code Bad_Timeout} when the server dropped them) are re-created from scratch, resolving the
 * paths again since a restarted server may number its namespaces differently (Milo issue 1575).
 * If the session stays down longer than {@link #REPLACE_AFTER}, the client is replaced and
 * connecting starts over with our own backoff, so a restarted server is found within seconds rather
 * than after Milo's channel backoff of up to 16 s. All this work runs on the scheduler, never in a
 * Milo callback (Milo issues 852 and 1179).
 */
final class EndpointConnection {

  static final Duration REPLACE_AFTER = Duration.ofSeconds(4);
  private static final long[] BACKOFF_MS = {500, 1_000, 2_000, 3_000};
  private static final Logger LOG = Logger.getLogger(EndpointConnection.class.getName());

  private final EndpointSettings settings;
  private final List<DeviceBinding> devices;
  private final Map<String, DeviceTemplate> templates;
  private final ClientCertificates certificates;
  private final Delivery delivery;
  private final ScheduledExecutorService scheduler;

  private volatile boolean running;
  private volatile OpcUaClient client;
  private volatile OpcUaSubscription subscription;
  private volatile Map<String, ResolvedDevice> resolved = Map.of();
  private volatile List<Delivery.Tracked> tracked = List.of();
  private volatile boolean sessionUp;
  private volatile Instant downSince;
  private int attempt;
  private String lastReason;

  EndpointConnection(EndpointSettings settings, List<DeviceBinding> devices,
      Map<String, DeviceTemplate> templates, ClientCertificates certificates, Delivery delivery,
      ScheduledExecutorService scheduler) {
    this.settings = settings;
    this.devices = List.copyOf(devices);
    this.templates = templates;
    this.certificates = certificates;
    this.delivery = delivery;
    this.scheduler = scheduler;
  }

  void start() {
    running = true;
    scheduler.execute(this::connect);
  }

  synchronized void stop() {
    running = false;
    OpcUaClient c = client;
    client = null;
    if (c != null) {
      try {
        c.disconnectAsync().get(2, TimeUnit.SECONDS);
      } catch (Exception e) {
        LOG.log(Level.FINE, "disconnect of " + settings.url() + " failed", e);
      }
    }
  }

  String url() {
    return settings.url();
  }

  List<String> deviceCodes() {
    return devices.stream().map(DeviceBinding::device).toList();
  }

  boolean isConnected() {
    return sessionUp && client != null;
  }

  OpcUaClient client() {
    return client;
  }

  ResolvedDevice device(String code) {
    return resolved.get(code);
  }

  private synchronized void connect() {
    if (!running || client != null) {
      return;
    }
    OpcUaClient c = null;
    try {
      c = ClientFactory.create(settings, certificates);
      c.connect();
      client = c;
      sessionUp = true;
      c.addSessionActivityListener(new Activity(c));
      build(c);
      attempt = 0;
      lastReason = null;
      downSince = null;
      event(State.CONNECTED, "");
    } catch (Exception | LinkageError e) {
      LOG.log(Level.FINE, "connecting " + settings.url() + " failed", e);
      client = null;
      sessionUp = false;
      if (c != null) {
        c.disconnectAsync();
      }
      String reason = reason(e);
      if (!reason.equals(lastReason)) {
        event(State.LOST, reason);
        lastReason = reason;
      }
      long delay = BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)];
      event(State.RECONNECTING, "next attempt in " + delay + " ms");
      scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
    }
  }

  /** Resolves every device and subscribes its signals on a new subscription. */
  private void build(OpcUaClient c) throws Exception {
    NamespaceTable namespaces = c.readNamespaceTable();
    DataTypeTree types = null;
    try {
      types = c.getDataTypeTree();
    } catch (Exception e) {
      LOG.log(Level.FINE, "no data type tree from " + settings.url(), e);
    }
    DeviceResolver resolver = new DeviceResolver(c, namespaces, types, delivery::problem);
    Map<String, ResolvedDevice> found = new LinkedHashMap<>();
    for (DeviceBinding binding : devices) {
      try {
        resolver.resolve(binding, templates.get(binding.template()))
            .ifPresent(d -> found.put(binding.device(), d));
      } catch (RuntimeException e) {
        delivery.problem(new MappingProblem(null, 0, "rootNode", binding.device(),
            binding.device() + ": cannot resolve: " + e.getMessage()));
      }
    }
    OpcUaSubscription s = new OpcUaSubscription(c, settings.publishingIntervalMs());
    s.setSubscriptionListener(new Listener(c));
    s.create();
    List<Delivery.Tracked> all = new ArrayList<>();
    List<OpcUaMonitoredItem> items = new ArrayList<>();
    for (ResolvedDevice d : found.values()) {
      for (ResolvedDevice.Signal signal : d.signals()) {
        var t = new Delivery.Tracked(signal, delivery.state(signal.device(), signal.mapping().name()));
        OpcUaMonitoredItem item = OpcUaMonitoredItem.newDataItem(signal.nodeId());
        item.setSamplingInterval(signal.mapping().samplingIntervalMs());
        item.setQueueSize(uint(signal.mapping().queueSize()));
        item.setDiscardOldest(true);
        Deadband db = signal.mapping().deadband();
        if (db.kind() != Deadband.Kind.NONE) {
          item.setFilter(new DataChangeFilter(DataChangeTrigger.StatusValue,
              uint(db.kind().ordinal()), db.value()));
        }
        item.setUserObject(t);
        items.add(item);
        all.add(t);
      }
    }
    s.addMonitoredItems(items);
    try {
      s.synchronizeMonitoredItems();
    } catch (MonitoredItemSynchronizationException e) {
      // reported per item below
    }
    List<Delivery.Tracked> live = new ArrayList<>();
    List<OpcUaMonitoredItem> failed = new ArrayList<>();
    for (OpcUaMonitoredItem item : items) {
      var t = (Delivery.Tracked) item.getUserObject().orElseThrow();
      StatusCode result = item.getCreateResult().orElse(StatusCode.BAD);
      if (result.isGood()) {
        live.add(t);
      } else {
        failed.add(item);
        delivery.problem(new MappingProblem(null, 0, "signals." + t.signal().mapping().name(),
            t.signal().device(), t.signal().device() + ": cannot monitor '"
                + t.signal().mapping().location() + "': " + Quality.of(result.value()).name()));
      }
    }
    if (!failed.isEmpty()) {
      s.removeMonitoredItems(failed);
    }
    subscription = s;
    tracked = List.copyOf(live);
    resolved = Map.copyOf(found);
  }

  /** After the session came back: re-create what was lost, and read current values. */
  private synchronized void resume(OpcUaClient c) {
    if (!running || c != client) {
      return;
    }
    try {
      OpcUaSubscription s = subscription;
      if (s == null || s.getSyncState() == OpcUaSubscription.SyncState.INITIAL) {
        rebuild(c);
      } else {
        reread(c);
      }
    } catch (Exception e) {
      LOG.log(Level.WARNING, "resuming " + settings.url() + " failed; retrying", e);
      scheduler.schedule(() -> resume(c), 1, TimeUnit.SECONDS);
    }
  }

  private synchronized void rebuild(OpcUaClient c) throws Exception {
    if (!running || c != client) {
      return;
    }
    OpcUaSubscription old = subscription;
    if (old != null) {
      old.setSubscriptionListener(null);
      old.reset();
    }
    subscription = null;
    build(c); // new monitored items report their current values first (OPC 10000-4 §5.12.1.6)
  }

  /** Reads every signal once, so values changed while disconnected are seen at once. */
  private void reread(OpcUaClient c) throws Exception {
    List<Delivery.Tracked> all = tracked;
    int size = DeviceResolver.limit(c, true);
    for (int i = 0; i < all.size(); i += size) {
      List<Delivery.Tracked> batch = all.subList(i, Math.min(all.size(), i + size));
      List<NodeId> ids = batch.stream().map(t -> t.signal().nodeId()).toList();
      List<DataValue> values = c.readValues(0, TimestampsToReturn.Both, ids);
      delivery.values(batch, values);
    }
  }

  /** Gives up on a client whose session stays down, and starts connecting anew. */
  private synchronized void replaceIfStillDown(OpcUaClient c) {
    if (!running || c != client || sessionUp) {
      return;
    }
    client = null;
    subscription = null;
    c.disconnectAsync();
    attempt = 1;
    lastReason = "connection lost";
    connect();
  }

  private void event(State state, String reason) {
    delivery.connection(new ConnectionEvent(settings.url(), state, reason, deviceCodes(),
        Instant.now()));
  }

  /** A reason an administrator can act on, from the exception chain. */
  private String reason(Throwable e) {
    String status = null;
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (status == null && t instanceof UaException ua) {
        status = Quality.of(ua.getStatusCode().value()).name();
      }
      root = t;
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    if (status != null && (status.contains("Certificate") || status.contains("SecurityChecks"))) {
      return status + ": the server certificate is not trusted; it was put in "
          + certificates.rejectedDir() + ", move it to trusted/certs to trust it (" + message + ")";
    }
    return status == null ? message : status + ": " + message;
  }

  /** Session activity of one client: quality while down, recovery when back. */
  private final class Activity implements SessionActivityListener {
    private final OpcUaClient c;

    Activity(OpcUaClient c) {
      this.c = c;
    }

    @Override
    public void onSessionInactive(UaSession session) {
      if (c != client || !sessionUp) {
        return;
      }
      sessionUp = false;
      downSince = Instant.now();
      event(State.LOST, "connection to the server lost");
      event(State.RECONNECTING, "reconnecting");
      delivery.notConnected(tracked);
      scheduler.schedule(() -> replaceIfStillDown(c), REPLACE_AFTER.toMillis(),
          TimeUnit.MILLISECONDS);
    }

    @Override
    public void onSessionActive(UaSession session) {
      if (c != client || sessionUp) {
        return;
      }
      sessionUp = true;
      downSince = null;
      event(State.CONNECTED, "");
      scheduler.execute(() -> resume(c));
    }
  }

  /** Subscription events: data to the delivery thread, lost subscriptions re-created. */
  private final class Listener implements OpcUaSubscription.SubscriptionListener {
    private final OpcUaClient c;

    Listener(OpcUaClient c) {
      this.c = c;
    }

    @Override
    public void onDataReceived(OpcUaSubscription s, List<OpcUaMonitoredItem> items,
        List<DataValue> values) {
      List<Delivery.Tracked> signals = new ArrayList<>(items.size());
      for (OpcUaMonitoredItem item : items) {
        signals.add((Delivery.Tracked) item.getUserObject().orElseThrow());
      }
      delivery.values(signals, values);
    }

    @Override
    public void onTransferFailed(OpcUaSubscription s, StatusCode status) {
      scheduler.execute(() -> resume(c));
    }

    @Override
    public void onStatusChanged(OpcUaSubscription s, StatusCode status) {
      if (status.value() == StatusCodes.Bad_Timeout) {
        s.reset();
        scheduler.execute(() -> resume(c));
      }
    }
  }
}

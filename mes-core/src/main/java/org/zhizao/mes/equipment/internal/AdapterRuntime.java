package org.zhizao.mes.equipment.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.event.TransactionalEventListener;
import org.zhizao.mes.plant.PlantModelImported;
import org.zhizao.plc.mapping.AdapterConfig;
import org.zhizao.plc.mapping.DefaultTemplates;
import org.zhizao.plc.mapping.DeviceBinding;
import org.zhizao.plc.mapping.DeviceTemplate;
import org.zhizao.plc.mapping.SignalMapping;
import org.zhizao.plc.mapping.MappingProblem;
import org.zhizao.plc.opcua.AdapterListener;
import org.zhizao.plc.opcua.CommandResult;
import org.zhizao.plc.opcua.ConnectionEvent;
import org.zhizao.plc.opcua.OpcUaAdapter;
import org.zhizao.plc.opcua.SignalUpdate;
import org.zhizao.plc.simulator.PlantSimulator;

/**
 * Connects the server to every device bound in the plant model, once the application is ready and again
 * after a plant import. With the in-process simulator the bindings in its namespace are redirected to it.
 * Counters continue from the readings stored with the last counts, so parts made while the server was down
 * are counted once.
 */
@Configuration
@EnableConfigurationProperties(EquipmentProperties.class)
public class AdapterRuntime implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AdapterRuntime.class);

    private final DeviceDirectory directory;
    private final Ingestion ingestion;
    private final HistoryWriter writer;
    private final EquipmentProperties properties;
    private final Optional<InProcessSimulator> simulator;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private ScheduledExecutorService flusher;
    private volatile OpcUaAdapter adapter;
    private volatile boolean running;
    private final java.util.concurrent.atomic.AtomicLong delivered = new java.util.concurrent.atomic.AtomicLong();

    AdapterRuntime(DeviceDirectory directory, Ingestion ingestion, HistoryWriter writer, EquipmentProperties properties,
            ObjectProvider<InProcessSimulator> simulator, JdbcTemplate jdbc, Clock clock) {
        this.directory = directory;
        this.ingestion = ingestion;
        this.writer = writer;
        this.properties = properties;
        this.simulator = Optional.ofNullable(simulator.getIfAvailable());
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        running = true;
        ingestion.start();
        flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "equipment-history");
            t.setDaemon(true);
            return t;
        });
        long every = properties.equipment().flushMillis();
        flusher.scheduleWithFixedDelay(() -> writer.flush(ingestion.pending()), every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        running = false;
        disconnect();
        ingestion.stop();
        if (flusher != null) {
            flusher.shutdown();
            try {
                flusher.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writer.flush(ingestion.pending());
        }
        simulator.ifPresent(InProcessSimulator::stop);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private volatile boolean ready;

    @EventListener(ApplicationReadyEvent.class)
    public void applicationReady() {
        ready = true;
        connect();
    }

    /** A plant imported while the server runs replaces the connections; one imported at start-up waits. */
    @TransactionalEventListener
    public void plantImported(PlantModelImported event) {
        if (ready) {
            connect();
        }
    }

    /** (Re)connects to the bound devices of the current plant model. */
    public synchronized void connect() {
        if (!running) {
            return;
        }
        disconnect();
        Optional<String> simulatorUrl = Optional.empty();
        String simulatorNamespace = null;
        if (properties.simulator().enabled() && simulator.isPresent()) {
            try {
                PlantSimulator sim = simulator.get().start();
                simulatorUrl = Optional.of(sim.endpointUrl());
                simulatorNamespace = "nsu=" + sim.namespaceUri() + ";";
            } catch (RuntimeException e) {
                // e.g. its port is taken: the server runs on, its devices stay Offline
                log.error("The plant simulator could not start; devices connect to their bindings: {}", e.toString());
            }
        }
        Map<String, DeviceDirectory.Device> devices = directory.reload();
        writer.closeOpenIntervals(clock.instant());
        ingestion.accept(new Ingestion.Reset(devices));
        if (!properties.equipment().connect() || devices.isEmpty()) {
            return;
        }
        AdapterConfig config = AdapterConfig.empty().withTemplates(templates());
        java.util.Set<String> endpoints = new java.util.LinkedHashSet<>();
        for (DeviceDirectory.Device d : devices.values()) {
            String endpoint = simulatorUrl.isPresent() && d.rootNode().startsWith(simulatorNamespace)
                    ? simulatorUrl.get() : d.endpoint();
            endpoints.add(endpoint);
            config = config.withDevice(new DeviceBinding(d.code(), endpoint, d.template(), d.rootNode()));
        }
        for (String url : endpoints) {
            config = config.withEndpoint(config.endpointFor(url)
                    .withPublishingInterval(properties.equipment().publishingIntervalMillis()));
        }
        OpcUaAdapter fresh = new OpcUaAdapter(config, Path.of(properties.equipment().pkiDir()));
        fresh.addListener(new AdapterListener() {
            @Override
            public void onUpdate(SignalUpdate update) {
                delivered.incrementAndGet();
                ingestion.accept(update);
            }

            @Override
            public void onConnection(ConnectionEvent event) {
                log.info("OPC UA {} {} {}", event.endpoint(), event.state(), event.reason());
                ingestion.accept(event);
            }

            @Override
            public void onProblem(MappingProblem problem) {
                log.warn("OPC UA mapping problem: {}", problem);
            }
        });
        seedCounters(fresh);
        fresh.start();
        adapter = fresh;
        log.info("Connecting {} bound devices", devices.size());
    }

    private Map<String, DeviceTemplate> templates() {
        Map<String, DeviceTemplate> templates = DefaultTemplates.load();
        double max = properties.equipment().maxSamplingMillis();
        if (max <= 0) {
            return templates;
        }
        Map<String, DeviceTemplate> faster = new java.util.LinkedHashMap<>();
        templates.forEach((name, t) -> {
            Map<String, SignalMapping> signals = new java.util.LinkedHashMap<>();
            t.signals().forEach((k, m) -> signals.put(k, m.samplingIntervalMs() > max || m.samplingIntervalMs() <= 0
                    ? m.withSamplingInterval(max) : m));
            faster.put(name, new DeviceTemplate(t.name(), t.namespaces(), signals, t.methods()));
        });
        return faster;
    }

    /** Updates the adapters delivered since start. */
    public long delivered() {
        return delivered.get();
    }

    private void seedCounters(OpcUaAdapter target) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT equipment_code, signal_name, last_value, bits FROM equipment_counter_reading");
        for (Map<String, Object> r : rows) {
            target.seedCounter((String) r.get("equipment_code"), (String) r.get("signal_name"),
                    ((Number) r.get("last_value")).longValue(), ((Number) r.get("bits")).intValue());
        }
    }

    private void disconnect() {
        OpcUaAdapter old = adapter;
        adapter = null;
        if (old != null) {
            old.stop();
            ingestion.drain();
            // what was counted before the disconnect is stored before a new adapter seeds its counters
            writer.flush(ingestion.pending());
        }
    }

    /** Calls a device's method through the adapter; a failed result when not connected. */
    CommandResult call(String device, String method, List<?> args) {
        OpcUaAdapter a = adapter;
        if (a == null) {
            return new CommandResult(false, "Bad_NotConnected", device + " is not connected", List.of());
        }
        return a.call(device, method, args, Duration.ofMillis(properties.equipment().commandTimeoutMillis()));
    }

    /** Whether the server talks to devices at all (off with {@code zhizao.equipment.connect=false}). */
    public boolean connects() {
        return adapter != null;
    }

    /** Stores pending history now (tests, shutdown). */
    public boolean flushNow() {
        ingestion.drain();
        return writer.flush(ingestion.pending());
    }
}

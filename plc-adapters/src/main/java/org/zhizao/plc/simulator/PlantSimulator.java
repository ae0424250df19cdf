package org.zhizao.plc.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhizao.plc.simulator.device.DeviceBehaviour;
import org.zhizao.plc.simulator.device.PlantModel;
import org.zhizao.plc.simulator.device.SimulatedDevice;
import org.zhizao.plc.simulator.plant.PlantFileReader;
import org.zhizao.plc.simulator.plant.SimulatedPlant;
import org.zhizao.plc.simulator.security.UserRegistry;
import org.zhizao.plc.simulator.server.ServerSettings;
import org.zhizao.plc.simulator.server.SimulatorServer;

/**
 * The plant simulator: a real OPC UA server (Eclipse Milo) serving the devices of a plant file,
 * which run jobs, count parts, draw power, break down and drive missions in simulated time.
 *
 * <pre>{@code
 * PlantSimulator simulator = PlantSimulator.builder()
 *     .plant(Path.of("demo-park.yaml"))
 *     .port(4840)          // 0: a free port, see port()
 *     .seed(42)
 *     .timeFactor(10)
 *     .build()
 *     .start();
 * ...
 * simulator.stop();
 * }</pre>
 *
 * <p>Each tick advances the plant by a fixed step of simulated time (tick interval × time factor),
 * so a seed gives the same sequence of events whatever the machine's load. The devices keep running
 * while the server is stopped by {@link FaultInjection#stopServer()}.
 */
public final class PlantSimulator implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PlantSimulator.class);

  private final SimulatedPlant plant;
  private final PlantModel model;
  private final ServerSettings settings;
  private final SimulationClock clock;
  private final Object serverLock = new Object();
  private volatile SimulatorServer server;

  private PlantSimulator(Builder b, SimulatedPlant plant, ServerSettings settings) {
    this.plant = plant;
    this.model = new PlantModel(plant, b.behaviour, b.seed);
    this.settings = settings;
    this.clock = new SimulationClock(model, b.tickInterval, b.timeFactor, () -> server);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts the OPC UA server and the simulation clock. */
  public PlantSimulator start() {
    synchronized (serverLock) {
      if (clock.running()) {
        return this;
      }
      startServer();
      clock.start();
      LOG.info("Plant simulator serves {} devices ({} variables) at {}",
          model.devices().size(), server.variableCount(), endpointUrl());
      return this;
    }
  }

  /** Stops the clock and the server. */
  public void stop() {
    synchronized (serverLock) {
      clock.stop();
      stopServer();
    }
  }

  @Override
  public void close() {
    stop();
  }

  void startServer() {
    synchronized (serverLock) {
      if (server != null) {
        return;
      }
      try {
        server = SimulatorServer.start(settings, model, plant.namespaceUri());
      } catch (Exception e) {
        throw new IllegalStateException("the plant simulator cannot start on port " + settings.port(), e);
      }
    }
  }

  void stopServer() {
    synchronized (serverLock) {
      if (server != null) {
        server.stop();
        server = null;
      }
    }
  }

  /** The TCP port the server listens on (chosen at build time when 0 was asked for). */
  public int port() {
    return settings.port();
  }

  /** The endpoint URL under localhost (or the first host name), e.g. {@code opc.tcp://localhost:4840/zhizao}. */
  public String endpointUrl() {
    String host = settings.hostnames().contains("localhost")
        ? "localhost"
        : settings.hostnames().iterator().next();
    return "opc.tcp://" + host + ":" + settings.port() + settings.path();
  }

  /** {@code urn:zhizao:plant-simulator}: the namespace of every node id the simulator serves. */
  public String namespaceUri() {
    return plant.namespaceUri();
  }

  /** Codes of the simulated devices, in plant-file order. */
  public List<String> deviceCodes() {
    return model.devices().stream().map(SimulatedDevice::code).toList();
  }

  /** Whether the OPC UA server is up (it is down between stopServer and restartServer). */
  public boolean serverRunning() {
    return server != null;
  }

  /** Simulated seconds since the start. */
  public double simulatedSeconds() {
    return model.simulatedSeconds();
  }

  /** Runs a query against a device's model under the plant lock, e.g. to compare with what a client read. */
  public <R> R inspect(String deviceCode, Function<SimulatedDevice, R> query) {
    SimulatedDevice device =
        model.device(deviceCode).orElseThrow(() -> new IllegalArgumentException("no device " + deviceCode));
    synchronized (model.lock()) {
      return query.apply(device);
    }
  }

  /** The fault injection API of this simulator. */
  public FaultInjection faults() {
    return new SimulatorFaults(this);
  }

  /** Configures a {@link PlantSimulator}; only the plant is required. */
  public static final class Builder {

    private Supplier<SimulatedPlant> plant;
    private int port = 4840;
    private String bindAddress = "0.0.0.0";
    private String path = "/zhizao";
    private final Set<String> hostnames = new LinkedHashSet<>();
    private long seed = 42;
    private double timeFactor = 1;
    private Duration tickInterval = Duration.ofMillis(100);
    private DeviceBehaviour behaviour = DeviceBehaviour.defaults();
    private Path securityDir = Path.of("data", "plant-simulator", "security");
    private char[] keyStorePassword = "zhizao-plant-simulator".toCharArray();
    private UserRegistry users = UserRegistry.none();
    private boolean allowAnonymous = true;

    private Builder() {}

    /** The plant file (format {@code zhizao-plant/1}). */
    public Builder plant(Path file) {
      this.plant = () -> PlantFileReader.read(file);
      return this;
    }

    /** The plant file as a stream; read at {@link #build()}. */
    public Builder plant(InputStream in, String name) {
      this.plant = () -> PlantFileReader.read(in, name);
      return this;
    }

    /** TCP port; 0 picks a free one (kept across server restarts). Default 4840. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Address to bind; default 0.0.0.0. */
    public Builder bindAddress(String address) {
      this.bindAddress = address;
      return this;
    }

    /** Endpoint path; default {@code /zhizao}. */
    public Builder path(String path) {
      this.path = path.startsWith("/") ? path : "/" + path;
      return this;
    }

    /** Adds a host name to advertise endpoints under; default localhost and the machine's name. */
    public Builder hostname(String hostname) {
      this.hostnames.add(hostname);
      return this;
    }

    /** Seed of all random behaviour; default 42. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Simulated seconds per real second; default 1. */
    public Builder timeFactor(double factor) {
      if (factor <= 0) {
        throw new IllegalArgumentException("the time factor must be positive");
      }
      this.timeFactor = factor;
      return this;
    }

    /** Real time between two simulation steps; default 100 ms. */
    public Builder tickInterval(Duration interval) {
      this.tickInterval = interval;
      return this;
    }

    /** Device behaviour: scrap rate, MTBF, MTTR, micro-stops, cycle times, demo jobs. */
    public Builder behaviour(DeviceBehaviour behaviour) {
      this.behaviour = behaviour;
      return this;
    }

    /** Directory of the key store and PKI folders; default {@code data/plant-simulator/security}. */
    public Builder securityDir(Path dir) {
      this.securityDir = dir;
      return this;
    }

    /** Password of the PKCS12 key store holding the server's private key. */
    public Builder keyStorePassword(char[] password) {
      this.keyStorePassword = password.clone();
      return this;
    }

    /** Users allowed to open sessions with a user name and password. */
    public Builder users(UserRegistry users) {
      this.users = users;
      return this;
    }

    /** The documented demo users (see {@code demo-users.properties}); for demos and tests only. */
    public Builder demoUsers() {
      this.users = UserRegistry.demo();
      return this;
    }

    /** Whether anonymous sessions are allowed; default true. */
    public Builder allowAnonymous(boolean allow) {
      this.allowAnonymous = allow;
      return this;
    }

    /** Reads the plant and prepares the simulator; {@link PlantSimulator#start()} starts it. */
    public PlantSimulator build() {
      if (plant == null) {
        throw new IllegalStateException("a plant file is required");
      }
      Set<String> hosts = new LinkedHashSet<>(hostnames);
      if (hosts.isEmpty()) {
        hosts.add("localhost");
        hosts.add(HostnameUtil.getHostname());
      }
      int boundPort = port == 0 ? freePort(bindAddress) : port;
      ServerSettings settings =
          new ServerSettings(
              bindAddress, boundPort, path, hosts, securityDir, keyStorePassword, users, allowAnonymous);
      return new PlantSimulator(this, plant.get(), settings);
    }

    private static int freePort(String bindAddress) {
      try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(bindAddress))) {
        socket.setReuseAddress(true);
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException("no free port", e);
      }
    }
  }
}

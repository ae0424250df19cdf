package org.zhizao.plc.simulator;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zhizao.plc.simulator.device.PlantModel;
import org.zhizao.plc.simulator.server.SimulatorServer;

/**
 * Ticks the plant model: every tick interval it advances the plant by a fixed step of simulated time
 * (interval × time factor), then brings the server's nodes up to date. A fixed step, rather than the
 * real time elapsed, keeps a seeded run the same whatever the machine's load.
 */
final class SimulationClock {

  private static final Logger LOG = LoggerFactory.getLogger(SimulationClock.class);

  private final PlantModel model;
  private final Duration interval;
  private final double timeFactor;
  private final Supplier<SimulatorServer> server;
  private ScheduledExecutorService ticker;

  SimulationClock(PlantModel model, Duration interval, double timeFactor, Supplier<SimulatorServer> server) {
    this.model = model;
    this.interval = interval;
    this.timeFactor = timeFactor;
    this.server = server;
  }

  synchronized boolean running() {
    return ticker != null;
  }

  synchronized void start() {
    if (ticker != null) {
      return;
    }
    ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "plant-simulator-tick");
      thread.setDaemon(true);
      return thread;
    });
    long period = interval.toMillis();
    // fixed delay, not fixed rate: after a stall the clock lags rather than bursting through the
    // missed ticks, so clients never see a burst of changes faster than they sample
    ticker.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
  }

  synchronized void stop() {
    if (ticker != null) {
      ticker.shutdownNow();
      ticker = null;
    }
  }

  private void tick() {
    try {
      model.advance(interval.toMillis() / 1000.0 * timeFactor);
      SimulatorServer current = server.get();
      if (current != null) {
        synchronized (model.lock()) {
          current.publish();
        }
      }
    } catch (RuntimeException e) {
      // a failed tick must not end the clock
      LOG.warn("Simulation tick failed", e);
    }
  }
}

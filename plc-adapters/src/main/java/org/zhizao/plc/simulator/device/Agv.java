package org.zhizao.plc.simulator.device;

import java.util.ArrayList;
import java.util.List;
import org.zhizao.plc.simulator.device.DeviceCommandRejected.Reason;
import org.zhizao.plc.simulator.plant.AgvSpec;
import org.zhizao.plc.simulator.plant.Point;
import org.zhizao.plc.simulator.plant.WorkshopLayout;
import org.zhizao.plc.simulator.route.PathNetwork;
import org.zhizao.plc.simulator.route.Route;

/**
 * An AGV driving transport missions along its workshop's paths, speeding up to its maximum speed
 * and braking before it stops (0.5 m/s²), loading and unloading at stations, draining and
 * recharging its battery, and breaking down now and then.
 */
public final class Agv extends SimulatedDevice {

  private static final double DRIVE_DRAIN = 100.0 / (6 * 3600); // % per second: 6 h of driving
  private static final double IDLE_DRAIN = 100.0 / (48 * 3600);
  private static final double CHARGE_RATE = 100.0 / 3600; // % per second: 1 h to full
  private static final double CHARGE_BELOW = 20;
  private static final double DISPATCH_MINIMUM = 10;
  /** m/s²: a loaded AGV speeds up and brakes gently, so loads do not slide. */
  private static final double ACCELERATION = 0.5;
  private static final double CREEP_SPEED = 0.1;

  private final WorkshopLayout workshop;
  private final PathNetwork network;
  private final double maxSpeed;
  private final FailureClock failures;
  private Point position;
  private double heading;
  private double speed;
  private double battery = 80;
  private AgvState state = AgvState.IDLE;
  private AgvMission mission;
  private Route route;
  private double loadingLeft;
  private long missionsCompleted;
  private long demoMissions;
  private double idleLeft;
  private Point pendingDestination;

  public Agv(AgvSpec spec, WorkshopLayout workshop, DeviceBehaviour behaviour, long seed) {
    super(spec.code(), spec.rootNodeId(), spec.identification(), behaviour, seed);
    this.workshop = workshop;
    this.network = new PathNetwork(workshop.paths().values());
    this.maxSpeed = spec.maxSpeed() > 0 ? spec.maxSpeed() : 1;
    this.failures = new FailureClock(behaviour, random);
    List<Point> home = workshop.paths().get(spec.homePath());
    this.position = home.get(0);
    this.heading = new PathNetwork(List.of(home)).route(home.get(0), home.get(1)).heading();
    this.battery = 60 + random.nextDouble() * 35;
    this.idleLeft = random.nextDouble() * 60;
  }

  /**
   * Dispatches a transport mission between two locations: station codes, full ({@code
   * P1/F1/W1/L1/S01}) or within the workshop ({@code L1/S01}), or an equipment code at a station.
   */
  public void dispatch(String missionId, String source, String destination) {
    if (missionId == null || missionId.isBlank()) {
      throw new DeviceCommandRejected(Reason.INVALID_ARGUMENT, "MissionId is empty");
    }
    Point from = locate(source);
    Point to = locate(destination);
    if (state == AgvState.ERROR) {
      throw new DeviceCommandRejected(Reason.INVALID_STATE, "the AGV is in error");
    }
    if (mission != null && mission.phase() != AgvMission.Phase.COMPLETED) {
      throw new DeviceCommandRejected(
          Reason.INVALID_STATE, "mission " + mission.identifier() + " is not finished");
    }
    if (battery < DISPATCH_MINIMUM) {
      throw new DeviceCommandRejected(Reason.INVALID_STATE, "battery too low to drive");
    }
    mission = new AgvMission(missionId, source, destination);
    route = network.route(position, from);
    // the route from the source to the destination is planned on arrival at the source
    pendingDestination = to;
    state = AgvState.DRIVING;
  }

  /** The floor point of a location in the workshop frame. */
  public Point locate(String location) {
    if (location == null || location.isBlank()) {
      throw new DeviceCommandRejected(Reason.INVALID_ARGUMENT, "a location is empty");
    }
    String local = location.startsWith(workshop.code() + "/")
        ? location.substring(workshop.code().length() + 1)
        : location;
    Point station = workshop.stations().get(local);
    if (station == null && local.contains("/")) {
      station = workshop.stations().get(local.substring(0, local.lastIndexOf('/')));
    }
    if (station == null) {
      throw new DeviceCommandRejected(
          Reason.INVALID_ARGUMENT, "unknown location '" + location + "' in workshop " + workshop.code());
    }
    return network.nearest(station);
  }

  @Override
  protected void step(double seconds) {
    if (state != AgvState.DRIVING) {
      speed = 0;
    }
    if (state == AgvState.ERROR) {
      if (failures.repairing(seconds)) {
        clearAlarm();
        state = mission != null && mission.phase() != AgvMission.Phase.COMPLETED
            ? resumeState()
            : AgvState.IDLE;
      }
      return;
    }
    switch (state) {
      case DRIVING -> drive(seconds);
      case LOADING -> load(seconds);
      case CHARGING -> charge(seconds);
      case IDLE -> idle(seconds);
      default -> { }
    }
  }

  private AgvState resumeState() {
    return mission.phase() == AgvMission.Phase.LOADING || mission.phase() == AgvMission.Phase.UNLOADING
        ? AgvState.LOADING
        : AgvState.DRIVING;
  }

  private void drive(double seconds) {
    if (failures.operate(seconds)) {
      brokeDown();
      return;
    }
    // speed up to maxSpeed, and brake in time to stop at the end of the route
    double braking = Math.sqrt(2 * ACCELERATION * route.remaining());
    speed = Math.max(CREEP_SPEED, Math.min(maxSpeed, Math.min(speed + ACCELERATION * seconds, braking)));
    double driven = route.drive(speed * seconds);
    position = route.position();
    double h = route.heading();
    if (!Double.isNaN(h)) {
      heading = h;
    }
    battery = Math.max(0, battery - DRIVE_DRAIN * driven / maxSpeed);
    if (route.finished()) {
      speed = 0;
      state = AgvState.LOADING;
      loadingLeft = noisy(behaviour.agvLoadingSeconds(), 0.1);
      mission.phase(
          mission.phase() == AgvMission.Phase.TO_SOURCE
              ? AgvMission.Phase.LOADING
              : AgvMission.Phase.UNLOADING);
    }
  }

  private void load(double seconds) {
    loadingLeft -= seconds;
    battery = Math.max(0, battery - IDLE_DRAIN * seconds);
    if (loadingLeft > 0) {
      return;
    }
    if (mission.phase() == AgvMission.Phase.LOADING) {
      mission.phase(AgvMission.Phase.TO_DESTINATION);
      route = network.route(position, pendingDestination);
      state = AgvState.DRIVING;
    } else {
      mission.phase(AgvMission.Phase.COMPLETED);
      missionsCompleted++;
      state = AgvState.IDLE;
      idleLeft = 20 + random.nextDouble() * 60;
    }
  }

  private void idle(double seconds) {
    battery = Math.max(0, battery - IDLE_DRAIN * seconds);
    if (battery < CHARGE_BELOW) {
      state = AgvState.CHARGING;
      return;
    }
    if (behaviour.autoJobs()) {
      idleLeft -= seconds;
      if (idleLeft <= 0) {
        startDemoMission();
      }
    }
  }

  private void charge(double seconds) {
    battery = Math.min(100, battery + CHARGE_RATE * seconds);
    if (battery >= 95) {
      state = AgvState.IDLE;
    }
  }

  private void startDemoMission() {
    List<String> stations = new ArrayList<>(workshop.stations().keySet());
    stations.sort(null);
    if (stations.size() < 2) {
      idleLeft = Double.MAX_VALUE;
      return;
    }
    String from = stations.get(random.nextInt(stations.size()));
    String to;
    do {
      to = stations.get(random.nextInt(stations.size()));
    } while (to.equals(from));
    demoMissions++;
    dispatch("DEMO-" + demoMissions, from, to);
  }

  private void brokeDown() {
    state = AgvState.ERROR;
    raiseAlarm(700, "E0412", "Obstacle detected: safety scanner stop");
  }

  @Override
  public void breakDown() {
    if (!failures.broken()) {
      failures.breakDown();
      brokeDown();
    }
  }

  @Override
  public void repair() {
    if (failures.broken()) {
      failures.repair();
      clearAlarm();
      state = mission != null && mission.phase() != AgvMission.Phase.COMPLETED
          ? resumeState()
          : AgvState.IDLE;
    }
  }

  @Override
  protected double power() {
    return switch (state) {
      case DRIVING -> 1.2;
      case LOADING -> 0.8;
      case CHARGING -> 3.0;
      default -> 0.15;
    };
  }

  public Point position() {
    return position;
  }

  /** degrees counter-clockwise from east (the workshop's x axis), 0..360 */
  public double heading() {
    return heading;
  }

  /** m/s */
  public double speed() {
    return speed;
  }

  /** state of charge, percent */
  public double battery() {
    return battery;
  }

  public AgvState state() {
    return state;
  }

  /** The current (or last) mission, or null before the first. */
  public AgvMission mission() {
    return mission;
  }

  public long missionsCompleted() {
    return missionsCompleted;
  }

  public double maxSpeed() {
    return maxSpeed;
  }
}

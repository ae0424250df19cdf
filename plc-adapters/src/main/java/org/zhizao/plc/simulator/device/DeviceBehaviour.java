package org.zhizao.plc.simulator.device;

/**
 * How simulated devices behave; all durations are simulated seconds.
 *
 * @param scrapRate share of parts made bad (0..1)
 * @param mtbfSeconds mean operating time between breakdowns (exponential); 0 disables breakdowns
 * @param mttrSeconds mean time to repair a breakdown (exponential)
 * @param microStopIntervalSeconds mean operating time between micro-stops; 0 disables them
 * @param microStopMaxSeconds longest micro-stop (durations are uniform from 5 s to this)
 * @param cycleTimeSeconds nominal CNC cycle time; each program scales it, each cycle adds noise
 * @param cycleTimeNoise relative standard deviation of cycle times
 * @param setupSeconds CNC setup time before a job's first part
 * @param robotCycleSeconds nominal robot cycle time
 * @param stationDesignSpeed PackML station design speed, parts per minute
 * @param agvLoadingSeconds time an AGV spends loading or unloading
 * @param autoJobs whether idle CNC machines and AGVs get demo jobs and missions by themselves
 */
public record DeviceBehaviour(
    double scrapRate,
    double mtbfSeconds,
    double mttrSeconds,
    double microStopIntervalSeconds,
    double microStopMaxSeconds,
    double cycleTimeSeconds,
    double cycleTimeNoise,
    double setupSeconds,
    double robotCycleSeconds,
    double stationDesignSpeed,
    double agvLoadingSeconds,
    boolean autoJobs) {

  /** A plausible plant: 2 % scrap, a breakdown every 4 h lasting 15 min, a micro-stop every 20 min. */
  public static DeviceBehaviour defaults() {
    return new DeviceBehaviour(0.02, 4 * 3600, 900, 1200, 45, 45, 0.05, 60, 18, 6, 15, true);
  }

  /** The same without random breakdowns and micro-stops, for tests that need a steady plant. */
  public DeviceBehaviour steady() {
    return new DeviceBehaviour(
        scrapRate, 0, mttrSeconds, 0, microStopMaxSeconds, cycleTimeSeconds, cycleTimeNoise,
        setupSeconds, robotCycleSeconds, stationDesignSpeed, agvLoadingSeconds, autoJobs);
  }

  /** The same with demo jobs and missions switched on or off. */
  public DeviceBehaviour withAutoJobs(boolean on) {
    return new DeviceBehaviour(
        scrapRate, mtbfSeconds, mttrSeconds, microStopIntervalSeconds, microStopMaxSeconds,
        cycleTimeSeconds, cycleTimeNoise, setupSeconds, robotCycleSeconds, stationDesignSpeed,
        agvLoadingSeconds, on);
  }

  /** The same with another scrap rate. */
  public DeviceBehaviour withScrapRate(double rate) {
    return new DeviceBehaviour(
        rate, mtbfSeconds, mttrSeconds, microStopIntervalSeconds, microStopMaxSeconds,
        cycleTimeSeconds, cycleTimeNoise, setupSeconds, robotCycleSeconds, stationDesignSpeed,
        agvLoadingSeconds, autoJobs);
  }

  /** The same with another mean time between failures and to repair. */
  public DeviceBehaviour withBreakdowns(double mtbf, double mttr) {
    return new DeviceBehaviour(
        scrapRate, mtbf, mttr, microStopIntervalSeconds, microStopMaxSeconds, cycleTimeSeconds,
        cycleTimeNoise, setupSeconds, robotCycleSeconds, stationDesignSpeed, agvLoadingSeconds,
        autoJobs);
  }
}

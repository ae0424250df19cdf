package org.zhizao.plc.simulator.device;

import java.util.List;
import org.zhizao.plc.simulator.device.DeviceCommandRejected.Reason;
import org.zhizao.plc.simulator.plant.DeviceSpec;

/**
 * A CNC machine tool (OPC 40501-1 / OPC 40001-1): runs jobs part by part with noisy cycle times,
 * counts parts on lifetime counters that never reset, breaks down and stops briefly.
 */
public final class CncMachineTool extends SimulatedDevice {

  private static final List<String> DEMO_PROGRAMS =
      List.of("O1001-SHAFT", "O2002-FLANGE", "O3003-HOUSING", "O4004-BRACKET");
  private static final List<String[]> BREAKDOWNS =
      List.of(
          new String[] {"E2041", "Spindle drive fault"},
          new String[] {"E3102", "Tool breakage detected"},
          new String[] {"E1507", "Coolant pressure low"});

  private final double ratedPowerKw;
  private final FailureClock failures;
  private final MicroStops microStops;
  private ProductionJob job;
  private long partsProduced;
  private long partsGood;
  private long partsBad;
  private double setupLeft;
  private double cycleLeft;
  private double idleLeft;
  private long demoJobs;
  private double spindleSpeed;
  private double spindleLoad;
  private double feedOverride = 100;

  public CncMachineTool(DeviceSpec spec, DeviceBehaviour behaviour, long seed) {
    super(spec.code(), spec.rootNodeId(), spec.identification(), behaviour, seed);
    this.ratedPowerKw = spec.ratedPowerKw() > 0 ? spec.ratedPowerKw() : 15;
    this.failures = new FailureClock(behaviour, random);
    this.microStops = new MicroStops(behaviour, random);
    this.idleLeft = random.nextDouble() * 120;
  }

  /**
   * Stores a job and starts it (OPC 40001-3 StoreAndStart, simplified to program and quantity).
   *
   * @throws DeviceCommandRejected when an argument is missing or a job is already running
   */
  public void storeAndStart(String jobIdentifier, String programName, long quantity) {
    if (jobIdentifier == null || jobIdentifier.isBlank()) {
      throw new DeviceCommandRejected(Reason.INVALID_ARGUMENT, "JobIdentifier is empty");
    }
    if (programName == null || programName.isBlank()) {
      throw new DeviceCommandRejected(Reason.INVALID_ARGUMENT, "ProgramName is empty");
    }
    if (quantity <= 0) {
      throw new DeviceCommandRejected(Reason.INVALID_ARGUMENT, "Quantity must be at least 1");
    }
    if (failures.broken()) {
      throw new DeviceCommandRejected(Reason.INVALID_STATE, "the machine is out of service");
    }
    if (job != null && job.running()) {
      throw new DeviceCommandRejected(
          Reason.INVALID_STATE, "job " + job.identifier() + " is still running");
    }
    job = new ProductionJob(jobIdentifier, programName, quantity);
    setupLeft = noisy(behaviour.setupSeconds(), 0.1);
    cycleLeft = nextCycleTime();
  }

  /** Stops the running job; it stays the active program, Interrupted. */
  public void stop(String jobIdentifier) {
    ProductionJob running = runningJob(jobIdentifier);
    running.stopByOperator();
    setupLeft = 0;
  }

  /** Cancels the active job; it ends Aborted. */
  public void cancel(String jobIdentifier) {
    if (job == null || job.state() == ProgramState.ENDED || job.state() == ProgramState.ABORTED) {
      throw new DeviceCommandRejected(Reason.INVALID_STATE, "no active job to cancel");
    }
    matching(jobIdentifier);
    job.state(ProgramState.ABORTED);
    setupLeft = 0;
  }

  private ProductionJob runningJob(String jobIdentifier) {
    if (job == null || !job.running()) {
      throw new DeviceCommandRejected(Reason.INVALID_STATE, "no job is running");
    }
    return matching(jobIdentifier);
  }

  private ProductionJob matching(String jobIdentifier) {
    if (jobIdentifier != null && !jobIdentifier.isBlank() && !jobIdentifier.equals(job.identifier())) {
      throw new DeviceCommandRejected(
          Reason.INVALID_ARGUMENT, "the active job is " + job.identifier() + ", not " + jobIdentifier);
    }
    return job;
  }

  @Override
  protected void step(double seconds) {
    if (failures.broken()) {
      if (failures.repairing(seconds)) {
        repaired();
      }
    } else if (job != null && job.running()) {
      run(seconds);
    } else if (behaviour.autoJobs()) {
      idleLeft -= seconds;
      if (idleLeft <= 0) {
        startDemoJob();
      }
    }
    updateSpindle();
  }

  private void run(double seconds) {
    if (setupLeft > 0) {
      setupLeft -= seconds;
      return;
    }
    job.state(ProgramState.RUNNING);
    if (stillStopped(microStops, seconds)) {
      return;
    }
    if (failures.operate(seconds)) {
      brokeDown();
      return;
    }
    if (stoppedShort(microStops, seconds, 300, "W0711", "Chip conveyor jammed")) {
      return;
    }
    cycleLeft -= seconds;
    if (cycleLeft <= 0) {
      boolean good = random.nextDouble() >= behaviour.scrapRate();
      partsProduced++;
      if (good) {
        partsGood++;
      } else {
        partsBad++;
      }
      job.partMade(good);
      cycleLeft += nextCycleTime();
      if (!job.running()) {
        idleLeft = 30 + random.nextDouble() * 120;
      }
    }
  }

  private void startDemoJob() {
    demoJobs++;
    String program = DEMO_PROGRAMS.get(random.nextInt(DEMO_PROGRAMS.size()));
    storeAndStart("DEMO-" + demoJobs, program, 5 + random.nextInt(26));
  }

  private double nextCycleTime() {
    String program = job == null ? "" : job.programName();
    // each program has its own nominal time, 0.7 to 1.3 of the machine's nominal cycle time
    double programFactor = 0.7 + Math.floorMod(program.hashCode(), 61) / 100.0;
    return Math.max(1, noisy(behaviour.cycleTimeSeconds() * programFactor, behaviour.cycleTimeNoise()));
  }

  private void brokeDown() {
    String[] fault = BREAKDOWNS.get(random.nextInt(BREAKDOWNS.size()));
    raiseAlarm(800, fault[0], fault[1]);
    if (job != null && job.running()) {
      job.state(ProgramState.INTERRUPTED);
    }
  }

  private void repaired() {
    clearAlarm();
    if (job != null && job.state() == ProgramState.INTERRUPTED && !job.stoppedByOperator()) {
      job.state(ProgramState.RUNNING);
    }
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
      repaired();
    }
  }

  private void updateSpindle() {
    if (state() == MachineryItemState.EXECUTING) {
      double nominal = 2000 + Math.floorMod(job.programName().hashCode(), 50) * 100;
      spindleSpeed = Math.round(noisy(nominal, 0.01));
      spindleLoad = Math.round(Math.min(100, noisy(55, 0.15)) * 10) / 10.0;
    } else {
      spindleSpeed = 0;
      spindleLoad = 0;
    }
  }

  @Override
  protected double power() {
    double share =
        switch (state()) {
          case NOT_AVAILABLE -> 0;
          case OUT_OF_SERVICE -> 0.05;
          case NOT_EXECUTING -> operationMode() == MachineryOperationMode.SETUP ? 0.2 : 0.12;
          case EXECUTING -> 0.3 + 0.6 * spindleLoad / 100;
        };
    return Math.round(noisy(ratedPowerKw * share, 0.02) * 100) / 100.0;
  }

  /** OPC 40001-1 MachineryItemState. */
  public MachineryItemState state() {
    if (failures.broken()) {
      return MachineryItemState.OUT_OF_SERVICE;
    }
    boolean cutting =
        job != null && job.running() && setupLeft <= 0 && !microStops.active();
    return cutting ? MachineryItemState.EXECUTING : MachineryItemState.NOT_EXECUTING;
  }

  /** OPC 40001-1 MachineryOperationMode. */
  public MachineryOperationMode operationMode() {
    if (failures.broken()) {
      return MachineryOperationMode.MAINTENANCE;
    }
    if (job != null && job.running()) {
      return setupLeft > 0 ? MachineryOperationMode.SETUP : MachineryOperationMode.PROCESSING;
    }
    return MachineryOperationMode.NONE;
  }

  /** The active (or last) job, or null before the first. */
  public ProductionJob job() {
    return job;
  }

  public long partsProduced() {
    return partsProduced;
  }

  public long partsGood() {
    return partsGood;
  }

  public long partsBad() {
    return partsBad;
  }

  /** rpm */
  public double spindleSpeed() {
    return spindleSpeed;
  }

  /** percent of rated spindle power */
  public double spindleLoad() {
    return spindleLoad;
  }

  /** percent */
  public double feedOverride() {
    return feedOverride;
  }
}

package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;
import static org.zhizao.plc.simulator.SimulatorFixture.CNC;

import java.time.Duration;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jobs started, stopped and cancelled on a CNC machine tool through its job-control methods. */
class CncJobControlTest {

  private static final String JOBS = CNC + "/Production/JobManagement";
  private static final String PROGRAM_STATE = CNC + "/Production/ActiveProgram/State/CurrentState/Number";
  private static final String ITEM_STATE = CNC + "/MachineryItemState/CurrentState";
  private static final Duration PATIENCE = Duration.ofSeconds(20);

  private PlantSimulator simulator;
  private OpcUaTestClient client;

  @BeforeEach
  void start() throws Exception {
    simulator = SimulatorFixture.testPlant().build().start();
    client = OpcUaTestClient.connect(simulator);
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    simulator.stop();
  }

  private long storeAndStart(String job, String program, long quantity) throws Exception {
    return client.callStatus(JOBS, JOBS + "/StoreAndStart",
        Variant.ofString(job), Variant.ofString(program), Variant.ofUInt32(uint(quantity))).value();
  }

  @Test
  void aJobStartedByMethodCallRunsUntilItsQuantityOfGoodPartsIsMade() throws Exception {
    // without demo jobs the machine waits, NotExecuting (OPC 40001-1 MachineryItemState)
    assertThat(client.value(ITEM_STATE)).isEqualTo(LocalizedText.english("NotExecuting"));

    assertThat(storeAndStart("WO-1001/10", "O1001-SHAFT", 3)).isEqualTo(StatusCodes.Good);

    assertThat(client.value(CNC + "/Production/ActiveProgram/JobIdentifier")).isEqualTo("WO-1001/10");
    assertThat(client.value(CNC + "/MachineryOperationMode/CurrentState"))
        .isEqualTo(LocalizedText.english("Setup"));
    client.await(ITEM_STATE, LocalizedText.english("Executing")::equals, PATIENCE);
    assertThat(client.number(PROGRAM_STATE)).isEqualTo(1); // Running (OPC 40501-1)
    assertThat(client.number(CNC + "/Monitoring/Spindle/Speed")).isPositive();

    client.await(PROGRAM_STATE, v -> ((Number) v).intValue() == 2, PATIENCE); // Ended
    assertThat(client.number(CNC + "/Production/ActiveProgram/GoodParts")).isEqualTo(3);
    long produced = client.number(CNC + "/LifetimeCounters/PartsProduced");
    long good = client.number(CNC + "/LifetimeCounters/PartsGood");
    long bad = client.number(CNC + "/LifetimeCounters/PartsBad");
    assertThat(good).isEqualTo(3);
    assertThat(produced).isEqualTo(good + bad)
        .isEqualTo(client.number(CNC + "/Production/ActiveProgram/RunsCompleted"));
    assertThat(client.value(ITEM_STATE)).isEqualTo(LocalizedText.english("NotExecuting"));
  }

  @Test
  void startingASecondJobWhileOneRunsIsRejectedAsInvalidState() throws Exception {
    // OPC 10000-4 §5.11.2: a method the object cannot run now answers Bad_InvalidState
    assertThat(storeAndStart("J-1", "O1", 50)).isEqualTo(StatusCodes.Good);
    assertThat(storeAndStart("J-2", "O2", 5)).isEqualTo(StatusCodes.Bad_InvalidState);
    assertThat(client.value(CNC + "/Production/ActiveProgram/JobIdentifier")).isEqualTo("J-1");
  }

  @Test
  void aJobWithoutQuantityOrProgramIsRejectedAsInvalidArgument() throws Exception {
    assertThat(storeAndStart("J-1", "O1", 0)).isEqualTo(StatusCodes.Bad_InvalidArgument);
    assertThat(storeAndStart("J-1", "", 5)).isEqualTo(StatusCodes.Bad_InvalidArgument);
  }

  @Test
  void stopInterruptsTheJobAndCancelAbortsIt() throws Exception {
    storeAndStart("J-1", "O1", 50);
    client.await(ITEM_STATE, LocalizedText.english("Executing")::equals, PATIENCE);

    assertThat(client.callStatus(JOBS, JOBS + "/Stop", Variant.ofString("J-9")).value())
        .as("stopping another job's identifier").isEqualTo(StatusCodes.Bad_InvalidArgument);
    assertThat(client.callStatus(JOBS, JOBS + "/Stop", Variant.ofString("J-1")).value())
        .isEqualTo(StatusCodes.Good);
    assertThat(client.number(PROGRAM_STATE)).isEqualTo(3); // Interrupted
    assertThat(client.value(ITEM_STATE)).isEqualTo(LocalizedText.english("NotExecuting"));

    assertThat(client.callStatus(JOBS, JOBS + "/Cancel", Variant.ofString("")).value())
        .isEqualTo(StatusCodes.Good);
    assertThat(client.number(PROGRAM_STATE)).isEqualTo(4); // Aborted
    assertThat(storeAndStart("J-2", "O2", 1)).as("a new job after the cancelled one").isEqualTo(StatusCodes.Good);
  }
}

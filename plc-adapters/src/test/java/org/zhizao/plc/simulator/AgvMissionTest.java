package org.zhizao.plc.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhizao.plc.simulator.SimulatorFixture.AGV;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A transport mission dispatched by method call, driven along the workshop's paths to its end. */
class AgvMissionTest {

  private static final String MISSION = AGV + "/Mission";
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

  private long dispatch(String id, String from, String to) throws Exception {
    return client.callStatus(MISSION, MISSION + "/Dispatch",
        Variant.ofString(id), Variant.ofString(from), Variant.ofString(to)).value();
  }

  @Test
  void aDispatchedMissionIsDrivenAlongThePathsToItsDestination() throws Exception {
    assertThat(client.value(AGV + "/State/CurrentState")).isEqualTo(LocalizedText.english("Idle"));
    assertThat(dispatch("TM-1", "P1/F1/W1/L1/S01", "L1/S03")).isEqualTo(StatusCodes.Good);
    assertThat(client.value(AGV + "/State/CurrentState")).isEqualTo(LocalizedText.english("Driving"));

    // sample the pose until the mission completes: every point lies on the loop or the aisle
    List<double[]> poses = new ArrayList<>();
    boolean sawSpeed = false;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"Completed".equals(client.value(MISSION + "/Phase")) && System.nanoTime() < deadline) {
      pose().ifPresent(poses::add);
      sawSpeed |= number(AGV + "/Speed") == 1.5;
      Thread.sleep(40);
    }
    assertThat(client.value(MISSION + "/Phase")).isEqualTo("Completed");
    assertThat(poses).hasSizeGreaterThan(10).allSatisfy(p -> assertThat(onPaths(p[0], p[1])).as("%s,%s", p[0], p[1]).isTrue());
    assertThat(sawSpeed).as("drove at the plant file's maxSpeed").isTrue();

    // station S03's centre is (88, 31): the nearest path point is on the loop's east side
    assertThat(number(AGV + "/Position/X")).isEqualTo(105.0);
    assertThat(number(AGV + "/Position/Y")).isEqualTo(31.0);
    assertThat(client.value(AGV + "/State/CurrentState")).isEqualTo(LocalizedText.english("Idle"));
    assertThat(client.number(MISSION + "/MissionsCompleted")).isEqualTo(1);
    assertThat(number(AGV + "/Speed")).isZero();
    assertThat(number(AGV + "/Battery/StateOfCharge")).isBetween(1.0, 100.0);
  }

  @Test
  void anUnknownLocationIsRejectedAndABusyAgvRefusesASecondMission() throws Exception {
    assertThat(dispatch("TM-1", "L9/S99", "L1/S03")).isEqualTo(StatusCodes.Bad_InvalidArgument);
    assertThat(dispatch("TM-2", "L1/S01", "L1/S03")).isEqualTo(StatusCodes.Good);
    assertThat(dispatch("TM-3", "L1/S03", "L1/S01")).isEqualTo(StatusCodes.Bad_InvalidState);
    assertThat(client.value(MISSION + "/Identifier")).isEqualTo("TM-2");
  }

  /**
   * The AGV's position, or empty when it moved while being read. X and Y are two nodes: read apart, X from
   * before a corner and Y from after it would make a point that the AGV never passed.
   */
  private java.util.Optional<double[]> pose() throws Exception {
    List<Object> v = client.values(AGV + "/Position/X", AGV + "/Position/Y", AGV + "/Position/X",
        AGV + "/Position/Y");
    return v.get(0).equals(v.get(2)) && v.get(1).equals(v.get(3))
        ? java.util.Optional.of(new double[] {((Number) v.get(0)).doubleValue(), ((Number) v.get(1)).doubleValue()})
        : java.util.Optional.empty();
  }

  private double number(String id) throws Exception {
    return ((Number) client.value(id)).doubleValue();
  }

  /** The test plant's paths: a loop x 5..105, y 5..135 and an aisle at y 62. */
  private static boolean onPaths(double x, double y) {
    double e = 0.02;
    boolean onLoop = (Math.abs(y - 5) < e || Math.abs(y - 135) < e) && x >= 5 - e && x <= 105 + e
        || (Math.abs(x - 5) < e || Math.abs(x - 105) < e) && y >= 5 - e && y <= 135 + e;
    boolean onAisle = Math.abs(y - 62) < e && x >= 5 - e && x <= 105 + e;
    return onLoop || onAisle;
  }
}

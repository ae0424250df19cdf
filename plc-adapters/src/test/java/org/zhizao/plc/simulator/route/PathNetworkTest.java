package org.zhizao.plc.simulator.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhizao.plc.simulator.plant.Point;

class PathNetworkTest {

  /** The demo workshops' loop and the aisle whose ends lie on the loop's sides. */
  private static final PathNetwork LOOP_AND_AISLE =
      new PathNetwork(
          List.of(
              List.of(new Point(5, 5), new Point(105, 5), new Point(105, 135), new Point(5, 135), new Point(5, 5)),
              List.of(new Point(5, 62), new Point(105, 62))));

  @Test
  void anAisleEndingOnTheLoopIsAShortcut() {
    // from the loop's west side to its east side at y=70: the aisle (y=62) beats both loop halves
    Route route = LOOP_AND_AISLE.route(new Point(5, 70), new Point(105, 70));
    assertThat(route.length()).isCloseTo(8 + 100 + 8, within(1e-6));
    assertThat(route.points()).contains(new Point(5, 62), new Point(105, 62));
  }

  @Test
  void theShorterWayRoundIsTaken() {
    Route route = LOOP_AND_AISLE.route(new Point(5, 31), new Point(105, 31));
    assertThat(route.length()).isCloseTo(26 + 100 + 26, within(1e-6));
  }

  @Test
  void aPointOffThePathsIsReachedAtItsNearestPathPoint() {
    assertThat(LOOP_AND_AISLE.nearest(new Point(88, 31))).isEqualTo(new Point(105, 31));
    assertThat(LOOP_AND_AISLE.nearest(new Point(20, 31))).isEqualTo(new Point(5, 31));
  }

  @Test
  void drivingFollowsTheRouteWithItsHeading() {
    Route route = LOOP_AND_AISLE.route(new Point(5, 5), new Point(20, 5));
    assertThat(route.heading()).isEqualTo(0); // east
    assertThat(route.drive(10)).isEqualTo(10);
    assertThat(route.position()).isEqualTo(new Point(15, 5));
    assertThat(route.drive(10)).as("stops at the end").isEqualTo(5);
    assertThat(route.finished()).isTrue();
    Route north = LOOP_AND_AISLE.route(new Point(105, 5), new Point(105, 30));
    assertThat(north.heading()).isEqualTo(90);
  }
}

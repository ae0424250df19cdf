package org.zhizao.plc.simulator.plant;

import java.util.List;
import java.util.Map;

/**
 * What AGVs need to know of a workshop: its paths and where its stations are.
 *
 * @param code the workshop's full code, e.g. {@code P1/F1/W1}
 * @param paths waypoints of each path by local path code, in the workshop frame
 * @param stations the centre of each station by its code relative to the workshop, e.g. {@code L1/S01}
 */
public record WorkshopLayout(
    String code, Map<String, List<Point>> paths, Map<String, Point> stations) {

  public WorkshopLayout {
    paths = Map.copyOf(paths);
    stations = Map.copyOf(stations);
  }
}

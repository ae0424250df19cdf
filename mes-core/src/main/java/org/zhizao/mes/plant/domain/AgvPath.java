package org.zhizao.mes.plant.domain;

import java.util.List;

/** A path AGVs drive along in a workshop: a polyline of waypoints in the workshop's frame. */
public record AgvPath(String code, LocalizedName name, List<Waypoint> waypoints) implements PlantElement {

    public AgvPath {
        waypoints = List.copyOf(waypoints);
    }

    @Override
    public ElementKind kind() {
        return ElementKind.AGV_PATH;
    }
}

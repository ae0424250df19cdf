package org.zhizao.twin.scene;

/**
 * One thing to draw: a box centred at {@code centre} (park frame) with a colour and a label.
 *
 * @param heading degrees about z (AGVs), 0 for the rest
 */
public record Shape(String code, Kind kind, Vec3 centre, Vec3 size, int rgb, double heading, String label) {

    /** How the JavaFX layer draws it. */
    public enum Kind { GROUND, BUILDING, STATION, AGV, WAYPOINT, BEACON, LATE_MARKER }
}

package org.zhizao.mes.plant.domain;

/** A point of an AGV path on the workshop floor, metres in the workshop's frame. */
public record Waypoint(double x, double y) {
}

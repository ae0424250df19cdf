package org.zhizao.plc.simulator.plant;

/** A point on a workshop floor, metres in the workshop frame (x east, y north). */
public record Point(double x, double y) {

  /** Distance to another point, in metres. */
  public double distanceTo(Point other) {
    return Math.hypot(other.x - x, other.y - y);
  }
}

package org.zhizao.plc.simulator.route;

import java.util.List;
import org.zhizao.plc.simulator.plant.Point;

/** A polyline an AGV drives along, with its progress. */
public final class Route {

  private final List<Point> points;
  private int segment;
  private double along;

  Route(List<Point> points) {
    this.points = List.copyOf(points);
  }

  /** Drives {@code distance} metres further; returns the distance actually driven. */
  public double drive(double distance) {
    double driven = 0;
    while (distance - driven > 1e-9 && !finished()) {
      double length = points.get(segment).distanceTo(points.get(segment + 1));
      double step = Math.min(length - along, distance - driven);
      along += step;
      driven += step;
      if (length - along < 1e-9) {
        segment++;
        along = 0;
      }
    }
    return driven;
  }

  public boolean finished() {
    return segment >= points.size() - 1;
  }

  public Point position() {
    if (finished()) {
      return points.get(points.size() - 1);
    }
    Point a = points.get(segment);
    Point b = points.get(segment + 1);
    double length = a.distanceTo(b);
    double t = length == 0 ? 0 : along / length;
    return new Point(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()));
  }

  /** Heading of the current segment, degrees counter-clockwise from east (x), 0..360; NaN at the end. */
  public double heading() {
    int s = Math.min(segment, points.size() - 2);
    if (s < 0) {
      return Double.NaN;
    }
    Point a = points.get(s);
    Point b = points.get(s + 1);
    if (a.distanceTo(b) == 0) {
      return Double.NaN;
    }
    double degrees = Math.toDegrees(Math.atan2(b.y() - a.y(), b.x() - a.x()));
    return degrees < 0 ? degrees + 360 : degrees;
  }

  /** Distance left to the end, metres. */
  public double remaining() {
    double left = 0;
    for (int i = segment; i < points.size() - 1; i++) {
      left += points.get(i).distanceTo(points.get(i + 1));
    }
    return Math.max(0, left - along);
  }

  /** Total length, metres. */
  public double length() {
    double total = 0;
    for (int i = 1; i < points.size(); i++) {
      total += points.get(i - 1).distanceTo(points.get(i));
    }
    return total;
  }

  public List<Point> points() {
    return points;
  }
}

package org.zhizao.plc.simulator.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedList;
import java.util.List;
import org.zhizao.plc.simulator.plant.Point;

/**
 * The graph of a workshop's AGV paths. Paths join where a waypoint of one lies on another (a
 * T-junction, like an aisle ending on a loop); routes are shortest paths along the segments.
 */
public final class PathNetwork {

  private static final double ON_SEGMENT = 0.01;

  private final List<Point> nodes = new ArrayList<>();
  private final List<int[]> edges = new ArrayList<>();

  /** Builds the network of these paths (each a list of waypoints). */
  public PathNetwork(Collection<List<Point>> paths) {
    for (List<Point> path : paths) {
      for (int i = 1; i < path.size(); i++) {
        edges.add(new int[] {node(path.get(i - 1)), node(path.get(i))});
      }
    }
    // split every segment at the waypoints that lie inside it, so junctions connect
    for (int n = 0; n < nodes.size(); n++) {
      for (int e = 0; e < edges.size(); e++) {
        int[] edge = edges.get(e);
        if (edge[0] != n && edge[1] != n && inside(nodes.get(n), edge)) {
          edges.set(e, new int[] {edge[0], n});
          edges.add(new int[] {n, edge[1]});
        }
      }
    }
  }

  /** The point of the network nearest to {@code p}. */
  public Point nearest(Point p) {
    Point best = null;
    for (int[] edge : edges) {
      Point candidate = project(p, edge);
      if (best == null || candidate.distanceTo(p) < best.distanceTo(p)) {
        best = candidate;
      }
    }
    return best == null ? p : best;
  }

  /** The shortest route along the network from the point nearest {@code from} to the one nearest {@code to}. */
  public Route route(Point from, Point to) {
    PathNetwork copy = copy();
    int start = copy.attach(nearest(from));
    int end = copy.attach(nearest(to));
    return new Route(copy.shortestPath(start, end));
  }

  private PathNetwork copy() {
    PathNetwork copy = new PathNetwork(List.of());
    copy.nodes.addAll(nodes);
    edges.forEach(e -> copy.edges.add(e.clone()));
    return copy;
  }

  /** Adds a point on the network as a node, splitting the segment it lies on. */
  private int attach(Point p) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).distanceTo(p) < ON_SEGMENT) {
        return i;
      }
    }
    int n = node(p);
    for (int e = 0; e < edges.size(); e++) {
      int[] edge = edges.get(e);
      if (inside(p, edge)) {
        edges.set(e, new int[] {edge[0], n});
        edges.add(new int[] {n, edge[1]});
        break;
      }
    }
    return n;
  }

  private List<Point> shortestPath(int start, int end) {
    double[] dist = new double[nodes.size()];
    int[] previous = new int[nodes.size()];
    boolean[] done = new boolean[nodes.size()];
    Arrays.fill(dist, Double.MAX_VALUE);
    Arrays.fill(previous, -1);
    dist[start] = 0;
    for (int round = 0; round < nodes.size(); round++) {
      int u = -1;
      for (int i = 0; i < nodes.size(); i++) {
        if (!done[i] && (u < 0 || dist[i] < dist[u])) {
          u = i;
        }
      }
      if (u < 0 || dist[u] == Double.MAX_VALUE) {
        break;
      }
      done[u] = true;
      for (int[] edge : edges) {
        int v = edge[0] == u ? edge[1] : edge[1] == u ? edge[0] : -1;
        if (v >= 0 && dist[u] + nodes.get(u).distanceTo(nodes.get(v)) < dist[v]) {
          dist[v] = dist[u] + nodes.get(u).distanceTo(nodes.get(v));
          previous[v] = u;
        }
      }
    }
    LinkedList<Point> points = new LinkedList<>();
    if (start != end && previous[end] < 0) {
      // unconnected: drive straight, better than standing still
      return List.of(nodes.get(start), nodes.get(end));
    }
    for (int at = end; at >= 0; at = at == start ? -1 : previous[at]) {
      points.addFirst(nodes.get(at));
    }
    return points;
  }

  private int node(Point p) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).distanceTo(p) < ON_SEGMENT) {
        return i;
      }
    }
    nodes.add(p);
    return nodes.size() - 1;
  }

  private boolean inside(Point p, int[] edge) {
    Point a = nodes.get(edge[0]);
    Point b = nodes.get(edge[1]);
    return project(p, edge).distanceTo(p) < ON_SEGMENT
        && p.distanceTo(a) > ON_SEGMENT
        && p.distanceTo(b) > ON_SEGMENT;
  }

  private Point project(Point p, int[] edge) {
    Point a = nodes.get(edge[0]);
    Point b = nodes.get(edge[1]);
    double dx = b.x() - a.x();
    double dy = b.y() - a.y();
    double length2 = dx * dx + dy * dy;
    if (length2 == 0) {
      return a;
    }
    double t = ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2;
    t = Math.max(0, Math.min(1, t));
    return new Point(a.x() + t * dx, a.y() + t * dy);
  }
}

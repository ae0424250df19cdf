package org.zhizao.twin.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What to draw for the element in focus: its floor, its children (buildings at the park and factory tiers,
 * lines as floor slabs with their stations at the workshop tier, stations at the line tier), AGV paths and
 * AGVs in a workshop, and a beacon over every station in alarm.
 */
public final class SceneModel {

    /** The neutral colour of buildings and floors when no overlay colours them. */
    public static final int BUILDING_RGB = 0x90A4AE;
    public static final int FLOOR_RGB = 0x37474F;
    public static final int SLAB_RGB = 0x546E7A;
    public static final int PATH_RGB = 0xFFFFFF;
    public static final int AGV_RGB = 0x00ACC1;
    /** The late-work marker over a station and the colour of buildings holding late work. */
    public static final int LATE_RGB = 0xFF1744;
    /** OEE at or above this is full green (a common world-class figure). */
    static final double OEE_TARGET = 0.85;

    private final PlantLayout layout;
    /** The shapes that do not move, reused while the focus, state version, overlay and language stay. */
    private Key cachedKey;
    private List<Shape> cached = List.of();

    private record Key(String focus, LiveState state, long version, Overlay overlay, boolean chinese) {
    }

    public SceneModel(PlantLayout layout) {
        this.layout = layout;
    }

    /**
     * Everything to draw for the focus; the same {@link Shape} instances as the frame before for whatever did
     * not change, so a renderer can skip them by identity.
     */
    public List<Shape> shapes(Element focus, LiveState state, Overlay overlay, long timeMillis, boolean chinese) {
        Key key = new Key(focus.code(), state, state.version(), overlay, chinese);
        if (!key.equals(cachedKey)) {
            cached = fixedShapes(focus, state, overlay, chinese);
            cachedKey = key;
        }
        List<Shape> agvs = new ArrayList<>();
        if (focus.tier() != Tier.STATION) {
            for (Element c : layout.children(focus.code())) {
                if ("AGV".equals(c.kind())) {
                    agv(c, focus, state, timeMillis, agvs);
                }
            }
        }
        if (agvs.isEmpty()) {
            return cached;
        }
        List<Shape> shapes = new ArrayList<>(cached.size() + agvs.size());
        shapes.addAll(cached);
        shapes.addAll(agvs);
        return shapes;
    }

    private List<Shape> fixedShapes(Element focus, LiveState state, Overlay overlay, boolean chinese) {
        List<Shape> shapes = new ArrayList<>();
        Vec3 fs = focus.size();
        shapes.add(new Shape(focus.code() + "#floor", Shape.Kind.GROUND,
                new Vec3(focus.world().x() + fs.x() / 2, focus.world().y() + fs.y() / 2, focus.world().z() - 0.05),
                new Vec3(fs.x(), fs.y(), 0.1), FLOOR_RGB, 0, null));
        if (focus.tier() == Tier.STATION) {
            station(focus, state, overlay, shapes, chinese);
            return reuse(shapes);
        }
        double maxEnergy = maxEnergy(focus, state);
        for (Element c : layout.children(focus.code())) {
            switch (c.kind()) {
                case "STATION" -> station(c, state, overlay, shapes, chinese);
                case "AGV_PATH" -> path(c, focus, shapes);
                case "AGV" -> {
                    // moves every frame: added by shapes()
                }
                default -> {
                    if (focus.tier() == Tier.WORKSHOP) {
                        boolean late = overlay == Overlay.LATE_ORDERS && state.lateUnder(c.code());
                        shapes.add(box(c, Shape.Kind.GROUND, late ? LATE_RGB : SLAB_RGB, 0.2, null));
                        for (Element s : layout.children(c.code())) {
                            if (s.tier() == Tier.STATION) {
                                station(s, state, overlay, shapes, chinese);
                            }
                        }
                    } else {
                        shapes.add(box(c, Shape.Kind.BUILDING, overlayColour(c, state, overlay, maxEnergy),
                                c.size().z(), label(c, state, chinese)));
                    }
                }
            }
        }
        return reuse(shapes);
    }

    /** Puts back the previous instance of every shape that did not change, so renderers skip it by identity. */
    private List<Shape> reuse(List<Shape> fresh) {
        java.util.Map<String, Shape> before = new java.util.HashMap<>(cached.size() * 2);
        for (Shape s : cached) {
            before.put(s.code(), s);
        }
        for (int i = 0; i < fresh.size(); i++) {
            Shape old = before.get(fresh.get(i).code());
            if (fresh.get(i).equals(old)) {
                fresh.set(i, old);
            }
        }
        return fresh;
    }

    private void station(Element s, LiveState state, Overlay overlay, List<Shape> shapes, boolean chinese) {
        LiveState.Alarm alarm = state.stationAlarm(s.code());
        int rgb = alarm != null ? Availability.ALARM_RGB : state.stationState(s.code()).rgb();
        LiveState.Count count = state.count(s.code());
        String label = s.name(chinese) + (count == null ? "" : " · " + count.good());
        shapes.add(box(s, Shape.Kind.STATION, rgb, s.size().z(), label));
        if (alarm != null) {
            Vec3 c = s.centre();
            shapes.add(new Shape(s.code() + "#beacon", Shape.Kind.BEACON, new Vec3(c.x(), c.y(),
                    s.world().z() + s.size().z() + 0.6), new Vec3(0.5, 0.5, 1.2), Availability.ALARM_RGB, 0, null));
        }
        if (overlay == Overlay.LATE_ORDERS && !state.lateAt(s.code()).isEmpty()) {
            // a flat red plate hovering over the station, beside where an alarm beacon would stand
            Vec3 c = s.centre();
            shapes.add(new Shape(s.code() + "#late", Shape.Kind.LATE_MARKER, new Vec3(c.x(), c.y(),
                    s.world().z() + s.size().z() + 0.4), new Vec3(s.size().x() * 0.8, s.size().y() * 0.8, 0.2),
                    LATE_RGB, 0, null));
        }
    }

    private void path(Element p, Element workshop, List<Shape> shapes) {
        int i = 0;
        for (double[] w : p.waypoints()) {
            shapes.add(new Shape(p.code() + "#" + i++, Shape.Kind.WAYPOINT,
                    new Vec3(workshop.world().x() + w[0], workshop.world().y() + w[1], workshop.world().z() + 0.05),
                    new Vec3(0.4, 0.4, 0.1), PATH_RGB, 0, null));
        }
    }

    private void agv(Element agv, Element workshop, LiveState state, long time, List<Shape> shapes) {
        AgvTrack track = state.agvs().get(agv.code());
        double[] at;
        if (track != null && track.known()) {
            at = track.at(time);
        } else {
            Element home = agv.homePath() == null ? null : layout.get(workshop.code() + "/" + agv.homePath());
            at = home == null || home.waypoints().isEmpty() ? new double[] {1, 1, 0}
                    : new double[] {home.waypoints().get(0)[0], home.waypoints().get(0)[1], 0};
        }
        shapes.add(new Shape(agv.code(), Shape.Kind.AGV,
                new Vec3(workshop.world().x() + at[0], workshop.world().y() + at[1], workshop.world().z() + 0.3),
                new Vec3(1.2, 0.8, 0.6), state.alarms().containsKey(agv.code()) ? Availability.ALARM_RGB : AGV_RGB,
                at[2], agv.code().substring(agv.code().lastIndexOf('/') + 1)));
    }

    private Shape box(Element e, Shape.Kind kind, int rgb, double height, String label) {
        Vec3 w = e.world();
        Vec3 s = e.size();
        return new Shape(e.code(), kind, new Vec3(w.x() + s.x() / 2, w.y() + s.y() / 2, w.z() + height / 2),
                new Vec3(s.x(), s.y(), height), rgb, 0, label);
    }

    private String label(Element e, LiveState state, boolean chinese) {
        Object oee = state.kpi(e.code()).get("oee");
        return e.name(chinese) + (oee instanceof Number n ? String.format(" · OEE %.0f%%", n.doubleValue() * 100) : "");
    }

    int overlayColour(Element e, LiveState state, Overlay overlay, double maxEnergy) {
        Map<String, Object> kpi = state.kpi(e.code());
        return switch (overlay) {
            case NONE -> BUILDING_RGB;
            case OEE -> kpi.get("oee") instanceof Number n ? heat(n.doubleValue() / OEE_TARGET) : BUILDING_RGB;
            case ENERGY -> kpi.get("energyPerGoodUnitKwh") instanceof Number n && maxEnergy > 0
                    ? heat(1 - n.doubleValue() / maxEnergy) : BUILDING_RGB;
            case LATE_ORDERS -> state.lateUnder(e.code())
                    || kpi.get("lateOrders") instanceof Number n && n.doubleValue() > 0 ? LATE_RGB : BUILDING_RGB;
        };
    }

    private double maxEnergy(Element focus, LiveState state) {
        return layout.children(focus.code()).stream()
                .map(c -> state.kpi(c.code()).get("energyPerGoodUnitKwh"))
                .filter(Number.class::isInstance).mapToDouble(n -> ((Number) n).doubleValue()).max().orElse(0);
    }

    /** Red (0) through yellow (0.5) to green (1 and above). */
    public static int heat(double f) {
        double v = Math.max(0, Math.min(1, f));
        int r = (int) Math.round(v < 0.5 ? 229 : 229 - (v - 0.5) * 2 * (229 - 46));
        int g = (int) Math.round(v < 0.5 ? 57 + v * 2 * (200 - 57) : 200 - (v - 0.5) * 2 * (200 - 125));
        int b = (int) Math.round(v < 0.5 ? 53 : 53 - (v - 0.5) * 2 * (53 - 50));
        return (r << 16) | (g << 8) | b;
    }
}

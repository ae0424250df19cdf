package org.zhizao.twin.scene;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small park: one factory, one workshop with a loop path and an AGV, one line with two stations. */
final class PlantFixture {

    private PlantFixture() {
    }

    static PlantLayout smallPark() {
        List<Element> e = new ArrayList<>();
        e.add(el("P1", "PARK", null, 0, 0, 600, 400, 30));
        e.add(el("P1/F1", "FACTORY", "P1", 40, 60, 240, 160, 14));
        e.add(el("P1/F1/W1", "WORKSHOP", "P1/F1", 50, 70, 100, 60, 10));
        e.add(el("P1/F1/W1/L1", "LINE", "P1/F1/W1", 60, 80, 40, 10, 0));
        e.add(new Element("P1/F1/W1/L1/S01", "STATION", "CNC_CELL", "P1/F1/W1/L1", "车削", "Turning",
                new Vec3(62, 82, 0), new Vec3(4, 3, 2.5), null, null));
        e.add(el("P1/F1/W1/L1/S02", "STATION", "P1/F1/W1/L1", 70, 82, 4, 3, 2.5));
        e.add(new Element("P1/F1/W1/LOOP", "AGV_PATH", null, "P1/F1/W1", null, "Loop", null, null,
                List.of(new double[] {5, 5}, new double[] {95, 5}), null));
        e.add(new Element("P1/F1/W1/AGV1", "AGV", null, "P1/F1/W1", null, "AGV 1", null, null, null, "LOOP"));
        return new PlantLayout("P1", e);
    }

    static Element el(String code, String kind, String parent, double x, double y, double sx, double sy, double sz) {
        return new Element(code, kind, null, parent, null, code, new Vec3(x, y, 0), new Vec3(sx, sy, sz), null, null);
    }

    static LiveEvent state(String device, String station, String state) {
        return new LiveEvent("state:" + device, "state",
                Map.of("device", device, "station", station, "primary", true, "state", state), 0);
    }

    static LiveEvent alarm(String device, String station, boolean active, long t) {
        return new LiveEvent("alarm:" + device, "alarm", Map.of("device", device, "station", station,
                "active", active, "code", active ? "E42" : "", "message", active ? "Spindle overload" : "",
                "severity", active ? 700 : 0), t);
    }

    static LiveEvent agv(String device, double x, double y, double heading, long t) {
        return new LiveEvent("agv:" + device, "agv", Map.of("device", device, "workshop", "P1/F1/W1",
                "positionX", x, "positionY", y, "heading", heading), t);
    }
}

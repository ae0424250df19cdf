package org.zhizao.twin.bench;

import java.util.ArrayList;
import java.util.List;
import org.zhizao.twin.scene.Element;
import org.zhizao.twin.scene.PlantLayout;
import org.zhizao.twin.scene.Vec3;

/**
 * A synthetic park with one workshop of many stations: lines of {@value #COLUMNS} stations, 6 m apart, one
 * line every 8 m, and AGVs without a path (they go where their positions say). The large views of the
 * benchmark and of the tests that draw them.
 */
public final class GridWorkshop {

    public static final String CODE = "P1/F1/W1";
    public static final int COLUMNS = 40;

    private GridWorkshop() {
    }

    public static PlantLayout layout(int stations, int agvs) {
        int rows = (stations + COLUMNS - 1) / COLUMNS;
        double width = width();
        double depth = depth(stations);
        List<Element> elements = new ArrayList<>();
        elements.add(box("P1", "PARK", null, 0, 0, width + 20, depth + 20, 30));
        elements.add(box("P1/F1", "FACTORY", "P1", 5, 5, width + 10, depth + 10, 14));
        elements.add(box(CODE, "WORKSHOP", "P1/F1", 10, 10, width, depth, 10));
        for (int r = 0; r < rows; r++) {
            String line = CODE + "/L" + r;
            elements.add(box(line, "LINE", CODE, 10, 10 + r * 8, COLUMNS * 6, 5, 0));
            for (int c = 0; c < COLUMNS && r * COLUMNS + c < stations; c++) {
                elements.add(box(station(r * COLUMNS + c), "STATION", line, 10 + c * 6 + 1, 10 + r * 8 + 1, 4, 3, 2.5));
            }
        }
        for (int i = 0; i < agvs; i++) {
            elements.add(new Element(agv(i), "AGV", null, CODE, null, "AGV " + i, null, null, null, null));
        }
        return new PlantLayout("P1", elements);
    }

    /** The code of the n-th station, 0 first. */
    public static String station(int n) {
        return CODE + "/L" + n / COLUMNS + "/S" + n % COLUMNS;
    }

    public static String agv(int n) {
        return CODE + "/AGV" + n;
    }

    /** The workshop's size east to west, metres. */
    public static double width() {
        return COLUMNS * 6 + 20;
    }

    /** The workshop's size south to north for this many stations, metres. */
    public static double depth(int stations) {
        return (stations + COLUMNS - 1) / COLUMNS * 8 + 20;
    }

    private static Element box(String code, String kind, String parent, double x, double y, double sx, double sy,
            double sz) {
        return new Element(code, kind, null, parent, null, code, new Vec3(x, y, 0), new Vec3(sx, sy, sz), null, null);
    }
}

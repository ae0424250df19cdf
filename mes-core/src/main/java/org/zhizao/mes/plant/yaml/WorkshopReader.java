package org.zhizao.mes.plant.yaml;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhizao.mes.plant.domain.Agv;
import org.zhizao.mes.plant.domain.AgvPath;
import org.zhizao.mes.plant.domain.Identification;
import org.zhizao.mes.plant.domain.Line;
import org.zhizao.mes.plant.domain.LocalizedName;
import org.zhizao.mes.plant.domain.OpcUaBinding;
import org.zhizao.mes.plant.domain.Station;
import org.zhizao.mes.plant.domain.Vector3;
import org.zhizao.mes.plant.domain.Waypoint;
import org.zhizao.mes.plant.domain.Workshop;
import org.zhizao.mes.plant.domain.WorkshopType;

/** Reads a workshop of a plant file: its lines, AGV paths and AGVs. */
final class WorkshopReader {

    private WorkshopReader() {
    }

    static Workshop workshop(YamlMap.Item item, String parent, Vector3 parentSize, Set<String> siblings,
            Set<String> calendars) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        String code = PlantYamlReader.localCode(map, siblings, parent);
        LocalizedName name = PlantYamlReader.name(map);
        WorkshopType type = type(map, WorkshopType.class);
        String calendar = map.text("calendar");
        if (calendar != null && !calendars.contains(calendar)) {
            map.problems().add(map.optional("calendar").orElse(map.node()), map.field("calendar"),
                    "unknown calendar '" + calendar + "'; defined: " + calendars.stream().sorted().toList());
        }
        Vector3[] box = PlantYamlReader.box(map, parent, parentSize);
        Set<String> children = new HashSet<>();
        List<Line> lines = map.list("lines", true, line -> line(line, code, box[1], children));
        List<AgvPath> paths = map.list("paths", false, path -> path(path, code, box[1], children));
        Set<String> pathCodes = new HashSet<>();
        paths.forEach(p -> pathCodes.add(p.localCode()));
        List<Agv> agvs = map.list("agvs", false, agv -> agv(agv, code, children, pathCodes));
        map.finish();
        return code == null || name == null || type == null || box[0] == null || box[1] == null
                || calendar == null || !calendars.contains(calendar) ? null
                : new Workshop(code, name, type, calendar, box[0], box[1], lines, paths, agvs);
    }

    private static Line line(YamlMap.Item item, String parent, Vector3 parentSize, Set<String> siblings) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        String code = PlantYamlReader.localCode(map, siblings, parent);
        LocalizedName name = PlantYamlReader.name(map);
        Vector3[] box = PlantYamlReader.box(map, parent, parentSize);
        Set<String> children = new HashSet<>();
        List<Station> stations = map.list("stations", true,
                station -> StationReader.station(station, code, box[1], children));
        map.finish();
        return code == null || name == null || box[0] == null || box[1] == null ? null
                : new Line(code, name, box[0], box[1], stations);
    }

    private static AgvPath path(YamlMap.Item item, String parent, Vector3 floor, Set<String> siblings) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        String code = PlantYamlReader.localCode(map, siblings, parent);
        LocalizedName name = PlantYamlReader.name(map);
        List<Waypoint> waypoints = map.list("waypoints", true, point -> waypoint(point, parent, floor));
        if (waypoints.size() == 1) {
            map.problems().add(map.node(), map.field("waypoints"), "a path needs at least two waypoints");
        }
        map.finish();
        return code == null || name == null ? null : new AgvPath(code, name, waypoints);
    }

    private static Waypoint waypoint(YamlMap.Item item, String workshop, Vector3 floor) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        Double x = map.number("x");
        Double y = map.number("y");
        map.finish();
        if (x == null || y == null) {
            return null;
        }
        if (floor != null && (x < 0 || y < 0 || x > floor.x() || y > floor.y())) {
            item.problem("waypoint (" + Numbers.format(x) + ", " + Numbers.format(y) + ") lies outside its workshop "
                    + workshop + " of size " + Numbers.format(floor));
        }
        return new Waypoint(x, y);
    }

    private static Agv agv(YamlMap.Item item, String parent, Set<String> siblings, Set<String> paths) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        String code = PlantYamlReader.localCode(map, siblings, parent);
        LocalizedName name = PlantYamlReader.name(map);
        Identification identification = StationReader.identification(map);
        String homePath = map.text("homePath");
        if (homePath != null && !paths.contains(homePath)) {
            map.problems().add(map.optional("homePath").orElse(map.node()), map.field("homePath"),
                    "unknown path '" + homePath + "'; this workshop's paths: " + paths.stream().sorted().toList());
            homePath = null;
        }
        Vector3 size = PlantYamlReader.vector(map, "size", true);
        Double maxSpeed = map.number("maxSpeed");
        if (maxSpeed != null && maxSpeed <= 0) {
            map.problems().add(map.optional("maxSpeed").orElse(map.node()), map.field("maxSpeed"),
                    "must be greater than 0 m/s");
            maxSpeed = null;
        }
        OpcUaBinding binding = StationReader.binding(map);
        map.finish();
        return code == null || name == null || homePath == null || size == null || maxSpeed == null
                || binding == null ? null
                : new Agv(code, name, identification, parent + "/" + homePath, size, maxSpeed, binding);
    }

    /** The {@code type} field as one of an enum's constants, or null (reported). */
    static <E extends Enum<E>> E type(YamlMap map, Class<E> types) {
        String text = map.text("type");
        if (text == null) {
            return null;
        }
        for (E type : types.getEnumConstants()) {
            if (type.name().equals(text)) {
                return type;
            }
        }
        map.problems().add(map.optional("type").orElse(map.node()), map.field("type"), "unknown type '" + text
                + "'; expected one of " + Arrays.toString(types.getEnumConstants()));
        return null;
    }
}

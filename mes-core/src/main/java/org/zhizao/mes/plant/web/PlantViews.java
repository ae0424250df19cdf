package org.zhizao.mes.plant.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.zhizao.mes.plant.domain.Agv;
import org.zhizao.mes.plant.domain.AgvPath;
import org.zhizao.mes.plant.domain.Equipment;
import org.zhizao.mes.plant.domain.Identification;
import org.zhizao.mes.plant.domain.LocalizedName;
import org.zhizao.mes.plant.domain.MaintenanceWindow;
import org.zhizao.mes.plant.domain.OpcUaBinding;
import org.zhizao.mes.plant.domain.PlantElement;
import org.zhizao.mes.plant.domain.PlantGeometry;
import org.zhizao.mes.plant.domain.PlantModel;
import org.zhizao.mes.plant.domain.Station;
import org.zhizao.mes.plant.domain.Vector3;
import org.zhizao.mes.plant.domain.Waypoint;
import org.zhizao.mes.plant.domain.Workshop;

/** The JSON shapes of the plant endpoints. */
final class PlantViews {

    private PlantViews() {
    }

    /** A node of the plant tree; {@code children} is absent below the requested depth. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TreeNode(String code, String kind, String type, LocalizedName name, Vector3 position, Vector3 size,
                    List<TreeNode> children) {

        static TreeNode of(PlantElement element, int depth) {
            List<TreeNode> children = depth <= 1 || element.children().isEmpty() ? null
                    : element.children().stream().map(child -> of(child, depth - 1)).toList();
            return new TreeNode(element.code(), element.kind().name(), typeOf(element), element.name(),
                    hasPosition(element) ? PlantGeometry.position(element) : null,
                    PlantGeometry.size(element).orElse(null), children);
        }
    }

    /** One element with everything the model knows about it. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ElementDetail(String code, String kind, String type, LocalizedName name, String parentCode,
                         String workshopCode, Vector3 position, Vector3 world, Vector3 size, String calendar,
                         List<String> operations, Identification identification, Double ratedPowerKw,
                         OpcUaBinding binding, String homePath, Double maxSpeed, List<Waypoint> waypoints,
                         List<MaintenanceWindow> maintenance, List<String> children) {

        static ElementDetail of(PlantModel model, PlantModel.Placed placed) {
            PlantElement e = placed.element();
            Station station = e instanceof Station s ? s : null;
            Equipment equipment = e instanceof Equipment q ? q : null;
            Agv agv = e instanceof Agv a ? a : null;
            return new ElementDetail(e.code(), e.kind().name(), typeOf(e), e.name(), placed.parentCode(),
                    placed.workshopCode(), hasPosition(e) ? PlantGeometry.position(e) : null,
                    model.worldPosition(placed), PlantGeometry.size(e).orElse(null),
                    e instanceof Workshop w ? w.calendar() : null,
                    station == null ? null : station.operations(),
                    equipment != null ? equipment.identification() : agv != null ? agv.identification() : null,
                    equipment == null ? null : equipment.ratedPowerKw(),
                    equipment != null ? equipment.binding() : agv != null ? agv.binding() : null,
                    agv == null ? null : agv.homePath(), agv == null ? null : agv.maxSpeed(),
                    e instanceof AgvPath p ? p.waypoints() : null,
                    station == null ? null : station.maintenance(),
                    e.children().stream().map(PlantElement::code).toList());
        }
    }

    /** A station in the station list. */
    record StationSummary(String code, LocalizedName name, String type, String workshopCode, String lineCode,
                          List<String> operations, List<String> equipment) {

        static StationSummary of(PlantModel.Placed placed) {
            Station s = (Station) placed.element();
            return new StationSummary(s.code(), s.name(), s.type().name(), placed.workshopCode(), placed.parentCode(),
                    s.operations(), s.equipment().stream().map(Equipment::code).toList());
        }
    }

    /** A page of a list. */
    record Page<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

        static <T> Page<T> of(List<T> all, int page, int size) {
            int from = (int) Math.min((long) page * size, all.size());
            int to = Math.min(from + size, all.size());
            return new Page<>(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size);
        }
    }

    /**
     * Where an element is drawn: {@code position} in its parent's frame, {@code world} in the park's frame
     * (its own origin), {@code size} where it has one; paths have waypoints in their workshop's frame.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LayoutItem(String code, String kind, String type, String parentCode, Vector3 position, Vector3 world,
                      Vector3 size, List<Waypoint> waypoints, String homePath) {

        static LayoutItem of(PlantModel model, PlantModel.Placed placed) {
            PlantElement e = placed.element();
            return new LayoutItem(e.code(), e.kind().name(), typeOf(e), placed.parentCode(),
                    PlantGeometry.position(e), model.worldPosition(placed), PlantGeometry.size(e).orElse(null),
                    e instanceof AgvPath p ? p.waypoints() : null, e instanceof Agv a ? a.homePath() : null);
        }
    }

    /** The layout of the whole park, parents before children. */
    record Layout(String park, String units, String frame, List<LayoutItem> elements) {
    }

    /** Available time of an element over a range. */
    record Availability(String code, String calendar, String zone, Instant from, Instant to,
                        List<Interval> intervals, long availableMinutes) {
    }

    record Interval(Instant start, Instant end) {
    }

    private static boolean hasPosition(PlantElement e) {
        return !(e instanceof org.zhizao.mes.plant.domain.Park || e instanceof Equipment || e instanceof Agv
                || e instanceof AgvPath);
    }

    private static String typeOf(PlantElement e) {
        if (e instanceof Workshop w) {
            return w.type().name();
        } else if (e instanceof Station s) {
            return s.type().name();
        } else if (e instanceof Equipment q) {
            return q.type().name();
        }
        return null;
    }
}

package org.zhizao.mes.plant.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhizao.mes.plant.domain.Agv;
import org.zhizao.mes.plant.domain.AgvPath;
import org.zhizao.mes.plant.domain.DeviceTemplate;
import org.zhizao.mes.plant.domain.ElementKind;
import org.zhizao.mes.plant.domain.Equipment;
import org.zhizao.mes.plant.domain.EquipmentType;
import org.zhizao.mes.plant.domain.Factory;
import org.zhizao.mes.plant.domain.Identification;
import org.zhizao.mes.plant.domain.Line;
import org.zhizao.mes.plant.domain.MaintenanceWindow;
import org.zhizao.mes.plant.domain.OpcUaBinding;
import org.zhizao.mes.plant.domain.Park;
import org.zhizao.mes.plant.domain.PlantElement;
import org.zhizao.mes.plant.domain.PlantGeometry;
import org.zhizao.mes.plant.domain.Station;
import org.zhizao.mes.plant.domain.StationType;
import org.zhizao.mes.plant.domain.Vector3;
import org.zhizao.mes.plant.domain.Waypoint;
import org.zhizao.mes.plant.domain.Workshop;
import org.zhizao.mes.plant.domain.WorkshopType;
import org.zhizao.mes.plant.store.PlantElementRow.MaintenanceColumns;
import org.zhizao.mes.plant.store.PlantElementRow.WaypointColumns;

/** Maps plant elements to rows of {@code plant_element} and rebuilds the tree from them. */
final class ElementMapping {

    private final Map<String, List<PlantElementRow>> children = new LinkedHashMap<>();

    private ElementMapping(List<PlantElementRow> rows) {
        rows.forEach(r -> children.computeIfAbsent(r.parentCode, p -> new ArrayList<>()).add(r));
    }

    static PlantElementRow row(PlantElement element, String parentCode) {
        PlantElementRow row = new PlantElementRow();
        row.code = element.code();
        row.kind = element.kind().name();
        row.parentCode = parentCode;
        PlantStore.name(row, element);
        Vector3 position = PlantGeometry.position(element);
        if (!(element instanceof Park || element instanceof Equipment || element instanceof Agv
                || element instanceof AgvPath)) {
            row.positionX = position.x();
            row.positionY = position.y();
            row.positionZ = position.z();
        }
        PlantGeometry.size(element).ifPresent(size -> {
            row.sizeX = size.x();
            row.sizeY = size.y();
            row.sizeZ = size.z();
        });
        if (element instanceof Workshop w) {
            row.elementType = w.type().name();
            row.calendarCode = w.calendar();
        } else if (element instanceof Station s) {
            row.elementType = s.type().name();
            row.operations.addAll(s.operations());
            s.maintenance().forEach(m -> row.maintenance.add(new MaintenanceColumns(m.start(), m.end(), m.reason())));
        } else if (element instanceof Equipment e) {
            row.elementType = e.type().name();
            row.ratedPowerKw = e.ratedPowerKw();
            identification(row, e.identification());
            binding(row, e.binding());
        } else if (element instanceof Agv a) {
            row.homePath = a.homePath();
            row.maxSpeed = a.maxSpeed();
            identification(row, a.identification());
            binding(row, a.binding());
        } else if (element instanceof AgvPath p) {
            p.waypoints().forEach(w -> row.waypoints.add(new WaypointColumns(w.x(), w.y())));
        }
        return row;
    }

    static Park park(List<PlantElementRow> rows) {
        ElementMapping mapping = new ElementMapping(rows);
        PlantElementRow park = mapping.children.get(null).get(0);
        return new Park(park.code, PlantStore.name(park), size(park),
                mapping.of(park, ElementKind.FACTORY).stream().map(mapping::factory).toList());
    }

    private Factory factory(PlantElementRow row) {
        return new Factory(row.code, PlantStore.name(row), position(row), size(row),
                of(row, ElementKind.WORKSHOP).stream().map(this::workshop).toList());
    }

    private Workshop workshop(PlantElementRow row) {
        return new Workshop(row.code, PlantStore.name(row), WorkshopType.valueOf(row.elementType), row.calendarCode,
                position(row), size(row), of(row, ElementKind.LINE).stream().map(this::line).toList(),
                of(row, ElementKind.AGV_PATH).stream().map(ElementMapping::path).toList(),
                of(row, ElementKind.AGV).stream().map(ElementMapping::agv).toList());
    }

    private Line line(PlantElementRow row) {
        return new Line(row.code, PlantStore.name(row), position(row), size(row),
                of(row, ElementKind.STATION).stream().map(this::station).toList());
    }

    private Station station(PlantElementRow row) {
        return new Station(row.code, PlantStore.name(row), StationType.valueOf(row.elementType), position(row),
                size(row), row.operations, of(row, ElementKind.EQUIPMENT).stream().map(ElementMapping::equipment).toList(),
                row.maintenance.stream().map(m -> new MaintenanceWindow(m.startsAt(), m.endsAt(), m.reason())).toList());
    }

    private static Equipment equipment(PlantElementRow row) {
        return new Equipment(row.code, PlantStore.name(row), EquipmentType.valueOf(row.elementType),
                identification(row), row.ratedPowerKw, binding(row));
    }

    private static AgvPath path(PlantElementRow row) {
        return new AgvPath(row.code, PlantStore.name(row),
                row.waypoints.stream().map(w -> new Waypoint(w.x(), w.y())).toList());
    }

    private static Agv agv(PlantElementRow row) {
        return new Agv(row.code, PlantStore.name(row), identification(row), row.homePath, size(row), row.maxSpeed,
                binding(row));
    }

    private List<PlantElementRow> of(PlantElementRow parent, ElementKind kind) {
        return children.getOrDefault(parent.code, List.of()).stream().filter(r -> r.kind.equals(kind.name())).toList();
    }

    private static Vector3 position(PlantElementRow row) {
        return new Vector3(row.positionX, row.positionY, row.positionZ);
    }

    private static Vector3 size(PlantElementRow row) {
        return new Vector3(row.sizeX, row.sizeY, row.sizeZ);
    }

    private static Identification identification(PlantElementRow row) {
        return new Identification(row.manufacturer, row.model, row.serialNumber);
    }

    private static void identification(PlantElementRow row, Identification id) {
        row.manufacturer = id.manufacturer();
        row.model = id.model();
        row.serialNumber = id.serialNumber();
    }

    private static OpcUaBinding binding(PlantElementRow row) {
        return new OpcUaBinding(row.opcEndpoint, DeviceTemplate.valueOf(row.opcTemplate), row.opcRootNode);
    }

    private static void binding(PlantElementRow row, OpcUaBinding binding) {
        row.opcEndpoint = binding.endpoint();
        row.opcTemplate = binding.template().name();
        row.opcRootNode = binding.rootNode();
    }
}

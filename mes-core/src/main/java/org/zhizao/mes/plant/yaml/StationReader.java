package org.zhizao.mes.plant.yaml;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.zhizao.mes.plant.domain.DeviceTemplate;
import org.zhizao.mes.plant.domain.Equipment;
import org.zhizao.mes.plant.domain.EquipmentType;
import org.zhizao.mes.plant.domain.Identification;
import org.zhizao.mes.plant.domain.LocalizedName;
import org.zhizao.mes.plant.domain.MaintenanceWindow;
import org.zhizao.mes.plant.domain.OpcUaBinding;
import org.zhizao.mes.plant.domain.Station;
import org.zhizao.mes.plant.domain.StationType;
import org.zhizao.mes.plant.domain.Vector3;

/** Reads a station of a plant file: its operations, equipment with OPC UA bindings, maintenance windows. */
final class StationReader {

    private static final Pattern OPERATION = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    private StationReader() {
    }

    static Station station(YamlMap.Item item, String parent, Vector3 parentSize, Set<String> siblings) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        String code = PlantYamlReader.localCode(map, siblings, parent);
        LocalizedName name = PlantYamlReader.name(map);
        StationType type = WorkshopReader.type(map, StationType.class);
        Vector3[] box = PlantYamlReader.box(map, parent, parentSize);
        List<String> operations = map.list("operations", true, StationReader::operation);
        Set<String> children = new HashSet<>();
        List<Equipment> equipment = map.list("equipment", false, e -> equipment(e, code, children));
        List<MaintenanceWindow> maintenance = map.list("maintenance", false, StationReader::maintenance);
        map.finish();
        return code == null || name == null || type == null || box[0] == null || box[1] == null ? null
                : new Station(code, name, type, box[0], box[1], operations, equipment, maintenance);
    }

    private static String operation(YamlMap.Item item) {
        String text = item.text();
        if (text != null && !OPERATION.matcher(text).matches()) {
            item.problem("'" + text + "' is not an operation type: upper-case letters, digits and '_'");
            return null;
        }
        return text;
    }

    private static Equipment equipment(YamlMap.Item item, String parent, Set<String> siblings) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        String code = PlantYamlReader.localCode(map, siblings, parent);
        LocalizedName name = PlantYamlReader.name(map);
        EquipmentType type = WorkshopReader.type(map, EquipmentType.class);
        Identification identification = identification(map);
        Double power = map.optionalNumber("ratedPowerKw");
        if (power != null && power <= 0) {
            map.problems().add(map.optional("ratedPowerKw").orElse(map.node()), map.field("ratedPowerKw"),
                    "must be greater than 0 kW");
        }
        OpcUaBinding binding = binding(map);
        map.finish();
        return code == null || name == null || type == null || binding == null ? null
                : new Equipment(code, name, type, identification, power, binding);
    }

    static Identification identification(YamlMap map) {
        return new Identification(map.optionalText("manufacturer"), map.optionalText("model"),
                map.optionalText("serialNumber"));
    }

    static OpcUaBinding binding(YamlMap owner) {
        YamlMap map = owner.map("binding");
        if (map == null) {
            return null;
        }
        String endpoint = map.text("endpoint");
        if (endpoint != null && !OpcUaBinding.isEndpoint(endpoint)) {
            map.problems().add(map.optional("endpoint").orElse(map.node()), map.field("endpoint"), "'" + endpoint
                    + "' is not an OPC UA endpoint like opc.tcp://host:4840/path");
            endpoint = null;
        }
        String templateId = map.text("template");
        DeviceTemplate template = templateId == null ? null : DeviceTemplate.byId(templateId).orElse(null);
        if (templateId != null && template == null) {
            map.problems().add(map.optional("template").orElse(map.node()), map.field("template"),
                    "unknown device template '" + templateId + "'; expected one of "
                            + Arrays.stream(DeviceTemplate.values()).map(DeviceTemplate::id).toList());
        }
        String rootNode = map.text("rootNode");
        if (rootNode != null && !OpcUaBinding.isRootNode(rootNode)) {
            map.problems().add(map.optional("rootNode").orElse(map.node()), map.field("rootNode"), "'" + rootNode
                    + "' is not a node id with a namespace URI like nsu=urn:example;s=Machine1");
            rootNode = null;
        }
        map.finish();
        return endpoint == null || template == null || rootNode == null ? null
                : new OpcUaBinding(endpoint, template, rootNode);
    }

    private static MaintenanceWindow maintenance(YamlMap.Item item) {
        YamlMap map = item.map();
        if (map == null) {
            return null;
        }
        Instant start = instant(map, "start");
        Instant end = instant(map, "end");
        String reason = map.optionalText("reason");
        map.finish();
        if (start == null || end == null) {
            return null;
        }
        if (!end.isAfter(start)) {
            map.problems().add(map.optional("end").orElse(map.node()), map.field("end"),
                    "maintenance ends at " + end + ", not after it starts at " + start);
            return null;
        }
        return new MaintenanceWindow(start, end, reason);
    }

    private static Instant instant(YamlMap map, String key) {
        String text = map.text(key);
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            map.problems().add(map.optional(key).orElse(map.node()), map.field(key), "expected a time with offset"
                    + " like '2027-01-09T06:00:00+08:00', found '" + text + "'");
            return null;
        }
    }
}

package org.zhizao.mes.equipment.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhizao.mes.equipment.EquipmentHistory.BoundEquipment;
import org.zhizao.mes.plant.PlantDirectory;

/**
 * The bound devices of the plant model and the role each plays for its station: which one's state and
 * counts stand for the station, and which one's energy is the station's.
 */
@Component
public class DeviceDirectory {

    /** A device and its roles. */
    public record Device(BoundEquipment equipment, String endpoint, String rootNode, boolean primary,
                         boolean energyOfStation) {

        public String code() {
            return equipment.code();
        }

        public String template() {
            return equipment.template();
        }

        public String station() {
            return equipment.stationCode();
        }
    }

    private static final List<String> PRIMARY_ORDER = List.of("CNC_MACHINE_TOOL", "PLC_STATION", "ROBOT");

    private final PlantDirectory plant;
    private volatile Map<String, Device> devices = Map.of();

    DeviceDirectory(PlantDirectory plant) {
        this.plant = plant;
    }

    /** Reads the bindings of the plant model again. */
    public synchronized Map<String, Device> reload() {
        List<PlantDirectory.BoundDevice> bound = plant.boundDevices();
        Map<String, List<PlantDirectory.BoundDevice>> byStation = bound.stream().filter(d -> d.stationCode() != null)
                .collect(Collectors.groupingBy(PlantDirectory.BoundDevice::stationCode));
        Map<String, Device> result = new LinkedHashMap<>();
        for (PlantDirectory.BoundDevice d : bound) {
            List<PlantDirectory.BoundDevice> mates = d.stationCode() == null ? List.of(d) : byStation.get(d.stationCode());
            Optional<PlantDirectory.BoundDevice> primary = mates.stream()
                    .filter(m -> PRIMARY_ORDER.contains(m.type()))
                    .min(Comparator.comparingInt(m -> PRIMARY_ORDER.indexOf(m.type())));
            boolean hasMeter = mates.stream().anyMatch(m -> m.type().equals("ENERGY_METER"));
            boolean energy = d.stationCode() != null && (hasMeter ? d.type().equals("ENERGY_METER") : true);
            result.put(d.code(), new Device(
                    new BoundEquipment(d.code(), d.type(), d.template(), d.stationCode(), d.workshopCode()),
                    d.endpoint(), d.rootNode(), primary.map(p -> p.code().equals(d.code())).orElse(false), energy));
        }
        devices = Map.copyOf(result);
        return devices;
    }

    public Optional<Device> find(String code) {
        return Optional.ofNullable(devices.get(code));
    }

    public List<Device> all() {
        return devices.values().stream().sorted(Comparator.comparing(Device::code)).toList();
    }

    public Optional<Device> primaryOf(String stationCode) {
        return devices.values().stream().filter(d -> d.primary() && stationCode.equals(d.station())).findFirst();
    }
}

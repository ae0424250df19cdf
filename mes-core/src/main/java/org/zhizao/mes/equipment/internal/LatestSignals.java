package org.zhizao.mes.equipment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.zhizao.mes.equipment.EquipmentFeed;
import org.zhizao.mes.equipment.ShopFloorChange;
import org.zhizao.mes.plant.PlantDirectory;
import org.zhizao.mes.shared.domain.NotFound;

/**
 * The latest value of every signal of every device (program, spindle speed and load, power, …), kept from
 * the live feed: the feed's snapshot leaves signals out because they change too often for a new client.
 */
@Component
public class LatestSignals {

    /** A signal's latest value, its OPC UA quality name and when it changed. */
    public record Reading(Object value, String quality, Instant at) {
    }

    /** A device of a station with its latest signal values by canonical signal name. */
    public record DeviceSignals(String device, String type, Map<String, Reading> signals) {
    }

    private final DeviceDirectory directory;
    private final PlantDirectory plant;
    private final Map<String, Map<String, Reading>> byDevice = new ConcurrentHashMap<>();

    LatestSignals(EquipmentFeed feed, DeviceDirectory directory, PlantDirectory plant) {
        this.directory = directory;
        this.plant = plant;
        // called on the ingestion thread: two map puts, nothing that blocks
        feed.subscribe(this::accept);
    }

    private void accept(ShopFloorChange change) {
        if (!change.type().equals("signal")) {
            return;
        }
        Map<String, Object> d = change.data();
        byDevice.computeIfAbsent(String.valueOf(d.get("device")), k -> new ConcurrentHashMap<>())
                .put(String.valueOf(d.get("signal")), new Reading(d.get("value"), String.valueOf(d.get("quality")),
                        change.deviceTime()));
    }

    /** The devices bound to a station (or the one device with this code), each with its latest signals. */
    public List<DeviceSignals> of(String code) {
        if (plant.findStation(code).isEmpty() && directory.all().stream().noneMatch(d -> code.equals(d.code()))) {
            throw new NotFound("station or device", code);
        }
        return directory.all().stream().filter(d -> code.equals(d.station()) || code.equals(d.code()))
                .map(d -> new DeviceSignals(d.code(), d.equipment().type(),
                        new TreeMap<>(byDevice.getOrDefault(d.code(), Map.of()))))
                .toList();
    }
}

package org.zhizao.mes.plant;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may ask of the plant model: its stations, what they can do and where they are.
 */
public interface PlantDirectory {

    /**
     * A station (ISA-95 work unit) as other modules see it.
     *
     * @param code         full code, e.g. {@code P1/F1/W1/L1/S01}
     * @param nameZh       Chinese name
     * @param nameEn       English name
     * @param workshopCode full code of its workshop, e.g. {@code P1/F1/W1}
     * @param lineCode     full code of its line
     * @param operations   operation types it can perform, e.g. TURNING
     */
    record StationInfo(String code, String nameZh, String nameEn, String workshopCode, String lineCode,
                       Set<String> operations) {

        public boolean canPerform(String operationType) {
            return operations.contains(operationType);
        }
    }

    Optional<StationInfo> findStation(String code);

    List<StationInfo> stations();
    /**
     * A device bound to an OPC UA server: a piece of equipment of a station, or an AGV of a workshop.
     *
     * @param code         full code, e.g. {@code P1/F1/W1/L1/S01/CNC} or {@code P1/F1/W1/AGV1}
     * @param type         the equipment type ({@code CNC_MACHINE_TOOL}, {@code ROBOT}, {@code PLC_STATION},
     *                     {@code ENERGY_METER}) or {@code AGV}
     * @param stationCode  the station holding the equipment; null for an AGV
     * @param workshopCode the workshop it belongs to
     * @param endpoint     the binding's OPC UA endpoint URL
     * @param template     the binding's device template id, e.g. {@code cnc-machine-tool}
     * @param rootNode     the binding's root node, with namespace URI
     * @param ratedPowerKw rated power, or null
     */
    record BoundDevice(String code, String type, String stationCode, String workshopCode, String endpoint,
                       String template, String rootNode, Double ratedPowerKw) {
    }

    /** Every equipment item and AGV that has an OPC UA binding, in plant-file order. */
    default List<BoundDevice> boundDevices() {
        return List.of();
    }

    /**
     * The name of an element of a tier above the stations: the park, a factory, a workshop or a line.
     *
     * @param code full code, e.g. {@code P1/F1}
     */
    record TierName(String code, String nameZh, String nameEn) {
    }

    /** The names of the park, its factories, workshops and lines, in plant-file order. */
    default List<TierName> tierNames() {
        return List.of();
    }
}

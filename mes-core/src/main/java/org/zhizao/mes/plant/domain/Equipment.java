package org.zhizao.mes.plant.domain;

/**
 * A machine in a station: CNC machine tool, robot, PLC-controlled station or energy meter.
 *
 * @param code         full code, e.g. {@code P1/F1/W1/L1/S01/CNC}
 * @param ratedPowerKw rated power, or null when unknown
 */
public record Equipment(String code, LocalizedName name, EquipmentType type, Identification identification,
                        Double ratedPowerKw, OpcUaBinding binding) implements PlantElement {
    @Override
    public ElementKind kind() {
        return ElementKind.EQUIPMENT;
    }
}
